/// Every constant of the scoring model, as `docs/scoring.md` states them.
///
/// Change a number here and in the document together, and bump `version`: reports carry it so a
/// researcher can tell which model produced a score.
public enum ScoringModel {
    /// Version of the scoring model, written into every report.
    public static let version = "1"

    /// The value of a strength; a criterion earns `value(strength) / value(required)`, at most 1.
    public static func value(of strength: Strength) -> Double {
        switch strength {
        case .binding: 1.0
        case .hortatory: 0.5
        case .mention: 0.25
        case .none: 0
        }
    }

    /// The share of a criterion's weight it earns.
    public static func credit(_ strength: Strength, required: Strength) -> Double {
        min(1, value(of: strength) / value(of: required))
    }

    /// Points a raised red flag takes off its principle's score.
    public static func principlePenalty(_ severity: Severity) -> Double {
        switch severity {
        case .critical: 30
        case .major: 20
        case .minor: 10
        }
    }

    /// Points a raised red flag takes off the overall score, on top of its principle's penalty.
    public static func overallPenalty(_ severity: Severity) -> Double {
        switch severity {
        case .critical: 10
        case .major: 5
        case .minor: 2
        }
    }

    /// Grade bands, highest first: the grade of a score is the first band it reaches.
    public static let gradeBands: [(grade: String, minimum: Double)] = [
        ("A", 85), ("B", 70), ("C", 55), ("D", 40), ("E", 25), ("F", 0),
    ]

    /// The grade of an overall score.
    public static func grade(for score: Double) -> String {
        gradeBands.first { score >= $0.minimum }?.grade ?? "F"
    }

    /// Rounds to one decimal, halves away from zero, as scores are reported.
    public static func rounded(_ value: Double) -> Double {
        (value * 10).rounded(.toNearestOrAwayFromZero) / 10
    }
}
