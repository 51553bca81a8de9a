/// Folds a word to the form patterns are matched on: lower case, American spelling.
///
/// Treaties are written in British and American English; folding both sides to one spelling lets a
/// pattern written either way match either. Only spelling is folded here; plurals and inflections
/// are the pattern author's business (`worker*`), so matching stays predictable.
public enum WordNormalizer {
    /// The normalised form of one word (already split from its text).
    public static func normalize(_ word: String) -> String {
        var bytes = Array(word.lowercased().utf8)
        var found = Lexicon.Lookup()
        var ignored: [Int32] = []
        bytes.withUnsafeBufferPointer { Lexicon.grammar.walk($0, into: &found, prefixes: &ignored) }
        fold(&bytes, roles: found.roles)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Folds the lower-case word in `bytes` to American spelling; true when it changed.
    ///
    /// `roles` are the grammar roles of the spelling as written. The analyser calls this for every
    /// word, so the common case (no British suffix) is decided from the last byte alone.
    @discardableResult
    static func fold(_ bytes: inout [UInt8], roles: GrammarRoles) -> Bool {
        if roles.contains(.irregularSpelling), let mapped = irregular[String(decoding: bytes, as: UTF8.self)] {
            bytes = Array(mapped.utf8)
            return true
        }
        guard !roles.contains(.keepsSpelling), let last = bytes.last, suffixEndings.contains(last) else { return false }
        for (british, american) in suffixBytes where bytes.count > british.count + 2 && bytes.ends(with: british) {
            bytes.removeLast(british.count)
            bytes.append(contentsOf: american)
            return true
        }
        return false
    }

    /// "organisation's" → "organisation", so possessives match the plain word.
    public static func withoutPossessive(_ word: String) -> String {
        for suffix in ["'s", "’s", "'S", "’S"] where word.hasSuffix(suffix) && word.count > 2 { return String(word.dropLast(2)) }
        return word
    }

    /// True when the ASCII word in `bytes` ends like a British suffix `fold` may change, whatever its
    /// case: the analyser's fast path hands such words to the slow path, which decides.
    static func mayFold(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let last = bytes.last, endsLikeSuffix(last), hasSuffixStem(bytes) else { return false }
        for (british, _) in suffixBytes where bytes.count > british.count + 2 {
            var offset = 1
            while offset <= british.count, bytes[bytes.endIndex - offset] | 0x20 == british[british.count - offset] {
                offset += 1
            }
            if offset > british.count { return true }
        }
        return false
    }

    /// True when `byte`, in either case, is the last letter of some British suffix.
    @inline(__always)
    private static func endsLikeSuffix(_ byte: UInt8) -> Bool {
        let letter = (byte | 0x20) &- UInt8(ascii: "a")
        return letter < 26 && suffixEndingLetters & (1 << letter) != 0
    }

    /// True when an "is" or "ys" stands where a British suffix would put it: each suffix is one of
    /// those and 1, 2, 3, 5 or 6 more letters.
    ///
    /// Half of all words end in a letter some suffix ends in; this rejects nearly all of them
    /// before any suffix is compared.
    @inline(__always)
    private static func hasSuffixStem(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var distances = suffixStemDistances
        while distances != 0 {
            let after = distances.trailingZeroBitCount
            distances &= distances &- 1
            guard bytes.count >= after + 4 else { break }
            let s = bytes.endIndex - after - 1
            let stem = bytes[s - 1] | 0x20
            if bytes[s] | 0x20 == UInt8(ascii: "s"), stem == UInt8(ascii: "i") || stem == UInt8(ascii: "y") { return true }
        }
        return false
    }

    /// The last letters of the British suffixes, as bits (`a` is bit 0): tested for every word.
    private static let suffixEndingLetters = suffixEndings.reduce(UInt32(0)) { $0 | 1 << ($1 - UInt8(ascii: "a")) }
    /// How many letters follow the "is" or "ys" of each British suffix, as bits (bit 1: one letter).
    private static let suffixStemDistances = suffixes.reduce(UInt64(0)) { $0 | 1 << ($1.0.utf8.count - 2) }

    /// Whole words whose spellings differ.
    static let irregular: [String: String] = [
        "labour": "labor", "labours": "labors", "programme": "program", "programmes": "programs",
        "endeavour": "endeavor", "endeavours": "endeavors", "endeavoured": "endeavored", "endeavouring": "endeavoring",
        "favour": "favor", "favourable": "favorable", "unfavourable": "unfavorable", "favourably": "favorably",
        "honour": "honor", "behaviour": "behavior", "colour": "color", "neighbouring": "neighboring",
        "licence": "license", "licences": "licenses", "defence": "defense", "offence": "offense", "offences": "offenses",
        "centre": "center", "centres": "centers", "judgement": "judgment", "enrol": "enroll", "enrolment": "enrollment",
        "fulfil": "fulfill", "fulfilment": "fulfillment", "travelling": "traveling", "travelled": "traveled",
        "counselling": "counseling", "modelling": "modeling", "cancelled": "canceled", "paediatric": "pediatric",
        "anaesthetist": "anesthetist", "anaesthesia": "anesthesia", "orthopaedic": "orthopedic", "ageing": "aging",
        "practise": "practice", "practises": "practices", "practised": "practiced", "practising": "practicing",
        "whilst": "while", "amongst": "among",
    ]

    /// British suffixes and their American forms (`recognise` → `recognize`, `organisation` → `organization`).
    static let suffixes: [(String, String)] = [
        ("isation", "ization"), ("isations", "izations"), ("ising", "izing"), ("ised", "ized"), ("ises", "izes"),
        ("ise", "ize"), ("yse", "yze"), ("ysed", "yzed"), ("ysing", "yzing"),
    ]
    private static let suffixBytes = suffixes.map { (Array($0.0.utf8), Array($0.1.utf8)) }
    private static let suffixEndings = Set(suffixes.compactMap { $0.0.utf8.last })

    /// Words ending like British *-ise* forms that are spelt the same in American English.
    static let suffixExceptions = [
        "otherwise", "likewise", "expertise", "exercise", "exercised", "exercises", "exercising", "advertise",
        "advertised", "advertises", "advertising", "advise", "advised", "advises", "advising", "revise", "revised",
        "revises", "revising", "supervise", "supervised", "supervises", "supervising", "comprise", "comprised",
        "comprises", "comprising", "compromise", "compromised", "enterprise", "enterprises", "franchise", "promise",
        "promised", "promises", "precise", "concise", "premise", "premises", "surprise", "surprised", "televise",
        "devise", "devised", "raise", "raised", "raises", "raising", "rise", "arise", "arises", "arising", "arised",
        "wise", "noise", "praise", "cruise", "disguise", "merchandise", "improvise", "despise", "excise", "incise",
        "chastise", "demise", "apprise", "apprised", "reprise", "surmise", "treatise", "poise",
    ]
}

extension Array where Element == UInt8 {
    /// True when the array ends with `suffix`.
    @inline(__always)
    func ends(with suffix: [UInt8]) -> Bool {
        guard count >= suffix.count else { return false }
        let offset = count - suffix.count
        for index in suffix.indices where self[offset + index] != suffix[index] { return false }
        return true
    }
}
