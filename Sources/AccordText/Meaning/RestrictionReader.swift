/// Reads restrictions placed on someone, and the mirror freedoms, in each clause.
///
/// Restricted: the subject of a prohibition (*nurses shall not change employer*), the object of a
/// refusal to allow (*shall not allow doctors to depart*) or of a verb that stops (*shall prevent
/// nurses from leaving*), someone whose act needs a permission (*needs a release*, *only with the
/// approval of*). Free: a denied restriction (*nothing shall prevent nurses from returning*, *needs
/// no release*) or a grant (*may change employer without the consent of the first employer*).
struct RestrictionReader {
    let phrases: PhraseReader
    let cues: CueIndex
    let denial: DenialReader

    /// How far after a permission word its noun may come (*subject to the prior written approval*).
    static let permissionReach = 6

    func frames(in segment: Range<Int>, index: Int, sharedSubject: Range<Int>?) -> [RestrictionFrame] {
        var frames: [RestrictionFrame] = []
        func add(
            _ cue: Range<Int>, actor: Range<Int>?, action: Range<Int>, _ stance: RestrictionFrame.Stance, whole: Bool = false
        ) {
            let action = whole ? action : verbPhrase(action)
            guard !action.isEmpty else { return }
            frames.append(RestrictionFrame(cue: cue, actor: actor, action: action, stance: stance, segment: index))
        }
        let prohibitions = cues.cues(.prohibition, in: segment)
        let freedoms = cues.cues(.freedom, in: segment).filter { freedom in
            !prohibitions.contains { $0.contains(freedom) }
        }
        let restrictVerbs = cues.cues(.restrictVerb, in: segment)
        let condition = restrictingCondition(in: segment)
        for prohibition in prohibitions where !denial.isDenied(prohibition, in: segment) {
            // "shall not be prevented from", "shall not be required to": the verb after decides.
            let next = prohibition.upperBound..<min(segment.upperBound, prohibition.upperBound + 3)
            if next.contains(where: { cues.starts(.restrictVerb, at: $0) || cues.starts(.permissionNeed, at: $0) }) {
                continue
            }
            let verbStart = phrases.verbGroupStart(of: prohibition.lowerBound, in: segment)
            let subject = phrases.subject(before: verbStart, in: segment)
            if subject == nil, let last = prohibition.last, cues.starts(.beneficiary, at: last) {
                // "It is prohibited for a midwife to take up employment abroad"; but "Nurses are not
                // permitted to change employer" has its subject before.
                let actor = phrases.nounPhrase(from: prohibition.upperBound, in: segment)
                add(
                    prohibition, actor: actor, action: (actor?.upperBound ?? prohibition.upperBound)..<segment.upperBound,
                    .restricted)
            } else if let permit = cues.cue(.permitVerb, at: prohibition.upperBound) {
                // "shall not allow nurses to leave": the nurses are restricted.
                let actor = phrases.nounPhrase(from: permit.upperBound, in: segment)
                add(prohibition, actor: actor, action: (actor?.upperBound ?? permit.upperBound)..<segment.upperBound, .restricted)
            } else {
                // "will not lose their right to re-apply", "shall not forfeit any wages": what may
                // not be lost is kept.
                let deprives = next.contains { cues.starts(.deprivation, at: $0) }
                add(
                    prohibition, actor: subject ?? sharedSubject, action: prohibition.upperBound..<segment.upperBound,
                    deprives ? .free : .restricted)
            }
        }
        for verb in restrictVerbs where !prohibitions.contains(where: { $0.overlaps(verb) }) {
            let denied = denial.isDenied(verb, in: segment)
            let passive = phrases.isPassive(at: verb.lowerBound, in: segment)
            let actor =
                passive
                ? (phrases.subject(before: phrases.verbGroupStart(of: verb.lowerBound, in: segment), in: segment) ?? sharedSubject)
                : phrases.nounPhrase(from: verb.upperBound, in: segment)
            let actionStart = passive ? verb.upperBound : (actor?.upperBound ?? verb.upperBound)
            add(verb, actor: actor, action: actionStart..<segment.upperBound, denied ? .free : .restricted)
        }
        // "Employers should allow care workers to change employer": whom a verb of permission lets
        // act is left free (restricted when it is denied without a prohibition: "nothing allows").
        for permit in cues.cues(.permitVerb, in: segment)
        where !prohibitions.contains(where: { $0.upperBound == permit.lowerBound || $0.overlaps(permit) }) {
            guard let actor = phrases.nounPhrase(from: permit.upperBound, in: segment) else { continue }
            add(
                permit, actor: actor, action: actor.upperBound..<segment.upperBound,
                denial.isDenied(permit, in: segment) ? .restricted : .free)
        }
        if prohibitions.isEmpty, restrictVerbs.isEmpty, let opening = negatedSubjectModal(in: segment) {
            // "No health worker shall leave …": the denied subject is restricted.
            add(opening.cue, actor: opening.actor, action: opening.cue.upperBound..<segment.upperBound, .restricted)
        }
        for freedom in freedoms where prohibitions.isEmpty {
            let verbStart = phrases.verbGroupStart(of: freedom.lowerBound, in: segment)
            let denied = denial.isDenied(freedom, in: segment)
            // "may lose their post": a permission to lose is a threat, not a freedom.
            let deprives = (freedom.upperBound..<min(segment.upperBound, freedom.upperBound + 2)).contains {
                cues.starts(.deprivation, at: $0)
            }
            let stance: RestrictionFrame.Stance = denied || condition != nil || deprives ? .restricted : .free
            // A condition after the act ends it; one before ("Subject to the approval of the
            // Ministry, nurses may …") leaves the act running to the clause's end.
            let end = condition.map { $0.lowerBound > freedom.upperBound ? $0.lowerBound : segment.upperBound }
            add(
                freedom, actor: (phrases.subject(before: verbStart, in: segment) ?? sharedSubject),
                action: freedom.upperBound..<(end ?? segment.upperBound), stance)
        }
        for need in cues.cues(.permissionNeed, in: segment) {
            guard let noun = permission(after: need, in: segment, anywhere: true) ?? cues.first(.permission, in: segment)
            else { continue }
            let denied =
                denial.isDenied(need, in: segment)
                || (need.upperBound..<max(need.upperBound, noun.lowerBound)).contains {
                    phrases.tokens[$0].roles.contains(.negationCue)
                }
            let verbStart = phrases.verbGroupStart(of: need.lowerBound, in: segment)
            // "shall require migrant health workers to obtain the approval of …": whom the verb
            // requires to act is restricted, not its subject.
            // Not what is to be obtained: in "must obtain the approval of her employer to change
            // employer", the approval is no one.
            let required = phrases.nounPhrase(from: need.upperBound, in: segment).flatMap { object in
                cues.starts(.infinitive, at: object.upperBound) && !object.contains(where: { cues.starts(.permission, at: $0) })
                    ? object : nil
            }
            // What needs the permission may be anywhere in the clause ("a worker who wishes to change
            // employer needs a release").
            add(
                need, actor: required ?? (phrases.subject(before: verbStart, in: segment) ?? sharedSubject),
                action: segment, denied ? .free : .restricted, whole: true)
        }
        if let condition, prohibitions.isEmpty, freedoms.isEmpty, frames.isEmpty {
            // "Nurses shall transfer only with the approval of the Ministry."
            let modal = (segment.lowerBound..<condition.lowerBound).first(where: phrases.isModal) ?? condition.lowerBound
            let verbStart = phrases.verbGroupStart(of: modal, in: segment)
            add(
                condition, actor: (phrases.subject(before: verbStart, in: segment) ?? sharedSubject),
                action: modal..<condition.lowerBound, denial.isDenied(condition, in: segment) ? .free : .restricted)
        }
        return frames
    }

    /// How many words of what follows a restriction name the act restricted.
    static let actionReach = 8

    /// The act a restriction names: its first words, past an insertion between commas (*shall
    /// not, during the term of the contract, accept employment elsewhere*).
    private func verbPhrase(_ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        if start < range.upperBound, phrases.tokens[start].roles.contains(.afterComma),
            let close = (start + 1..<range.upperBound).first(where: { phrases.tokens[$0].roles.contains(.afterComma) })
        {
            start = close
        }
        return start..<min(range.upperBound, start + Self.actionReach)
    }

    /// A condition that makes an act depend on someone's permission (*subject to the approval of*,
    /// *only with the consent of*), or nil.
    private func restrictingCondition(in segment: Range<Int>) -> Range<Int>? {
        for condition in cues.cues(.permissionCondition, in: segment) where permission(after: condition, in: segment) != nil {
            return condition
        }
        return nil
    }

    /// The permission noun soon after `cue` (anywhere after it in the clause when `anywhere`), if
    /// any.
    private func permission(after cue: Range<Int>, in segment: Range<Int>, anywhere: Bool = false) -> Range<Int>? {
        let end = anywhere ? segment.upperBound : min(segment.upperBound, cue.upperBound + Self.permissionReach)
        guard cue.upperBound < end else { return nil }
        for index in cue.upperBound..<end {
            if let noun = cues.cue(.permission, at: index) { return noun }
        }
        return nil
    }

    /// "No X shall …": a segment opening with a negation, whose subject is the denied noun phrase.
    private func negatedSubjectModal(in segment: Range<Int>) -> (cue: Range<Int>, actor: Range<Int>)? {
        var start = segment.lowerBound
        if cues.starts(.conjunction, at: start) { start += 1 }
        guard start < segment.upperBound, phrases.tokens[start].roles.contains(.negationCue) else { return nil }
        let end = min(segment.upperBound, start + PhraseReader.phraseLimit)
        guard let modal = (start + 1..<end).first(where: phrases.isModal), modal > start + 1,
            modal + 1 < segment.upperBound
        else { return nil }
        // "No nurse shall be required to …" frees; "No nurse shall be granted a transfer unless …"
        // restricts.
        if cues.starts(.passiveAuxiliary, at: modal + 1),
            !(modal + 1..<segment.upperBound).contains(where: { cues.starts(.exception, at: $0) })
        {
            return nil
        }
        return (modal..<(modal + 1), (start + 1)..<modal)
    }
}
