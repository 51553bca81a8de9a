import AccordText

/// Evaluates an agreement against a rule pack: the ordered pipeline from clause text to evidence.
///
/// Stages, in order, and why:
/// 1. Contexts first: whether a criterion or red flag applies is known before any matching.
/// 2. Each clause is analysed once (parts, modality, negation) and its term occurrences found once;
///    sub-clauses inherit a lead-in's modality, so parents are analysed before children.
/// 3. Criteria then match patterns against the analysed clauses; polarity is checked per match,
///    before strength, because a negated match must not count as an affirmed one.
/// 4. Annotations add asserted evidence after inferred evidence, so ties favour the text.
/// 5. Red flags match last; only non-mention parts raise them, so recitals never do.
///
/// A class, because its closures capture it once per principle: a struct holding the whole pack was
/// copied, a retain per field, each time.
public final class Evaluator: Sendable {
    /// The pack, compiled with the grammar of the text it reads.
    public let compiled: CompiledPack
    /// The pack's rules.
    public var pack: RulePack { compiled.pack }

    /// Evidence kept per rule in reports; the strongest come first.
    public static let maximumEvidencePerRule = 5

    /// The contexts some rule of the pack depends on, in declaration order.
    private let usedContexts: [ContextCondition]

    /// Creates an evaluator for `pack`; what depends on the pack alone is worked out here, once,
    /// not for every agreement.
    public init(compiled: CompiledPack) {
        self.compiled = compiled
        let pack = compiled.pack
        let used = Set(pack.principles.flatMap { $0.criteria.flatMap(\.appliesWhen) + $0.redFlags.flatMap(\.appliesWhen) })
        usedContexts = ContextCondition.allCases.filter(used.contains)
    }

    /// A sentence part of a prepared clause, by identity: where a red flag was raised.
    struct ContraryPart: Hashable {
        let clause: ObjectIdentifier
        let part: Int

        init(_ match: PatternMatch, in prepared: PreparedClause) {
            clause = ObjectIdentifier(prepared)
            part = prepared.text.segments[prepared.text.segment(holding: match.tokenRange.lowerBound)].part
        }
    }

    /// A clause read once, with its term occurrences; a class, because every rule visits every
    /// clause and copying the struct cost a retain per field per visit.
    final class PreparedClause {
        let clause: Clause
        /// The clause's annotations, held apart so that each rule's look at them copies no `Clause`.
        let annotations: [ClauseAnnotation]
        let text: AnalyzedText
        let occurrences: TermOccurrences

        init(clause: Clause, text: AnalyzedText, occurrences: TermOccurrences) {
            self.clause = clause
            self.annotations = clause.annotations
            self.text = text
            self.occurrences = occurrences
        }

        /// True when every term of `pattern` occurs in the clause, tested before calling
        /// `CompiledPattern.matches`: 98 % of (pattern, clause) pairs fail, and the call costs more.
        @inline(__always)
        func mayMatch(_ pattern: CompiledPattern) -> Bool {
            pattern.mayMatch(occurrences, meaning: text.meaning)
        }
    }

    /// Evaluates `agreement`; pure, reads no globals, so tests call it directly.
    public func evaluate(_ agreement: Agreement) -> Evaluation {
        let aliases = compiled.terms.partyAliases(
            origins: agreement.parties.filter(\.role.sends).flatMap(\.countries).map(\.alpha3),
            destinations: agreement.parties.filter(\.role.receives).flatMap(\.countries).map(\.alpha3))
        let prepared = prepare(agreement.clauses, leadIn: nil, aliases: aliases)
        let contexts = usedContexts.map { condition in
            condition == .recruitment
                ? recruitmentContext(of: agreement, clauses: prepared)
                : EvaluationContext.evaluate(condition, for: agreement, list: pack.safeguardsList)
        }
        let holding = Set(contexts.filter(\.holds).map(\.condition))
        let principles = compiled.principles.map { compiled in
            // Red flags first: a sentence part contrary to a principle is no evidence that the
            // agreement provides it ("every candidate contributes forty per cent of the airfare, the
            // remainder being paid by the employer" charges a fee; it does not spare one).
            var contrary = Set<ContraryPart>()
            let redFlags = compiled.redFlags.map {
                evaluate($0.redFlag, patterns: $0.patterns, clauses: prepared, holding: holding, marking: &contrary)
            }
            return PrincipleResult(
                principle: compiled.principle,
                criteria: compiled.criteria.map {
                    evaluate(
                        $0.criterion, patterns: $0.patterns, principle: compiled.principle, clauses: prepared, holding: holding,
                        excluding: contrary)
                },
                redFlags: redFlags,
                annotations: Self.principleAnnotations(compiled.principle, in: prepared)
            )
        }
        return Evaluation(
            agreement: agreement, packID: pack.id, packVersion: pack.packVersion, contexts: contexts,
            principles: principles
        )
    }

    /// Whether the agreement recruits: as its encoder states it, else the first operative clause
    /// that matches the pack's recruitment evidence.
    func recruitmentContext(of agreement: Agreement, clauses: [PreparedClause]) -> ContextResult {
        if let stated = agreement.recruitmentComponent {
            return ContextResult(
                condition: .recruitment, holds: stated == .present,
                reason: "the encoder states the agreement's recruitment component is \(stated) (recruitment-component)")
        }
        guard !compiled.recruitmentEvidence.isEmpty else {
            return ContextResult(
                condition: .recruitment, holds: true, reason: "rule pack '\(pack.id)' does not say how to tell; taken to hold")
        }
        for prepared in clauses {
            for pattern in compiled.recruitmentEvidence {
                var found: PatternMatch?
                pattern.forEachMatch(in: prepared.text, occurrences: prepared.occurrences, context: compiled.context) { match in
                    if found == nil, match.modality != .mention { found = match }
                }
                if let found {
                    let tokens = prepared.text.tokens
                    let words = prepared.text.excerpt(
                        from: tokens[found.tokenRange.lowerBound].start, to: tokens[found.tokenRange.upperBound - 1].end)
                    return ContextResult(
                        condition: .recruitment, holds: true,
                        reason: "clause \(prepared.clause.id) provides for recruiting or employing health workers (“\(words)”)")
                }
            }
        }
        return ContextResult(
            condition: .recruitment, holds: false,
            reason: "no clause provides for recruiting, placing or employing health workers across borders")
    }

    /// Analyses clauses depth first; a clause whose text ends with a colon passes its modality down.
    func prepare(_ clauses: [Clause], leadIn: Modality?, aliases: TermAliases = .none) -> [PreparedClause] {
        var prepared: [PreparedClause] = []
        prepared.reserveCapacity(clauses.count)
        prepare(clauses, leadIn: leadIn, aliases: aliases, into: &prepared)
        return prepared
    }

    private func prepare(
        _ clauses: [Clause], leadIn: Modality?, aliases: TermAliases, into prepared: inout [PreparedClause]
    ) {
        for clause in clauses {
            var childLeadIn: Modality?
            if let text = clause.text {
                let analysis = compiled.analyzer.analyze(text, isRecital: Self.isRecital(clause), leadIn: leadIn)
                prepared.append(
                    PreparedClause(
                        clause: clause, text: analysis, occurrences: compiled.terms.occurrences(in: analysis, aliases: aliases)))
                if text.hasSuffix(":") { childLeadIn = analysis.parts.last?.modality }
            }
            if !clause.subclauses.isEmpty {
                prepare(clause.subclauses, leadIn: childLeadIn ?? leadIn, aliases: aliases, into: &prepared)
            }
        }
    }

    private static let recitalNames = ["preamble", "recital"].map { Array($0.utf8) }

    /// A preamble or recitals clause states what the parties recognise, not what they undertake.
    static func isRecital(_ clause: Clause) -> Bool {
        [clause.id, clause.heading ?? ""].contains { name in
            recitalNames.contains { containsIgnoringASCIICase(name, $0) }
        }
    }

    /// True when `text` contains `needle` (lower-case ASCII), ignoring ASCII case.
    private static func containsIgnoringASCIICase(_ text: String, _ needle: [UInt8]) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= needle.count else { return false }
            for start in 0...(bytes.count - needle.count) {
                var index = 0
                while index < needle.count, bytes[start + index] | 0x20 == needle[index] { index += 1 }
                if index == needle.count { return true }
            }
            return false
        }
    }

    func evaluate(
        _ criterion: Criterion, patterns: [CompiledPattern], principle: Principle, clauses: [PreparedClause],
        holding: Set<ContextCondition>, excluding contrary: Set<ContraryPart> = []
    ) -> CriterionResult {
        let applies = criterion.appliesWhen.allSatisfy(holding.contains)
        var evidence: [EvidenceCandidate] = []
        // A criterion that does not apply reports no evidence, so its patterns are not matched.
        if applies {
            Self.forEachCandidate(of: patterns, in: clauses) { pattern, prepared in
                pattern.forEachMatch(in: prepared.text, occurrences: prepared.occurrences, context: compiled.context) { match in
                    guard contrary.isEmpty || !contrary.contains(ContraryPart(match, in: prepared)) else { return }
                    let strength = Self.strength(
                        of: match.modality, permissive: match.grantsRight ? .binding : criterion.permissive)
                    evidence.append(.match(match, in: prepared, strength: strength))
                }
            }
        }
        Self.forEachAnnotated(clauses) { prepared in
            // An assertion about a whole principle cannot vouch for any one of its criteria: only an
            // annotation naming the criterion counts (principle-level ones are reported unscored).
            for annotation in prepared.annotations
            where annotation.principle == principle.id && annotation.criterion == criterion.id {
                let inferred = prepared.text.parts.map(\.modality).max() ?? .mention
                let strength: Strength =
                    annotation.strength.map { Strength(rawValue: $0.rawValue) ?? .mention }
                    ?? Self.strength(of: inferred, permissive: criterion.permissive)
                evidence.append(
                    .annotation(
                        Evidence(
                            clause: prepared.clause.id, line: .known(annotation.position.line), text: annotation.justification,
                            modality: inferred, polarity: .affirmed, asserted: true, strength: strength
                        )))
            }
        }
        let ranked = EvidenceCandidate.rank(evidence, limit: Self.maximumEvidencePerRule)
        let strength = applies ? (ranked.first?.strength ?? .none) : .none
        return CriterionResult(criterion: criterion, applies: applies, strength: strength, evidence: applies ? ranked : [])
    }

    /// Evaluates `redFlag`, adding to `contrary` every sentence part that raises it.
    func evaluate(
        _ redFlag: RedFlag, patterns: [CompiledPattern], clauses: [PreparedClause], holding: Set<ContextCondition>,
        marking contrary: inout Set<ContraryPart>
    ) -> RedFlagResult {
        let applies = redFlag.appliesWhen.allSatisfy(holding.contains)
        guard applies else { return RedFlagResult(redFlag: redFlag, applies: false, evidence: []) }
        var evidence: [EvidenceCandidate] = []
        Self.forEachCandidate(of: patterns, in: clauses) { pattern, prepared in
            pattern.forEachMatch(in: prepared.text, occurrences: prepared.occurrences, context: compiled.context) { match in
                guard match.modality != .mention else { return }
                contrary.insert(ContraryPart(match, in: prepared))
                evidence.append(
                    .match(match, in: prepared, strength: Self.strength(of: match.modality, permissive: .binding)))
            }
        }
        let ranked = EvidenceCandidate.rank(evidence, limit: Self.maximumEvidencePerRule)
        return RedFlagResult(redFlag: redFlag, applies: true, evidence: ranked)
    }

    /// Calls `body` with each pattern and clause, clause by clause, where every term of the pattern
    /// occurs in the clause: the 2 % of pairs worth matching.
    ///
    /// On borrowed buffers: iterating the arrays retained and released each pattern's terms and each
    /// clause for every one of the ~3,000 pairs an agreement has, which cost more than the test.
    @inline(__always)
    private static func forEachCandidate(
        of patterns: [CompiledPattern], in clauses: [PreparedClause], _ body: (CompiledPattern, PreparedClause) -> Void
    ) {
        patterns.withUnsafeBufferPointer { patterns in
            clauses.withUnsafeBufferPointer { clauses in
                for clause in clauses.indices {
                    for pattern in patterns.indices where clauses[clause].mayMatch(patterns[pattern]) {
                        body(patterns[pattern], clauses[clause])
                    }
                }
            }
        }
    }

    /// The encoder's assertions about principle `principle` as a whole: reported beside its
    /// criteria, unscored.
    static func principleAnnotations(_ principle: Principle, in clauses: [PreparedClause]) -> [Evidence] {
        var found: [Evidence] = []
        forEachAnnotated(clauses) { prepared in
            for annotation in prepared.annotations where annotation.principle == principle.id && annotation.criterion == nil {
                found.append(
                    Evidence(
                        clause: prepared.clause.id, line: .known(annotation.position.line), text: annotation.justification,
                        modality: prepared.text.parts.map(\.modality).max() ?? .mention, polarity: .affirmed,
                        asserted: true, strength: annotation.strength.flatMap { Strength(rawValue: $0.rawValue) } ?? .none))
            }
        }
        return found
    }

    /// Calls `body` with each clause that has annotations; few do, and looking at the others through
    /// a borrowed buffer costs no retain.
    @inline(__always)
    private static func forEachAnnotated(_ clauses: [PreparedClause], _ body: (PreparedClause) -> Void) {
        clauses.withUnsafeBufferPointer { clauses in
            for index in clauses.indices where !clauses[index].annotations.isEmpty { body(clauses[index]) }
        }
    }

    static func strength(of modality: Modality, permissive: Strength) -> Strength {
        switch modality {
        case .binding: .binding
        case .hortatory: .hortatory
        case .permissive: permissive
        case .mention: .mention
        }
    }
}
