/// Folds Latin letters with diacritics to their base letters (*é* → *e*, *ñ* → *n*, *œ* → *oe*).
///
/// Text and the words it is matched against are both folded, so a clause typed without accents, in
/// capitals (*EMPLOYEUR ÉTRANGER*) or with them matches a term written either way. Folding *año*
/// and *ano* together is a price worth paying: treaty text is often re-typed without accents. A
/// table rather than Unicode decomposition, which the standard library does not expose and which
/// `AccordText`, free of Foundation, cannot borrow.
package enum AccentFolding {
    /// The folded form of a lower-case scalar, or nil when it folds to itself.
    @inline(__always)
    package static func folded(_ scalar: Unicode.Scalar) -> String? {
        let value = scalar.value
        guard value >= 0xDF, value <= 0x17F else { return nil }
        if value < 0x100 {
            let folded = latin1[Int(value - 0xDF)]
            return folded.isEmpty ? nil : folded
        }
        let folded = extendedA[Int(value - 0x100)]
        return folded.isEmpty ? nil : folded
    }

    /// `text` in lower case with its letters folded: how a grammar entry or a term is matched.
    package static func readingForm(_ text: String) -> String {
        // Treaty text and pack terms are mostly ASCII: nothing to fold.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.lowercased().unicodeScalars {
            if let folded = folded(scalar) {
                result += folded
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// U+00DF ß to U+00FF ÿ (the lower-case half of Latin-1).
    private static let latin1: [String] = [
        "ss",  // ß
        "a", "a", "a", "a", "a", "a", "ae", "c",  // à á â ã ä å æ ç
        "e", "e", "e", "e", "i", "i", "i", "i",  // è é ê ë ì í î ï
        "d", "n", "o", "o", "o", "o", "o", "",  // ð ñ ò ó ô õ ö ÷
        "o", "u", "u", "u", "u", "y", "th", "y",  // ø ù ú û ü ý þ ÿ
    ]

    /// U+0100 to U+017F (Latin Extended-A), upper and lower case alike.
    private static let extendedA: [String] = [
        "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",  // 0100
        "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",  // 0110
        "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",  // 0120
        "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",  // 0130
        "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",  // 0140
        "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",  // 0150
        "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",  // 0160
        "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",  // 0170
    ]
}
