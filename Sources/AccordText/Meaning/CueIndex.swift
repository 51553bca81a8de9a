/// Where each kind of cue occurs in one text, for the readers of clause meaning.
struct CueIndex {
    private let occurrences: TermOccurrences
    /// Per token, a bit per cue kind starting at it (128 bits: there are more than 64 kinds).
    private let startMasks: [UInt128]

    init(_ occurrences: TermOccurrences, tokenCount: Int) {
        self.occurrences = occurrences
        var masks = [UInt128](repeating: 0, count: tokenCount)
        for kind in CueKind.allCases {
            for range in occurrences.ranges(of: kind.ordinal) { masks[range.lowerBound] |= 1 << UInt128(kind.ordinal) }
        }
        startMasks = masks
    }

    /// True when some cue of `kind` occurs anywhere in the text.
    func contains(_ kind: CueKind) -> Bool {
        occurrences.contains(kind.ordinal)
    }

    /// True when a cue of `kind` starts at token `index`.
    func starts(_ kind: CueKind, at index: Int) -> Bool {
        index >= 0 && index < startMasks.count && startMasks[index] & (1 << UInt128(kind.ordinal)) != 0
    }

    /// True when a cue of any of `kinds` starts at token `index`.
    func startsAny(_ kinds: [CueKind], at index: Int) -> Bool {
        kinds.contains { starts($0, at: index) }
    }

    /// The longest cue of `kind` starting at token `index`.
    func cue(_ kind: CueKind, at index: Int) -> Range<Int>? {
        guard starts(kind, at: index) else { return nil }
        return starting(kind, in: index..<(index + 1)).max { $0.count < $1.count }
    }

    /// Every cue of `kind` that lies inside `range`, in text order, the longest winning: a cue
    /// held inside another of its kind is part of it ("are not permitted" in "are not permitted
    /// to", "is prohibited" in "it is prohibited for"), as `cue(_:at:)` takes the longest.
    func cues(_ kind: CueKind, in range: Range<Int>) -> [Range<Int>] {
        let inside = starting(kind, in: range).filter { $0.upperBound <= range.upperBound }
        // In text order, shorter first at one start: a cue is held when the next starts with it
        // (and is longer) or one before it reaches as far.
        var outermost: [Range<Int>] = []
        var reach = Int.min
        for (position, cue) in inside.enumerated() {
            let next = position + 1 < inside.count ? inside[position + 1] : nil
            if next?.lowerBound != cue.lowerBound, reach < cue.upperBound { outermost.append(cue) }
            reach = max(reach, cue.upperBound)
        }
        return outermost
    }

    /// The first cue of `kind` inside `range`.
    func first(_ kind: CueKind, in range: Range<Int>) -> Range<Int>? {
        starting(kind, in: range).first { $0.upperBound <= range.upperBound }
    }

    /// The cues of `kind` that start inside `range` (they are in text order).
    private func starting(_ kind: CueKind, in range: Range<Int>) -> ArraySlice<Range<Int>> {
        let all = occurrences.ranges(of: kind.ordinal)
        let start = all.partitioningIndex { $0.lowerBound >= range.lowerBound }
        let tail = all[start...]
        return tail[..<tail.partitioningIndex { $0.lowerBound >= range.upperBound }]
    }
}
