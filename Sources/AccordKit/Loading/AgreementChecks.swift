/// Checks that relate several fields of an agreement: date order, status and dates, parties and scope.
///
/// They run on whatever parts of a file were readable, so their problems are reported in the same
/// pass as type and key errors elsewhere in the file.
enum AgreementChecks {
    typealias Key = AgreementFormat.AgreementKey

    /// Dates in an impossible order, and a draft that carries a signature or entry-into-force date.
    static func checkDates(_ dates: AgreementDates, status: AgreementStatus?, in map: MappingView<Key>, sink: DiagnosticSink) {
        let rules: [(later: Key, laterDate: PartialDate?, earlier: Key, earlierDate: PartialDate?, reason: String)] = [
            (.inForce, dates.inForce, .signed, dates.signed, "an agreement cannot enter into force before it is signed"),
            (.ends, dates.ends, .signed, dates.signed, "an agreement cannot end before it is signed"),
            (.ends, dates.ends, .inForce, dates.inForce, "an agreement cannot end before it enters into force"),
            (.review, dates.review, .signed, dates.signed, "a review cannot be scheduled before signature"),
        ]
        for rule in rules {
            guard let later = rule.laterDate, let earlier = rule.earlierDate, later.isCertainlyBefore(earlier) else { continue }
            sink.error(
                at: map[rule.later]?.position,
                AgreementMessages.datesOutOfOrder(rule.later.rawValue, later, rule.earlier.rawValue, earlier, reason: rule.reason)
            )
        }
        if status == .draft {
            for key in [Key.signed, .inForce] where map.has(key) {
                sink.error(at: map[key]?.position, AgreementMessages.draftWithDate(key.rawValue))
            }
        } else if status != nil {
            for key in [Key.round, .date] where map.has(key) {
                sink.error(at: map[key]?.position, AgreementMessages.draftOnly(key.rawValue))
            }
        }
    }

    /// Party counts and roles a scope requires, and no country listed twice.
    static func checkParties(_ parties: [Party], scope: AgreementScope, at position: TextPosition, sink: DiagnosticSink) {
        var firstPositions: [CountryCode: TextPosition] = [:]
        for party in parties {
            guard case .country(let code) = party.identity else { continue }
            if let first = firstPositions[code] {
                sink.error(at: party.position, AgreementMessages.repeatedParty(code.alpha3, first: first))
            } else {
                firstPositions[code] = party.position
            }
        }
        switch scope {
        case .bilateral:
            if parties.count != 2 {
                sink.error(at: position, AgreementMessages.bilateralPartyCount(parties.count))
            }
            let roles = parties.map(\.role.rawValue).joined(separator: ", ")
            if !parties.contains(where: { $0.role.sends }) {
                sink.error(at: position, AgreementMessages.missingRole("origin", found: roles))
            }
            if !parties.contains(where: { $0.role.receives }) {
                sink.error(at: position, AgreementMessages.missingRole("destination", found: roles))
            }
        case .multilateral:
            if parties.count < 2 {
                sink.error(at: position, AgreementMessages.tooFewParties(scope: scope.rawValue, minimum: 2, found: parties.count))
            }
        case .regional:
            if parties.isEmpty {
                sink.error(at: position, AgreementMessages.tooFewParties(scope: scope.rawValue, minimum: 1, found: 0))
            }
        }
    }
}
