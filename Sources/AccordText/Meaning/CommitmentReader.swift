/// Tells operative sentence parts from those that commit no one although they use the vocabulary:
/// definitions, disclaimers, final clauses, cross-references, limits on a joint body, disputes
/// between the States, notes on headings.
struct CommitmentReader {
    let phrases: PhraseReader
    let cues: CueIndex

    /// How far into a part a definition's verb may come (*"Recruitment fee" means*).
    static let definitionReach = 15

    /// What part `part` is, by its words.
    func commitment(of part: Range<Int>) -> Commitment {
        if isHeading(part) { return .heading }
        if isDefinition(part) { return .definition }
        if isDisclaimer(part) { return .disclaimer }
        if isCrossReference(part) { return .crossReference }
        if let body = cues.first(.body, in: part), cues.first(.bodyLimit, in: body.upperBound..<part.upperBound) != nil {
            return .bodyLimit
        }
        if cues.first(.dispute, in: part) != nil, cues.first(.stateSettlement, in: part) != nil { return .stateDispute }
        if cues.first(.heading, in: part) != nil, cues.first(.headingNote, in: part) != nil { return .headingNote }
        if cues.first(.deferral, in: part) != nil { return .deferred }
        return .operative
    }

    /// True when the part states aims, objectives, areas of cooperation or background: it records
    /// rather than rules, even in the present tense.
    func describes(_ part: Range<Int>) -> Bool {
        let opening = part.lowerBound..<min(part.upperBound, part.lowerBound + Self.aimsReach)
        let namesAims = cues.cues(.aims, in: opening).contains { endsNoun($0, in: part) }
        return namesAims || cues.first(.scope, in: opening) != nil || cues.first(.background, in: part) != nil
    }

    /// True when the words of `cue` end a noun phrase (*The objectives of*, *Aims:*, *the aim is*),
    /// not modify the next noun (*the objective structured clinical examination*).
    private func endsNoun(_ cue: Range<Int>, in part: Range<Int>) -> Bool {
        let next = cue.upperBound
        guard next < part.upperBound, !phrases.tokens[next].roles.contains(.afterComma) else { return true }
        return phrases.isModal(next)
            || cues.startsAny([.phraseBoundary, .complement, .conjunction, .passiveAuxiliary, .infinitive, .relative], at: next)
    }

    /// How far into a part the word naming aims may come (*The main objectives of this Memorandum*).
    static let aimsReach = 6

    /// A final clause is read per segment: *shall remain in force for three years and shall be
    /// reviewed every year* keeps its review.
    func isFinalClause(_ segment: Range<Int>) -> Bool {
        cues.first(.finalClause, in: segment) != nil
    }

    /// The longest part read as an article heading (*Article 9 — Equal treatment and return*).
    static let headingLength = 10

    /// A heading: *Article 9*, *Section 4*, then a few words and no verb.
    private func isHeading(_ part: Range<Int>) -> Bool {
        guard part.count <= Self.headingLength, cues.starts(.articleHeading, at: part.lowerBound) else { return false }
        return !part.contains(where: phrases.isModal) && cues.first(.passiveAuxiliary, in: part) == nil
    }

    private func isDefinition(_ part: Range<Int>) -> Bool {
        let reach = part.lowerBound..<min(part.upperBound, part.lowerBound + Self.definitionReach)
        guard let verb = cues.first(.definition, in: reach) else { return false }
        let before = part.lowerBound..<verb.lowerBound
        let quoted = before.contains { phrases.tokens[$0].roles.contains(.quoted) }
        let opened = cues.first(.definitionOpening, in: before) != nil
        // "… shall mean": a modal only just before the verb; one earlier makes it an obligation.
        let modalEarlier = before.dropLast().contains(where: phrases.isModal)
        return (quoted || opened) && !modalEarlier
    }

    private func isDisclaimer(_ part: Range<Int>) -> Bool {
        if cues.first(.disclaimer, in: part) != nil { return true }
        let opening = cues.starts(.conjunction, at: part.lowerBound) ? part.lowerBound + 1 : part.lowerBound
        guard opening < part.upperBound, phrases.tokens[opening].roles.contains(.negationCue),
            let verb = cues.first(.disclaimerVerb, in: opening..<part.upperBound)
        else { return false }
        // "Nothing in this Agreement shall require …" and "Neither Party shall be required to …"
        // disclaim; "Neither Party shall require health personnel to obtain an exit permit"
        // commits: an active verb disclaims only when the negation word is its whole subject.
        let next = opening + 1
        let bareNegation = next < part.upperBound && (phrases.isModal(next) || cues.starts(.phraseBoundary, at: next))
        guard bareNegation || phrases.isPassive(at: verb.lowerBound, in: part) else { return false }
        return !(opening + 1..<verb.lowerBound).contains { phrases.tokens[$0].roles.contains(.negationCanceller) }
    }

    private func isCrossReference(_ part: Range<Int>) -> Bool {
        guard let reference = cues.first(.crossReference, in: part), cues.first(.attachment, in: part) != nil else {
            return false
        }
        // Only when pointing is all the sentence does: no modal verb before the reference but its own.
        let before = part.lowerBound..<max(part.lowerBound, reference.lowerBound - 2)
        return !before.contains(where: phrases.isModal)
    }
}
