/// Reads who bears a cost in each clause: the party a cost verb places it on, or spares.
///
/// The verb's kind says where the party is: *pay, bear, meet* — the subject, or the agent of a
/// passive (*met by the applicant*); *charge* — the object, or the person after *to*; *deduct,
/// recover* — the person after *from*; *reimburse, exempt, waive* — the person spared (and the
/// subject pays); *at the expense of X*, *at X's expense* — X. A denial flips the burden (*no part
/// shall be recovered from the nurse* spares her; *fees shall not be refunded* leaves them on her),
/// except when an exception follows (*shall not recover the airfare unless she resigns*).
struct CostReader {
    let phrases: PhraseReader
    let cues: CueIndex
    let denial: DenialReader

    /// The kinds of cue that move a cost.
    static let kinds: [CueKind] = [
        .costBear, .costCharge, .costTake, .costRelieve, .costRepay, .costFree, .expenseOf, .onBehalfOf,
        .costDeduction, .costRelief,
    ]

    /// Kinds whose words are verbs, read as such only where a verb can stand.
    static let verbKinds: Set<CueKind> = [.costBear, .costCharge, .costTake, .costRelieve, .costRepay]

    /// Every cost frame of segment `index`, whose tokens are `segment`.
    func frames(in segment: Range<Int>, index: Int, sharedSubject: Range<Int>?) -> [CostFrame] {
        var found: [(kind: CueKind, range: Range<Int>)] = []
        for kind in Self.kinds {
            for range in cues.cues(kind, in: segment) { found.append((kind, range)) }
        }
        for noun in cues.cues(.expenseNoun, in: segment) {
            if let construction = expenseConstruction(noun, in: segment) { found.append((.expenseNoun, construction)) }
        }
        // A cue inside a longer one is part of it: "charge" in "free of charge". A word that is
        // both a verb and a noun of relief ("refund") is read as the one its place allows.
        found = found.filter { cue in
            if found.contains(where: { other in other.range != cue.range && other.range.contains(cue.range) }) { return false }
            if cue.kind == .costRelief, found.contains(where: { $0.kind == .costRelieve && $0.range == cue.range }) {
                return isNounUse(cue.range, in: segment)
            }
            return true
        }
        var frames: [CostFrame] = []
        var described: Set<Range<Int>> = []
        for (kind, range) in found.sorted(by: { $0.range.lowerBound < $1.range.lowerBound })
        where !(Self.verbKinds.contains(kind) && isNounUse(range, in: segment)) {
            let read = read(kind, range, in: segment, index: index, sharedSubject: sharedSubject)
            if [.costBear, .costCharge, .costTake].contains(kind), isParticiple(range, in: segment) { described.insert(range) }
            frames += read
        }
        // "the fees paid by nurses", "every fee she has paid": a payment described, not imposed.
        // It counts only when nothing else in the clause acts on the cost: a refund, an end to it.
        let actedOn =
            frames.contains { $0.burden == .relieved && !described.contains($0.cue) }
            || !cues.cues(.costEnd, in: segment).isEmpty
        if actedOn { frames.removeAll { described.contains($0.cue) && $0.burden == .bears } }
        return frames
    }

    /// Whether the object of the verb `cue` is a noun that names no cost: within its first three
    /// words ("meet all the requirements").
    private func namesNoCost(after cue: Range<Int>, in segment: Range<Int>) -> Bool {
        let object = cue.upperBound..<min(cue.upperBound + 3, segment.upperBound)
        return !object.isEmpty && !cues.cues(.notCost, in: object).isEmpty
    }

    private func read(
        _ kind: CueKind, _ cue: Range<Int>, in segment: Range<Int>, index: Int, sharedSubject: Range<Int>?
    ) -> [CostFrame] {
        let passive = phrases.isPassive(at: cue.lowerBound, in: segment)
        let verbStart = phrases.verbGroupStart(of: cue.lowerBound, in: segment)
        // A verb takes whoever acts on it (`PhraseReader.actor`); a noun of relief or an expense
        // construction the subject of its clause.
        let subject =
            Self.verbKinds.contains(kind)
            ? phrases.actor(ofVerb: cue.lowerBound, in: segment, shared: sharedSubject)
            : (phrases.subject(before: verbStart, in: segment) ?? sharedSubject)
        var frames: [(party: Range<Int>?, burden: CostFrame.Burden)] = []
        switch kind {
        case .costBear where !passive && namesNoCost(after: cue, in: segment):
            // "candidates who meet the requirements": a verb of paying with no cost to pay.
            break
        case .costBear, .costRepay:
            if let agent = following(.agent, after: cue, within: 3, in: segment) {
                frames.append((phrases.nounPhrase(from: agent.upperBound, in: segment), .bears))
            } else {
                // "is liable for", "are responsible for": an adjective with its preposition, whose
                // subject bears the cost although a form of *be* comes before it.
                let adjective = cue.count > 1 && cues.starts(.beneficiary, at: cue.upperBound - 1)
                frames.append((passive && !adjective ? nil : subject, .bears))
            }
            if let behalf = following(.onBehalfOf, after: cue, within: 8, in: segment) {
                frames.append((phrases.nounPhrase(from: behalf.upperBound, in: segment), .relieved))
            }
        case .costCharge:
            // Insertions may come between: "charge, directly or indirectly, in whole or in part,
            // any fee or cost to a health worker".
            if let recipient = following(.costRecipient, after: cue, within: 14, in: segment) {
                frames.append((phrases.nounPhrase(from: recipient.upperBound, in: segment), .bears))
            } else if passive {
                frames.append((subject, .bears))
            } else if following(.agent, after: cue, within: 2, in: segment) == nil {
                frames.append((phrases.nounPhrase(from: cue.upperBound, in: segment), .bears))
            }
        case .costTake:
            if let source = following(.costSource, after: cue, within: 8, in: segment) {
                frames.append((phrases.nounPhrase(from: source.upperBound, in: segment), .bears))
            } else if cue.upperBound < segment.upperBound {
                frames.append((cue.upperBound..<segment.upperBound, .bears))
            }
        case .costRelieve:
            if let recipient = following(.costRecipient, after: cue, within: 5, in: segment) {
                frames.append((phrases.nounPhrase(from: recipient.upperBound, in: segment), .relieved))
            } else if passive || !isVerbLike(cue, in: segment) {
                frames.append((subject, .relieved))
            } else if let object = phrases.nounPhrase(from: cue.upperBound, in: segment) {
                // "reimburse the fees paid by nurses": the object with its agent.
                if let agent = cues.cue(.agent, at: object.upperBound),
                    let payer = phrases.nounPhrase(from: agent.upperBound, in: segment)
                {
                    frames.append((object.lowerBound..<payer.upperBound, .relieved))
                } else {
                    frames.append((object, .relieved))
                }
            }
            // Whoever reimburses or waives pays.
            if !passive, subject != nil { frames.append((subject, .bears)) }
        case .costFree:
            if let recipient = following(.costRecipient, after: cue, within: 3, in: segment) {
                frames.append((phrases.nounPhrase(from: recipient.upperBound, in: segment), .relieved))
            } else {
                frames.append((subject, .relieved))
            }
        case .expenseOf:
            frames.append((phrases.nounPhrase(from: cue.upperBound, in: segment), .bears))
        case .expenseNoun:
            // The construction's words before its noun name the party: "at the worker's expense".
            let party = cue.lowerBound + (cues.starts(.expenseAt, at: cue.lowerBound) ? 1 : 0)..<(cue.upperBound - 1)
            frames.append((party.isEmpty ? subject : party, .bears))
        case .onBehalfOf:
            frames.append((phrases.nounPhrase(from: cue.upperBound, in: segment), .relieved))
        case .costRelief:
            if let recipient = following(.beneficiary, after: cue, within: 8, in: segment) {
                frames.append((phrases.nounPhrase(from: recipient.upperBound, in: segment), .relieved))
            } else {
                frames.append((subject, .relieved))
            }
        case .costDeduction:
            if let source = following(.costSource, after: cue, within: 6, in: segment) {
                frames.append((phrases.nounPhrase(from: source.upperBound, in: segment), .bears))
            } else if cue.upperBound < segment.upperBound {
                frames.append((cue.upperBound..<segment.upperBound, .bears))
            }
        default:
            break
        }
        // A sanction denies whatever the clause describes, conditions and all ("any clause requiring
        // the nurse to repay … if she leaves early shall be null and void").
        let denied =
            denial.sanctioned.contains(segment)
            || ((denial.denying(cue, in: segment) != nil || hasDeniedObject(cue, in: segment))
                && !hasException(after: cue, in: segment))
        let named = namedItem(of: kind, cue, in: segment, passive: passive, verbStart: verbStart, parties: frames.map(\.party))
        // A long subject of a passive is the thing paid however far it starts from the verb (*any
        // fee for the verification of qualifications by the competent authority shall be paid by*).
        let item = item(of: kind, cue, in: segment, passive: passive).map { near in
            guard let named, named.lowerBound < near.lowerBound else { return near }
            return named.lowerBound..<near.upperBound
        }
        return frames.map { frame in
            let burden: CostFrame.Burden = denied ? (frame.burden == .bears ? .relieved : .bears) : frame.burden
            return CostFrame(cue: cue, party: frame.party, burden: burden, item: item, named: named, segment: index)
        }
    }

    /// How far from its cue the thing paid may be named.
    static let itemReach = 10

    /// Where the thing paid is named: after an active verb (its object), around a passive or a
    /// participle (*the cost … shall be met by*, *fees paid by nurses*) or a noun (*waiver of the
    /// charge*); nil for constructions that name a cost themselves.
    private func item(of kind: CueKind, _ cue: Range<Int>, in segment: Range<Int>, passive: Bool) -> Range<Int>? {
        switch kind {
        // Charging and taking are of money: the verb names the cost.
        case .costFree, .expenseOf, .expenseNoun, .costCharge, .costTake, .costDeduction: return nil
        default: break
        }
        let after = cue.upperBound..<min(segment.upperBound, cue.upperBound + Self.itemReach)
        let isVerb = Self.verbKinds.contains(kind)
        // "a placement fee, payable by the applicant": a participle with its agent is passive, and
        // the thing paid comes before it.
        let passive = passive || cues.cue(.agent, at: cue.upperBound) != nil
        let active = isVerb && !passive && phrases.governingModal(of: cue.lowerBound, in: segment) != nil
        // An active verb with no object after it takes one from before: a relative clause (*the cost
        // of the medical examination, which the worker shall bear*) or a fronted object.
        let hasObject = phrases.nounPhrase(from: cue.upperBound, in: segment) != nil
        if (active && hasObject) || (isVerb && phrases.agentOfBareVerb(cue.lowerBound, in: segment) != nil) {
            return after
        }
        // A relative clause split off as its own segment reaches back to its noun.
        let opensRelative = cues.starts(.relative, at: segment.lowerBound) && (passive || !hasObject)
        let before = max(opensRelative ? 0 : segment.lowerBound, cue.lowerBound - Self.itemReach)
        return before..<after.upperBound
    }

    /// The words naming the thing paid, for quoting: the subject of a passive verb (*the outbound
    /// air ticket shall be borne by*), the object of an active one, past a party that comes first
    /// (*charge the nurse a fee*); nil for a noun or a construction that names the cost itself.
    private func namedItem(
        of kind: CueKind, _ cue: Range<Int>, in segment: Range<Int>, passive: Bool, verbStart: Int, parties: [Range<Int>?]
    ) -> Range<Int>? {
        guard Self.verbKinds.contains(kind) || kind == .costDeduction else { return nil }
        if passive {
            guard let subject = phrases.subject(before: verbStart, in: segment), !parties.contains(subject) else { return nil }
            return subject
        }
        guard var object = phrases.nounPhrase(from: cue.upperBound, in: segment) else { return nil }
        if parties.contains(object) {
            guard let next = phrases.nounPhrase(from: object.upperBound, in: segment) else { return nil }
            object = next
        }
        return parties.contains(object) ? nil : object
    }

    /// True when a cost word stands as a noun (*any charge*, *her pay*, *waiver of the registration
    /// charge*): after a determiner or a possessive, or in an *of* phrase.
    private func isNounUse(_ cue: Range<Int>, in segment: Range<Int>) -> Bool {
        let previous = cue.lowerBound - 1
        guard previous >= segment.lowerBound else { return false }
        if cues.starts(.determiner, at: previous) || phrases.tokens[previous].roles.contains(.possessive)
            || cues.starts(.personPronoun, at: previous) || cues.starts(.thingPronoun, at: previous)
        {
            return true
        }
        // "with pay", "for pay": a verb never follows a preposition other than "to".
        if cues.starts(.phraseBoundary, at: previous), !cues.starts(.infinitive, at: previous) { return true }
        // "the maternity pay": some cost words are nouns a word after a determiner.
        // Not across a comma: "shall, for their part, bear the cost".
        if cues.starts(.nounFirst, at: cue.lowerBound), previous > segment.lowerBound,
            !phrases.tokens[cue.lowerBound].roles.contains(.afterComma),
            cues.starts(.determiner, at: previous - 1), !phrases.endsPhrase(at: previous), !phrases.isModal(previous)
        {
            return true
        }
        for index in stride(from: previous, through: max(segment.lowerBound, cue.lowerBound - 3), by: -1) {
            if cues.starts(.complement, at: index) { return true }
            if phrases.isModal(index) || phrases.endsPhrase(at: index) { return false }
        }
        return false
    }

    /// The first cue of `kind` starting within `distance` words after `cue`.
    private func following(_ kind: CueKind, after cue: Range<Int>, within distance: Int, in segment: Range<Int>)
        -> Range<Int>?
    {
        let end = min(segment.upperBound, cue.upperBound + distance)
        guard cue.upperBound < end else { return nil }
        for index in cue.upperBound..<end {
            if let found = cues.cue(kind, at: index) { return found }
        }
        return nil
    }

    /// True when the cue is followed by what it acts on (*reimburse the nurse*) rather than ending
    /// its phrase (*fees are refundable*).
    private func isVerbLike(_ cue: Range<Int>, in segment: Range<Int>) -> Bool {
        cue.upperBound < segment.upperBound && !phrases.endsPhrase(at: cue.upperBound)
    }

    /// True when a verb's object is denied (*incur no cost*, *charge no fees*).
    private func hasDeniedObject(_ cue: Range<Int>, in segment: Range<Int>) -> Bool {
        // "charge no fee", "recover them neither from the Trust nor from the candidates".
        let reach = cue.upperBound..<min(segment.upperBound, cue.upperBound + 3)
        return reach.contains { phrases.tokens[$0].roles.contains(.negationCue) && !cues.starts(.costFree, at: $0) }
    }

    /// True when a payment verb describes rather than commits: a participle with no modal or
    /// auxiliary of its own (*the fees paid by nurses*), or a verb in a relative clause (*every fee
    /// she has paid*).
    private func isParticiple(_ cue: Range<Int>, in segment: Range<Int>) -> Bool {
        let start = phrases.verbGroupStart(of: cue.lowerBound, in: segment)
        if (start..<cue.lowerBound).contains(where: phrases.isModal) { return false }
        return true
    }

    /// True when *unless*, *except* follows the cue in its segment: the denial is conditional.
    private func hasException(after cue: Range<Int>, in segment: Range<Int>) -> Bool {
        (cue.upperBound..<segment.upperBound).contains { cues.starts(.exception, at: $0) }
    }

    /// `at X's expense`, `at their own cost`, `the Employee's responsibility`: the expense noun with
    /// the words before it that name the party, or nil when it is not such a construction.
    private func expenseConstruction(_ noun: Range<Int>, in segment: Range<Int>) -> Range<Int>? {
        let first = max(segment.lowerBound, noun.lowerBound - 5)
        for index in stride(from: noun.lowerBound - 1, through: first, by: -1) {
            if cues.starts(.expenseAt, at: index) { return index..<noun.upperBound }
            if phrases.endsPhrase(at: index) { break }
        }
        // A possessive or pronoun just before the noun: "the Employee's responsibility", "their own
        // cost".
        let previous = noun.lowerBound - 1
        if previous >= segment.lowerBound, phrases.tokens[previous].roles.contains(.possessive) || phrases.isPronoun(previous) {
            var start = previous
            while start > segment.lowerBound, noun.lowerBound - start < 4, !phrases.endsPhrase(at: start - 1),
                !phrases.isModal(start - 1)
            {
                start -= 1
            }
            return start..<noun.upperBound
        }
        return nil
    }
}
