/// Folds a word to the spelling patterns are matched in (`labour` → `labor`, `organisation` →
/// `organization`), from a grammar's spelling lists.
///
/// Treaties are written in British and American English; folding both sides to one spelling lets a
/// pattern written either way match either. Only spelling is folded here; plurals and inflections
/// are the pattern author's business (`worker*`), so matching stays predictable. A class, so the
/// analyser borrows it for every word without retaining its tables.
final class SpellingFolder: Sendable {
    /// Whole words whose spellings differ, and contractions with the words they stand for.
    let words: [String: String]
    /// Elided words (`l`, folded) and their full forms (`le`): the tokeniser splits them off.
    let elisions: [[UInt8]: [UInt8]]
    /// Suffixes and their folded forms, as bytes, in the grammar's order.
    private let suffixes: [(from: [UInt8], to: [UInt8])]
    /// The last letters of the suffixes, as bits (`a` is bit 0): tested for every word.
    private let endingLetters: UInt32
    /// The suffixes' last bytes, for the slow path.
    private let endings: Set<UInt8>
    /// Each suffix's first two letters and how many letters follow them, so most words are rejected
    /// before any suffix is compared.
    private let stems: [(distance: Int, first: UInt8, second: UInt8)]

    init(_ spelling: GrammarData.Spelling, elisions: [String: String] = [:], contractions: [String: String] = [:]) {
        words = spelling.words.merging(contractions) { spelling, _ in spelling }
        self.elisions = Dictionary(
            elisions.map { (Array($0.key.utf8), Array($0.value.utf8)) }, uniquingKeysWith: { first, _ in first })
        suffixes = spelling.suffixes.map { (Array($0.from.utf8), Array($0.to.utf8)) }
        endings = Set(suffixes.compactMap(\.from.last))
        endingLetters = endings.reduce(UInt32(0)) { bits, byte in
            let letter = byte &- UInt8(ascii: "a")
            return letter < 26 ? bits | 1 << letter : bits
        }
        var stems: [(distance: Int, first: UInt8, second: UInt8)] = []
        for (from, _) in suffixes where from.count >= 2 {
            let stem = (distance: from.count - 2, first: from[0], second: from[1])
            if !stems.contains(where: { $0 == stem }) { stems.append(stem) }
        }
        self.stems = stems.sorted { ($0.distance, $0.first, $0.second) < ($1.distance, $1.first, $1.second) }
    }

    /// Folds the lower-case word in `bytes`; true when it changed.
    ///
    /// `roles` are the grammar roles of the spelling as written. The analyser calls this for every
    /// word, so the common case (no suffix) is decided from the last byte alone.
    @discardableResult
    func fold(_ bytes: inout [UInt8], roles: GrammarRoles) -> Bool {
        if roles.contains(.irregularSpelling), let mapped = words[String(decoding: bytes, as: UTF8.self)] {
            bytes = Array(mapped.utf8)
            return true
        }
        guard !roles.contains(.keepsSpelling), let last = bytes.last, endings.contains(last) else { return false }
        for (from, to) in suffixes where bytes.count > from.count + 2 && bytes.ends(with: from) {
            bytes.removeLast(from.count)
            bytes.append(contentsOf: to)
            return true
        }
        return false
    }

    /// True when the ASCII word in `bytes` ends like a suffix `fold` may change, whatever its case:
    /// the analyser's fast path hands such words to the slow path, which decides.
    @inline(__always)
    func mayFold(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let last = bytes.last, endsLikeSuffix(last), hasSuffixStem(bytes) else { return false }
        for (from, _) in suffixes where bytes.count > from.count + 2 {
            var offset = 1
            while offset <= from.count, bytes[bytes.endIndex - offset] | 0x20 == from[from.count - offset] {
                offset += 1
            }
            if offset > from.count { return true }
        }
        return false
    }

    /// True when `byte`, in either case, is the last letter of some suffix.
    @inline(__always)
    private func endsLikeSuffix(_ byte: UInt8) -> Bool {
        let letter = (byte | 0x20) &- UInt8(ascii: "a")
        return letter < 26 && endingLetters & (1 << letter) != 0
    }

    /// True when some suffix's first two letters stand where that suffix would put them (in
    /// English, an "is" or "ys" one to six letters from the end).
    ///
    /// Half of all words end in a letter some suffix ends in; this rejects nearly all of them
    /// before any suffix is compared.
    @inline(__always)
    private func hasSuffixStem(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        for stem in stems {
            guard bytes.count >= stem.distance + 4 else { break }
            let at = bytes.endIndex - stem.distance - 2
            if bytes[at] | 0x20 == stem.first, bytes[at + 1] | 0x20 == stem.second { return true }
        }
        return false
    }
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
