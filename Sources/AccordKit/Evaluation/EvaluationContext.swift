/// Decides which contexts hold for an agreement, with a reason a reader can check.
enum EvaluationContext {
    static func evaluate(_ condition: ContextCondition, for agreement: Agreement, list: SafeguardsList?) -> ContextResult {
        switch condition {
        case .originOnSafeguardsList, .notOriginOnSafeguardsList:
            let origins = agreement.parties.filter(\.role.sends).flatMap(\.countries)
            let listed = list.map { list in origins.filter { list.countries.contains($0) } } ?? []
            let listName = list?.title ?? "the pack's Safeguards List"
            let reason: String
            if listed.isEmpty {
                let names = origins.map(\.alpha3).joined(separator: ", ")
                reason = origins.isEmpty ? "no party sends health workers" : "no origin party (\(names)) is on the \(listName)"
            } else {
                let names = listed.map { "\($0.alpha3) (\($0.name))" }.joined(separator: ", ")
                reason = "\(names) \(listed.count == 1 ? "is an origin party" : "are origin parties") on the \(listName)"
            }
            let holds = condition == .originOnSafeguardsList ? !listed.isEmpty : listed.isEmpty
            return ContextResult(condition: condition, holds: holds, reason: reason)
        case .regional, .bilateral:
            let isRegional = agreement.scope != .bilateral
            let holds = condition == .regional ? isRegional : !isRegional
            return ContextResult(
                condition: condition, holds: holds, reason: "the agreement's scope is \(agreement.scope.rawValue)")
        case .governmentToGovernment, .notGovernmentToGovernment:
            let level = agreement.level
            let isG2G = level == .governmentToGovernment
            let holds = condition == .governmentToGovernment ? isG2G : (level != nil && !isG2G)
            let reason = level.map { "the agreement's level is \($0.rawValue)" } ?? "the agreement does not record its level"
            return ContextResult(condition: condition, holds: holds, reason: reason)
        case .recruitment:
            // Read from the clauses by the evaluator, which has them analysed.
            return ContextResult(condition: condition, holds: true, reason: "read from the clauses")
        }
    }
}
