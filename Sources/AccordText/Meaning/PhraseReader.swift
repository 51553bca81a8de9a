/// The shallow syntax the clause-meaning readers share: where a noun phrase ends, where a verb
/// group starts, what a clause's subject is.
///
/// No parser: treaty sentences are read from their cue words (modal verbs, prepositions,
/// conjunctions, relative words, commas), which the grammar lists per language. Good enough to
/// find *who* pays or is restricted, which is all the Code's principles need.
struct PhraseReader {
    let tokens: [AnalyzedText.Token]
    let cues: CueIndex

    /// The longest noun phrase read as an argument.
    static let phraseLimit = 8

    /// True for a modal or marker word (*shall, should, may, undertakes*).
    func isModal(_ index: Int) -> Bool {
        !tokens[index].roles.isDisjoint(with: [.binding, .hortatory, .permissive]) || cues.starts(.auxiliaryModal, at: index)
    }

    /// True when the verb at `index` is a passive participle: a form of *be* just before it, or
    /// before a negation just before it (*shall be borne*, *is not refunded*).
    func isPassive(at index: Int, in segment: Range<Int>) -> Bool {
        let previous = index - 1
        guard previous >= segment.lowerBound else { return false }
        if cues.starts(.passiveAuxiliary, at: previous) { return true }
        return previous - 1 >= segment.lowerBound && tokens[previous].roles.contains(.negationCue)
            && cues.starts(.passiveAuxiliary, at: previous - 1)
    }

    /// True when token `index` cannot continue a noun phrase: a preposition, conjunction, relative,
    /// modal, or a word after a comma.
    func endsPhrase(at index: Int) -> Bool {
        if index > 0, tokens[index].roles.contains(.afterComma) { return true }
        if isModal(index) { return true }
        return cues.startsAny(
            [
                .phraseBoundary, .conjunction, .clauseOpener, .agent, .costSource, .costRecipient, .passiveAuxiliary,
                .permissionCondition, .exception, .subordinator, .prohibition, .sanction,
            ], at: index)
    }

    /// The noun phrase starting at `start`, up to the first word that ends it (at most
    /// `phraseLimit` words), or nil when there is none.
    func nounPhrase(from start: Int, in segment: Range<Int>) -> Range<Int>? {
        guard start < segment.upperBound else { return nil }
        var end = start
        while end < segment.upperBound, end - start < Self.phraseLimit, end == start || !endsPhrase(at: end) {
            // A determiner after a noun opens a second phrase: *charge the nurse a fee*; but not
            // after *of*, which goes on to the noun's complement (*the wages of a nurse*).
            if end > start + 1, cues.starts(.determiner, at: end), !cues.starts(.determiner, at: end - 1),
                !cues.starts(.complement, at: end - 1)
            {
                break
            }
            end += 1
        }
        // A phrase that starts on a boundary word (a bare preposition) names no one.
        if end == start + 1, endsPhrase(at: start), !isPronoun(start) { return nil }
        return start..<end
    }

    /// True for a personal or possessive pronoun.
    func isPronoun(_ index: Int) -> Bool {
        cues.startsAny([.personPronoun, .thingPronoun], at: index)
    }

    /// The longest insertion between commas inside a verb group (*shall, for their part, bear*).
    static let insertionReach = 8

    /// Where the verb group holding token `verb` starts: the modal, negation and auxiliary words
    /// before it (*shall not be* paid), with one adverb allowed after a modal (*shall also pay*).
    func verbGroupStart(of verb: Int, in segment: Range<Int>) -> Int {
        var start = verb
        var skippedAdverb = false
        while start > segment.lowerBound {
            let previous = start - 1
            if isModal(previous) || tokens[previous].roles.contains(.negationCue)
                || cues.starts(.passiveAuxiliary, at: previous)
            {
                start = previous
            } else if !skippedAdverb, previous > segment.lowerBound, isModal(previous - 1),
                !tokens[previous].roles.contains(.afterComma)
            {
                skippedAdverb = true
                start = previous
            } else if tokens[start].roles.contains(.afterComma),
                let opening = (max(segment.lowerBound, start - Self.insertionReach)..<start).last(where: {
                    tokens[$0].roles.contains(.afterComma)
                }),
                opening > segment.lowerBound, isModal(opening - 1)
            {
                // "shall, for their part, bear": an insertion between commas after the modal.
                start = opening - 1
            } else {
                break
            }
        }
        return start
    }

    /// Who does what the verb at `verb` says: the object of a persuading verb before its
    /// infinitive (*encourage employers to meet*), the noun phrase before a bare verb (*every
    /// candidate contributes*), or the subject of the modal that governs it (*The Parties shall, to
    /// the extent possible, bear*, *Under no circumstances shall a worker be made to bear*); nil
    /// for a participle deep in a phrase (*publicly funded training*).
    func actor(ofVerb verb: Int, in segment: Range<Int>, shared: Range<Int>?) -> Range<Int>? {
        if verb - 1 > segment.lowerBound, cues.starts(.infinitive, at: verb - 1) {
            var start = verb - 1
            while start > segment.lowerBound, verb - 1 - start < 4, !endsPhrase(at: start - 1), !isModal(start - 1) {
                start -= 1
            }
            if start < verb - 1, start > segment.lowerBound, cues.starts(.causative, at: start - 1) { return start..<(verb - 1) }
        }
        // "the supplement paid to other staff": a participle after a noun, with no auxiliary, takes
        // no subject (an agent after it, if any, is read by the caller).
        if cues.starts(.participle, at: verb), verb > segment.lowerBound, !isPassive(at: verb, in: segment),
            !isModal(verb - 1), !tokens[verb].roles.contains(.afterComma),
            !cues.startsAny([.conjunction, .infinitive], at: verb - 1)
        {
            return nil
        }
        if let bare = agentOfBareVerb(verb, in: segment) { return bare }
        if let modal = governingModal(of: verb, in: segment) {
            if cues.starts(.inversionOpening, at: segment.lowerBound) {
                // "Under no circumstances shall a worker be made to bear": the subject follows the modal.
                let end = (modal + 1..<verb).first { isModal($0) || cues.starts(.passiveAuxiliary, at: $0) } ?? verb
                if end > modal + 1 { return (modal + 1)..<end }
            }
            return subject(before: verbGroupStart(of: modal, in: segment), in: segment) ?? shared
        }
        let previous = verb - 1
        if previous >= segment.lowerBound,
            cues.starts(.infinitive, at: previous) || cues.starts(.conjunction, at: previous) || isPassive(at: verb, in: segment)
        {
            return subject(before: verbGroupStart(of: verb, in: segment), in: segment) ?? shared
        }
        // A clause that opens with its verb (a list item: "shall: (a) bear all costs") acts for
        // the subject it shares.
        return verb == segment.lowerBound ? shared : nil
    }

    /// The modal that governs the verb at `verb`: the nearest before it in its clause, with no
    /// relative, subordinate or *that* clause opening between.
    func governingModal(of verb: Int, in segment: Range<Int>) -> Int? {
        var index = verb - 1
        while index >= segment.lowerBound {
            if isModal(index) { return index }
            if cues.startsAny([.clauseOpener, .relative, .subordinator], at: index) { return nil }
            index -= 1
        }
        return nil
    }

    /// The noun phrase just before a verb that has no modal or auxiliary of its own (*have the
    /// employer repay*, *every candidate contributes*), or nil for a verb that has one or follows
    /// *to*.
    func agentOfBareVerb(_ verb: Int, in segment: Range<Int>) -> Range<Int>? {
        var previous = verb - 1
        // "que les infirmiers ne supportent aucun frais", "los trabajadores no abonarán": the
        // negation belongs to the verb, and the agent is the noun phrase before it.
        if previous > segment.lowerBound, tokens[previous].roles.contains(.negationCue), !isModal(previous),
            !tokens[previous - 1].roles.contains(.negationCue)
        {
            previous -= 1
        }
        guard previous >= segment.lowerBound, !isModal(previous), !endsPhrase(at: previous),
            !tokens[previous].roles.contains(.negationCue), !cues.starts(.determiner, at: previous)
        else { return nil }
        // A modal earlier governs the verb ("shall within thirty days refund"), unless a causative
        // hands the act to another ("is entitled to have the employer repay").
        let governed = (segment.lowerBound..<previous).contains(where: isModal)
        var start = previous
        while start > segment.lowerBound, previous - start < 4, !tokens[start].roles.contains(.afterComma),
            !cues.starts(.determiner, at: start)
        {
            let before = start - 1
            if endsPhrase(at: before) || isModal(before) || tokens[before].roles.contains(.negationCue)
                || cues.starts(.causative, at: before)
            {
                break
            }
            start = before
        }
        if governed, !(start > segment.lowerBound && cues.starts(.causative, at: start - 1)) { return nil }
        // "El trabajador que abandone su puesto reembolsará", "The nurse who leaves her post repays":
        // with a relative clause between, the verb's agent is the noun the clause describes, not the
        // last noun inside it. Languages without a modal verb (French present, Spanish future)
        // write most rules so.
        if start > segment.lowerBound + 1, (segment.lowerBound + 1..<start).contains(where: { cues.starts(.relative, at: $0) }),
            let head = subject(before: start, in: segment), head.upperBound < start
        {
            return head
        }
        return start..<(previous + 1)
    }

    /// The subject of the verb group starting at `verbStart`: the words before it back to the start
    /// of its clause (the segment's start, the comma closing an opening subordinate clause, or
    /// *that*, *which*, *who*); nil when there are none.
    func subject(before verbStart: Int, in segment: Range<Int>) -> Range<Int>? {
        func afterComma(_ index: Int) -> Bool { tokens[index].roles.contains(.afterComma) }
        var start = segment.lowerBound
        if start < verbStart, cues.starts(.conjunction, at: start) || cues.starts(.relative, at: start) { start += 1 }
        // "Where X, the nurse shall …": the subject follows the subordinate clause's last comma;
        // a verb inside the subordinate clause has the subject after its opening word.
        if start < verbStart, cues.starts(.subordinator, at: start) {
            start = (start + 1..<verbStart).last(where: afterComma) ?? start + 1
        } else if start < verbStart, cues.startsAny([.phraseBoundary, .infinitive, .permissionCondition], at: start),
            let comma = (start + 1..<verbStart).last(where: afterComma)
        {
            // "To support the return of health workers, the receiving Participant will meet …",
            // "For each nurse recruited, the employer shall pay …": an opening phrase is not the
            // subject.
            start = comma
        }
        // "that the nurses …", "ways in which employers …": a clause with its own subject opens.
        // ", and the first employer's consent shall not be sought": a coordinated clause has its
        // own subject (but not "The employer, and not the worker, shall …").
        func opensCoordinate(_ index: Int) -> Bool {
            afterComma(index) && cues.starts(.conjunction, at: index)
                && !(index + 1..<verbStart).contains(where: afterComma)
        }
        // A clause opener of several words ("de modo que") opens after its last.
        for index in start..<verbStart
        where cues.starts(.clauseOpener, at: index) || opensCoordinate(index)
            || (cues.starts(.relative, at: index) && index > start && cues.starts(.phraseBoundary, at: index - 1))
        {
            start = max(start, cues.cue(.clauseOpener, at: index)?.upperBound ?? index + 1)
        }
        guard start < verbStart else { return nil }
        // "The nurse, on arrival, shall …": the subject ends at its first comma; "Any recruit who
        // resigns … shall repay": at its relative pronoun; "The employer shall within a month
        // refund": at its modal.
        let end =
            (start + 1..<verbStart).first { afterComma($0) || cues.starts(.relative, at: $0) || isModal($0) } ?? verbStart
        return start..<end
    }
}
