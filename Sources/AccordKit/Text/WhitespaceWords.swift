/// Whitespace-separated words of UTF-8 text, found byte by byte.
///
/// Evidence is reported at the file line of its first word; finding those lines means walking the
/// source and the scalar's text word by word, for every clause of every agreement, so this works on
/// bytes and decodes a scalar only where a byte is not ASCII.
enum WhitespaceWords {
    /// Calls `body` with the byte range of each word of `bytes[from...]` until it returns false.
    @inline(__always)
    static func forEach(in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0, _ body: (Range<Int>) -> Bool) {
        var index = start
        var wordStart: Int?
        while index < bytes.count {
            let (scalar, length) = WordSplitter.scalar(in: bytes, at: index)
            if CharacterClasses.isWhitespace(scalar) {
                if let begin = wordStart {
                    guard body(begin..<index) else { return }
                    wordStart = nil
                }
            } else if wordStart == nil {
                wordStart = index
            }
            index += length
        }
        if let begin = wordStart { _ = body(begin..<bytes.count) }
    }

    /// The byte range of every word of `text`, in order.
    static func ranges(in text: String) -> [Range<Int>] {
        var text = text
        var words: [Range<Int>] = []
        text.withUTF8 { bytes in
            forEach(in: bytes) { word in
                words.append(word)
                return true
            }
        }
        return words
    }

    /// How many words `text` has.
    static func count(in text: String) -> Int {
        var text = text
        var words = 0
        text.withUTF8 { bytes in
            forEach(in: bytes) { _ in
                words += 1
                return true
            }
        }
        return words
    }
}
