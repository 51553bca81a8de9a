/// Two versions of one draft compared: clauses added, removed, changed and renumbered, the score
/// change overall and per principle, and the gaps closed, opened, weakened or strengthened, each
/// tied to the clauses behind it (`accord diff OLD NEW`).
///
/// Built from the two agreements and their reports only, so every score is the one their own
/// reports show. Every list has a fixed order, so the same inputs give the same diff.
public struct AgreementDiff: Sendable, Codable, Hashable {
    /// Version of this shape (`--format json` of `accord diff`).
    public static let currentSchemaVersion = "1.0"
    /// Lowest text similarity (Dice coefficient of the clauses' word sets) at which two clauses
    /// with different ids are taken for one clause renumbered.
    public static let similarityThreshold = 0.6
    /// Most pairs of similar clauses kept for pairing renumbered clauses (about 32 MB of them).
    ///
    /// Keeping every pair above the threshold held memory quadratic in the clauses: two drafts of
    /// 5,000 similar clauses kept 25 million pairs (1.2–1.9 GB). Each new clause keeps its
    /// `maximumCandidatePairs / clauses` most similar old clauses, and at least
    /// `minimumCandidatesPerClause`: the pairing is exact up to 1,000 clauses whatever their text,
    /// and beyond only a new clause whose kept old clauses were all taken by closer pairs is
    /// reported as added where it could have been paired with a less similar one.
    public static let maximumCandidatePairs = 1_000_000
    /// The fewest old clauses each new clause keeps, however many clauses there are.
    public static let minimumCandidatesPerClause = 16

    public let schemaVersion: String
    public let rulePack: Report.RulePackSummary
    public let scoringModel: String
    public let old: Version
    public let new: Version
    /// Clauses that are not identical in both versions: new document order, then removed clauses in old order.
    public let clauses: [ClauseChange]
    /// Clauses with the same id and the same text (whitespace aside) in both versions.
    public let unchangedClauses: Int
    public let overall: ScoreChange
    /// Every principle, in rule-pack order.
    public let principles: [PrincipleChange]
    /// Opened, then weakened, closed and strengthened; rule-pack order within each.
    public let gaps: [GapChange]
    /// True when the new version scores lower overall, opens a gap, or weakens a criterion into a
    /// gap or a worse one (`--fail-on-regression`).
    public let regressed: Bool

    /// One version's identity and overall result.
    public struct Version: Sendable, Codable, Hashable {
        public let id: String
        public let title: String
        public let file: String
        public let score: Double
        public let grade: String
        public let gaps: Int
    }

    /// What happened to one clause.
    public enum ClauseChangeKind: String, Sendable, Codable, Hashable, CaseIterable {
        /// Only in the new version.
        case added
        /// Only in the old version.
        case removed
        /// Same id, different text.
        case changed
        /// A different id, same or similar text.
        case renumbered
        /// Same id, same text.
        case unchanged
    }

    /// One clause that differs between the versions.
    public struct ClauseChange: Sendable, Codable, Hashable {
        public let kind: ClauseChangeKind
        public let oldID: String?
        public let newID: String?
        /// The line where the clause starts in the old file.
        public let oldLine: Int?
        /// The line where the clause starts in the new file.
        public let newLine: Int?
        /// Whether the text differs (whitespace aside); true for added and removed clauses.
        public let textChanged: Bool
        /// Dice coefficient of the two texts' word sets, 0–1 to two decimals; nil for added and removed clauses.
        public let similarity: Double?
        public let oldText: String?
        public let newText: String?
    }

    /// The overall score in both versions.
    public struct ScoreChange: Sendable, Codable, Hashable {
        public let old: Double
        public let new: Double
        /// `new - old`, to one decimal.
        public let delta: Double
        public let oldGrade: String
        public let newGrade: String
    }

    /// One principle's score in both versions; nil where no criterion of it applies.
    public struct PrincipleChange: Sendable, Codable, Hashable {
        public let id: String
        public let title: String
        public let old: Double?
        public let new: Double?
        /// `new - old`, to one decimal; nil when either score is nil.
        public let delta: Double?
    }

    /// How a rule's gap moved between the versions.
    public enum GapChangeKind: String, Sendable, Codable, Hashable, CaseIterable {
        /// No gap on the rule before, a gap now: a criterion whose provision disappeared, or a red flag newly raised.
        case opened
        /// A criterion whose provision is weaker than before (for example binding → hortatory, or hortatory → none).
        case weakened
        /// A gap before, none now: a criterion now provided as required, or a red flag no longer raised.
        case closed
        /// A criterion whose provision is stronger than before, but not (or not newly) enough to close a gap.
        case strengthened
    }

    /// A clause behind a gap change, in the version it was read from.
    public struct ClauseReference: Sendable, Codable, Hashable {
        /// `old` or `new`: which version `id` and `line` belong to.
        public let version: String
        public let id: String
        /// The line of the evidence in that version's file, else the line where the clause starts.
        public let line: Int?
        /// What happened to the clause between the versions.
        public let change: ClauseChangeKind
        /// The id of the clause it is aligned with in the other version, if any.
        public let counterpart: String?
    }

    /// One rule whose gap changed.
    public struct GapChange: Sendable, Codable, Hashable {
        public let change: GapChangeKind
        public let principle: String
        /// The criterion id, for a criterion.
        public let criterion: String?
        /// The red-flag id, for a red flag.
        public let redFlag: String?
        public let statement: String
        /// The severity of the gap in the new version, or in the old one when it was closed; nil when neither has a gap.
        public let severity: Severity?
        /// The gap's kind (missing, weak, contrary) in each version; nil for no gap.
        public let oldGap: Gap.Kind?
        public let newGap: Gap.Kind?
        /// A criterion's strength in each version (`n/a` where it does not apply); nil for a red flag.
        public let oldStrength: String?
        public let newStrength: String?
        /// The clauses behind the change: the new version's evidence, then old evidence from clauses that
        /// were removed; the old version's evidence when the new version has none.
        public let clauses: [ClauseReference]
    }

    /// The diff of `old` (reported as `oldReport`) and `new` (reported as `newReport`), keeping at
    /// most `candidatePairs` pairs of similar clauses (see `maximumCandidatePairs`).
    public static func make(
        old: Agreement, new: Agreement, oldReport: Report, newReport: Report, candidatePairs: Int = maximumCandidatePairs
    ) -> AgreementDiff {
        let alignment = ClauseAlignment(old: old, new: new, candidatePairs: candidatePairs)
        let overall = ScoreChange(
            old: oldReport.overall.score, new: newReport.overall.score,
            delta: roundedDelta(newReport.overall.score - oldReport.overall.score), oldGrade: oldReport.overall.grade,
            newGrade: newReport.overall.grade)
        let oldPrinciples = Dictionary(oldReport.principles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newIDs = Set(newReport.principles.map(\.id))
        let principleOrder = newReport.principles + oldReport.principles.filter { !newIDs.contains($0.id) }
        let principles = principleOrder.map { principle -> PrincipleChange in
            let before = oldPrinciples[principle.id]?.score
            let after = newIDs.contains(principle.id) ? principle.score : nil
            return PrincipleChange(
                id: principle.id, title: principle.title, old: before, new: after,
                delta: before.flatMap { before in after.map { roundedDelta($0 - before) } })
        }
        let gaps = GapComparison(oldReport: oldReport, newReport: newReport, alignment: alignment).changes()
        let regressed =
            overall.new < overall.old
            || gaps.contains { $0.change == .opened || ($0.change == .weakened && $0.newGap != nil) }
        return AgreementDiff(
            schemaVersion: currentSchemaVersion, rulePack: newReport.rulePack, scoringModel: newReport.scoringModel,
            old: version(oldReport), new: version(newReport), clauses: alignment.changes,
            unchangedClauses: alignment.unchangedCount, overall: overall, principles: principles, gaps: gaps,
            regressed: regressed)
    }

    /// The clauses that differ, counted by kind.
    public func clauseCount(_ kind: ClauseChangeKind) -> Int {
        kind == .unchanged ? unchangedClauses : clauses.filter { $0.kind == kind }.count
    }

    private static func version(_ report: Report) -> Version {
        Version(
            id: report.agreement.id, title: report.agreement.shortTitle ?? report.agreement.title, file: report.agreement.file,
            score: report.overall.score, grade: report.overall.grade, gaps: report.gaps.count)
    }

    /// `value` to one decimal, so a difference of two one-decimal scores shows no binary noise.
    static func roundedDelta(_ value: Double) -> Double {
        let rounded = (value * 10).rounded(.toNearestOrAwayFromZero) / 10
        return rounded == 0 ? 0 : rounded  // never -0.0, which JSON would show as -0
    }
}

// MARK: - Clause alignment

/// Pairs the clauses (with text) of two versions: same id and text, then same text under another id,
/// then the most similar pairs at or above the threshold, then any remaining same-id pair.
struct ClauseAlignment {
    typealias Change = AgreementDiff.ClauseChange

    /// The clauses with text of each version, in document order.
    let oldClauses: [Clause]
    let newClauses: [Clause]
    /// For each old clause, the index of its new counterpart; and the reverse.
    private(set) var oldToNew: [Int?]
    private(set) var newToOld: [Int?]
    /// Every clause's change, by id, in each version.
    private(set) var oldKinds: [String: AgreementDiff.ClauseChangeKind] = [:]
    private(set) var newKinds: [String: AgreementDiff.ClauseChangeKind] = [:]
    private(set) var changes: [Change] = []
    private(set) var unchangedCount = 0
    /// Similarity of each aligned pair, keyed by new index.
    private var similarities: [Int: Double] = [:]
    /// Index of each clause with text, by id.
    private let oldIndexByID: [String: Int]
    private let newIndexByID: [String: Int]
    /// The line where each clause (with text or not) starts, by id.
    private let oldLines: [String: Int]
    private let newLines: [String: Int]

    init(old: Agreement, new: Agreement, candidatePairs: Int = AgreementDiff.maximumCandidatePairs) {
        oldClauses = old.allClauses.filter { $0.text != nil }
        newClauses = new.allClauses.filter { $0.text != nil }
        oldToNew = Array(repeating: nil, count: oldClauses.count)
        newToOld = Array(repeating: nil, count: newClauses.count)
        let oldTexts = oldClauses.map { Self.normalised($0.text ?? "") }
        let newTexts = newClauses.map { Self.normalised($0.text ?? "") }
        oldIndexByID = Dictionary(oldClauses.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        newIndexByID = Dictionary(newClauses.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        oldLines = Dictionary(old.allClauses.map { ($0.id, $0.position.line) }, uniquingKeysWith: { first, _ in first })
        newLines = Dictionary(new.allClauses.map { ($0.id, $0.position.line) }, uniquingKeysWith: { first, _ in first })

        // 1. Same id, same text.
        for (newIndex, clause) in newClauses.enumerated() {
            if let oldIndex = oldIndexByID[clause.id], oldTexts[oldIndex] == newTexts[newIndex] {
                pair(oldIndex, newIndex, similarity: 1)
            }
        }
        // 2. Same text under another id: the first unpaired old clause with that text, in document order.
        var oldByText: [String: [Int]] = [:]
        for (index, text) in oldTexts.enumerated() where oldToNew[index] == nil { oldByText[text, default: []].append(index) }
        for newIndex in newClauses.indices where newToOld[newIndex] == nil {
            guard var queue = oldByText[newTexts[newIndex]], !queue.isEmpty else { continue }
            pair(queue.removeFirst(), newIndex, similarity: 1)
            oldByText[newTexts[newIndex]] = queue
        }
        // 3. The most similar remaining pairs, greedily; same id first among equals.
        for candidate in similarCandidates(oldTexts: oldTexts, newTexts: newTexts, candidatePairs: candidatePairs)
        where oldToNew[candidate.old] == nil && newToOld[candidate.new] == nil {
            pair(candidate.old, candidate.new, similarity: candidate.similarity)
        }
        // 4. Any remaining same-id pair is one clause rewritten.
        for (newIndex, clause) in newClauses.enumerated() where newToOld[newIndex] == nil {
            if let oldIndex = oldIndexByID[clause.id], oldToNew[oldIndex] == nil {
                let similarity = Self.dice(Self.wordSet(oldTexts[oldIndex]), Self.wordSet(newTexts[newIndex]))
                pair(oldIndex, newIndex, similarity: similarity)
            }
        }
        record(oldTexts: oldTexts, newTexts: newTexts)
    }

    /// What happened to clause `id` of the old (`inOld`) or new version, and the id it is aligned
    /// with in the other; a clause without text (one that only groups sub-clauses) is unchanged when
    /// both versions have its id, else added or removed.
    func lookup(_ id: String, inOld: Bool) -> (kind: AgreementDiff.ClauseChangeKind, counterpart: String?) {
        if inOld, let index = oldIndexByID[id] {
            return (oldKinds[id] ?? .unchanged, oldToNew[index].map { newClauses[$0].id })
        }
        if !inOld, let index = newIndexByID[id] {
            return (newKinds[id] ?? .unchanged, newToOld[index].map { oldClauses[$0].id })
        }
        let other = inOld ? newLines : oldLines
        return other[id] != nil ? (.unchanged, id) : (inOld ? .removed : .added, nil)
    }

    /// The line where clause `id` starts in the old (`inOld`) or new version.
    func line(of id: String, inOld: Bool) -> Int? {
        (inOld ? oldLines : newLines)[id]
    }

    private mutating func pair(_ oldIndex: Int, _ newIndex: Int, similarity: Double) {
        oldToNew[oldIndex] = newIndex
        newToOld[newIndex] = oldIndex
        similarities[newIndex] = similarity
    }

    private mutating func record(oldTexts: [String], newTexts: [String]) {
        for (newIndex, clause) in newClauses.enumerated() {
            guard let oldIndex = newToOld[newIndex] else {
                newKinds[clause.id] = .added
                changes.append(
                    Change(
                        kind: .added, oldID: nil, newID: clause.id, oldLine: nil, newLine: clause.position.line,
                        textChanged: true, similarity: nil, oldText: nil, newText: newTexts[newIndex]))
                continue
            }
            let before = oldClauses[oldIndex]
            let textChanged = oldTexts[oldIndex] != newTexts[newIndex]
            let kind: AgreementDiff.ClauseChangeKind =
                before.id != clause.id ? .renumbered : textChanged ? .changed : .unchanged
            newKinds[clause.id] = kind
            oldKinds[before.id] = kind
            if kind == .unchanged {
                unchangedCount += 1
                continue
            }
            let similarity = textChanged ? ((similarities[newIndex] ?? 0) * 100).rounded(.toNearestOrAwayFromZero) / 100 : 1
            changes.append(
                Change(
                    kind: kind, oldID: before.id, newID: clause.id, oldLine: before.position.line, newLine: clause.position.line,
                    textChanged: textChanged, similarity: similarity, oldText: textChanged ? oldTexts[oldIndex] : nil,
                    newText: newTexts[newIndex]))
        }
        for (oldIndex, clause) in oldClauses.enumerated() where oldToNew[oldIndex] == nil {
            oldKinds[clause.id] = .removed
            changes.append(
                Change(
                    kind: .removed, oldID: clause.id, newID: nil, oldLine: clause.position.line, newLine: nil, textChanged: true,
                    similarity: nil, oldText: oldTexts[oldIndex], newText: nil))
        }
    }

    /// A pair of unaligned clauses at or above the similarity threshold.
    private struct Candidate {
        let old: Int
        let new: Int
        let similarity: Double
        let sameID: Bool
    }

    /// The unaligned pairs at or above the threshold, most similar first, then same id, then document
    /// order: for each new clause its most similar, as many as `candidatePairs` allows (at least
    /// `AgreementDiff.minimumCandidatesPerClause`).
    ///
    /// Word overlaps are counted through an inverted index over the old clauses, so the cost is the
    /// number of shared words, not a string comparison per pair, and memory is linear in the clauses.
    private func similarCandidates(oldTexts: [String], newTexts: [String], candidatePairs: Int) -> [Candidate] {
        let oldOpen = oldClauses.indices.filter { oldToNew[$0] == nil }
        let newOpen = newClauses.indices.filter { newToOld[$0] == nil }
        guard !oldOpen.isEmpty, !newOpen.isEmpty else { return [] }
        var vocabulary: [String: Int] = [:]
        func ids(_ text: String) -> [Int] {
            Self.wordSet(text).map { word in
                if let id = vocabulary[word] { return id }
                vocabulary[word] = vocabulary.count
                return vocabulary.count - 1
            }
        }
        // Arrays, not dictionaries: the loops below run once per shared word of every pair.
        var oldSizes = Array(repeating: 0, count: oldClauses.count)
        var postings: [[Int]] = []
        for oldIndex in oldOpen {
            let words = ids(oldTexts[oldIndex])
            oldSizes[oldIndex] = words.count
            for word in words {
                if word == postings.count { postings.append([]) }
                postings[word].append(oldIndex)
            }
        }
        var candidates: [Candidate] = []
        var shared = Array(repeating: 0, count: oldClauses.count)
        var touched: [Int] = []
        var best: [Candidate] = []
        let kept = max(AgreementDiff.minimumCandidatesPerClause, candidatePairs / newOpen.count)
        for newIndex in newOpen {
            best.removeAll(keepingCapacity: true)
            touched.removeAll(keepingCapacity: true)
            // The last pair kept at the latest trim: a pair that does not precede it cannot be kept.
            var worstKept: Candidate?
            let sameIDIndex = oldIndexByID[newClauses[newIndex].id]
            let words = ids(newTexts[newIndex])
            for word in words where word < postings.count {
                for oldIndex in postings[word] {
                    if shared[oldIndex] == 0 { touched.append(oldIndex) }
                    shared[oldIndex] += 1
                }
            }
            for oldIndex in touched {
                let similarity = 2 * Double(shared[oldIndex]) / Double(words.count + oldSizes[oldIndex])
                shared[oldIndex] = 0
                guard similarity >= AgreementDiff.similarityThreshold else { continue }
                let candidate = Candidate(old: oldIndex, new: newIndex, similarity: similarity, sameID: oldIndex == sameIDIndex)
                if let worstKept, !Self.precedes(candidate, worstKept) { continue }
                best.append(candidate)
                // Trimmed in batches, so the buffer stays small and sorting costs little a pair.
                if best.count >= 4 * kept {
                    best.sort(by: Self.precedes)
                    best.removeLast(best.count - kept)
                    worstKept = best.last
                }
            }
            best.sort(by: Self.precedes)
            candidates += best.prefix(kept)
        }
        return candidates.sorted(by: Self.precedes)
    }

    /// The order pairs are taken in: most similar first, then same id, then document order.
    private static func precedes(_ left: Candidate, _ right: Candidate) -> Bool {
        if left.similarity != right.similarity { return left.similarity > right.similarity }
        if left.sameID != right.sameID { return left.sameID }
        if left.new != right.new { return left.new < right.new }
        return left.old < right.old
    }

    /// `text` with every run of whitespace collapsed to one space and none at either end.
    static func normalised(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The distinct lower-cased words (runs of letters and digits) of `text`, in first-appearance order.
    static func wordSet(_ text: String) -> [String] {
        var seen: Set<String> = []
        var words: [String] = []
        for word in text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }) {
            let word = String(word)
            if seen.insert(word).inserted { words.append(word) }
        }
        return words
    }

    /// Dice coefficient of two word sets: 2 |A ∩ B| / (|A| + |B|); 1 for two empty sets.
    static func dice(_ first: [String], _ second: [String]) -> Double {
        if first.isEmpty && second.isEmpty { return 1 }
        let common = Set(first).intersection(second).count
        return 2 * Double(common) / Double(first.count + second.count)
    }
}

// MARK: - Gap changes

/// Compares the gaps of two reports rule by rule (a criterion or a red flag of a principle).
struct GapComparison {
    typealias Change = AgreementDiff.GapChange

    let oldReport: Report
    let newReport: Report
    let alignment: ClauseAlignment

    /// A rule in one report: its statement, gap, strength and evidence.
    private struct RuleState {
        let principle: String
        let criterion: String?
        let redFlag: String?
        let statement: String
        /// Strength (`n/a` when it does not apply), for a criterion.
        let strength: String?
        let applies: Bool
        let evidence: [Report.EvidenceReport]
        var gap: Report.GapReport?

        var key: String { "\(principle)\u{0}\(criterion.map { "c:" + $0 } ?? "r:" + (redFlag ?? ""))" }
    }

    func changes() -> [Change] {
        let before = states(of: oldReport)
        let after = states(of: newReport)
        let beforeByKey = Dictionary(before.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let afterKeys = Set(after.map(\.key))
        var changes: [Change] = []
        for state in after {
            if let change = compare(beforeByKey[state.key], state) { changes.append(change) }
        }
        for state in before where !afterKeys.contains(state.key) {
            if let change = compare(state, nil) { changes.append(change) }
        }
        let order = Dictionary(uniqueKeysWithValues: AgreementDiff.GapChangeKind.allCases.enumerated().map { ($1, $0) })
        // A stable sort by kind keeps rule-pack order within each kind.
        return changes.enumerated().sorted { left, right in
            let (leftRank, rightRank) = (order[left.element.change] ?? 0, order[right.element.change] ?? 0)
            return leftRank != rightRank ? leftRank < rightRank : left.offset < right.offset
        }.map(\.element)
    }

    private func states(of report: Report) -> [RuleState] {
        var gaps: [String: Report.GapReport] = [:]
        for gap in report.gaps {
            let key = "\(gap.principle)\u{0}\(gap.criterion.map { "c:" + $0 } ?? "r:" + (gap.redFlag ?? ""))"
            if gaps[key] == nil { gaps[key] = gap }
        }
        return report.principles.flatMap { principle -> [RuleState] in
            principle.criteria.map { criterion in
                var state = RuleState(
                    principle: principle.id, criterion: criterion.id, redFlag: nil, statement: criterion.statement,
                    strength: criterion.applies ? criterion.strength.rawValue : "n/a", applies: criterion.applies,
                    evidence: criterion.evidence)
                state.gap = gaps[state.key]
                return state
            }
                + principle.redFlags.map { flag in
                    var state = RuleState(
                        principle: principle.id, criterion: nil, redFlag: flag.id, statement: flag.statement, strength: nil,
                        applies: flag.applies, evidence: flag.evidence)
                    state.gap = gaps[state.key]
                    return state
                }
        }
    }

    private func compare(_ before: RuleState?, _ after: RuleState?) -> Change? {
        guard let rule = after ?? before else { return nil }
        let oldGap = before?.gap
        let newGap = after?.gap
        var kind: AgreementDiff.GapChangeKind?
        if rule.criterion != nil, let before, let after, before.applies, after.applies,
            let oldStrength = before.strength.flatMap(Strength.init(rawValue:)),
            let newStrength = after.strength.flatMap(Strength.init(rawValue:)), oldStrength != newStrength
        {
            if newStrength < oldStrength {
                kind = oldGap == nil && newGap?.kind == .missing ? .opened : .weakened
            } else {
                kind = oldGap != nil && newGap == nil ? .closed : .strengthened
            }
        } else if oldGap == nil, newGap != nil {
            kind = .opened
        } else if oldGap != nil, newGap == nil {
            kind = .closed
        }
        guard let kind else { return nil }
        return Change(
            change: kind, principle: rule.principle, criterion: rule.criterion, redFlag: rule.redFlag,
            statement: rule.statement, severity: (newGap ?? oldGap)?.severity, oldGap: oldGap?.kind, newGap: newGap?.kind,
            oldStrength: rule.criterion == nil ? nil : before?.strength ?? "n/a",
            newStrength: rule.criterion == nil ? nil : after?.strength ?? "n/a",
            clauses: references(before: before?.evidence ?? [], after: after?.evidence ?? []))
    }

    /// The new version's evidence clauses, then old evidence clauses that were removed; the old
    /// version's evidence clauses alone when the new version has none.
    private func references(before: [Report.EvidenceReport], after: [Report.EvidenceReport]) -> [AgreementDiff.ClauseReference] {
        var references: [AgreementDiff.ClauseReference] = []
        var seen: Set<String> = []
        for evidence in after where seen.insert("new\u{0}" + evidence.clause).inserted {
            references.append(reference(evidence, inOld: false))
        }
        for evidence in before where seen.insert("old\u{0}" + evidence.clause).inserted {
            let reference = reference(evidence, inOld: true)
            if after.isEmpty || reference.change == .removed { references.append(reference) }
        }
        return references
    }

    private func reference(_ evidence: Report.EvidenceReport, inOld: Bool) -> AgreementDiff.ClauseReference {
        let found = alignment.lookup(evidence.clause, inOld: inOld)
        return AgreementDiff.ClauseReference(
            version: inOld ? "old" : "new", id: evidence.clause,
            line: evidence.line ?? alignment.line(of: evidence.clause, inOld: inOld), change: found.kind,
            counterpart: found.counterpart)
    }
}
