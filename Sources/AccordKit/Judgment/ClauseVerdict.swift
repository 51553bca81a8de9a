/// What the engine makes of one clause, principle by principle: the strength with which it
/// provides each principle, and the principles whose red flags it raises.
public struct ClauseVerdict: Sendable, Hashable {
    /// The principles the clause provides, each with the strength of its best evidence.
    public let provides: [String: Strength]
    /// The principles the clause contradicts, each with the red flags it raises.
    public let contrary: [String: [String]]
    /// The words behind each finding, for the confusion list: rule id and matched text.
    public let evidence: [String: [String]]
}

extension ClauseVerdict {
    /// The verdict read from an evaluation of a one-clause agreement.
    init(_ evaluation: Evaluation) {
        var provides: [String: Strength] = [:]
        var contrary: [String: [String]] = [:]
        var evidence: [String: [String]] = [:]
        for principle in evaluation.principles {
            let id = principle.principle.id
            for result in principle.criteria where result.applies && result.strength > .none {
                provides[id] = max(provides[id] ?? .none, result.strength)
                evidence[id, default: []].append("\(result.criterion.id): \(result.evidence.first?.text ?? "")")
            }
            for result in principle.redFlags where result.isRaised {
                contrary[id, default: []].append(result.redFlag.id)
                evidence[id, default: []].append("\(result.redFlag.id): \(result.evidence.first?.text ?? "")")
            }
        }
        self.init(provides: provides, contrary: contrary, evidence: evidence)
    }
}
