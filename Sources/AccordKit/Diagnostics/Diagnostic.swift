/// A problem with an input file: what is wrong, where, and what was expected.
///
/// Diagnostics are values, collected rather than thrown, so that one pass reports every problem of a
/// file and one bad file never stops a batch. They are distinct from *findings*, which are gaps in a
/// valid agreement. Each carries the text of its source line, so it can be printed long after the
/// file's bytes are gone.
public struct Diagnostic: Sendable, Hashable, Comparable {
    /// How serious a diagnostic is; only errors make a file invalid.
    public enum Severity: String, Sendable, Hashable {
        /// The file cannot be used as it is.
        case error
        /// The file can be used, but something in it is probably a mistake.
        case warning
    }

    /// Whether the problem makes the file invalid.
    public let severity: Severity
    /// Where the problem is.
    public let location: Location
    /// One sentence: what is wrong, and what was expected.
    public let message: String
    /// The text of the line at `location`, without its line break, for the snippet under the message.
    public let sourceLine: String?

    /// Creates a diagnostic.
    public init(_ severity: Severity = .error, at location: Location, _ message: String, sourceLine: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.sourceLine = sourceLine
    }

    /// Diagnostics sort by file, then position, then message, so output order never depends on check order.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        return lhs.message < rhs.message
    }
}

extension Array where Element == Diagnostic {
    /// True when any diagnostic is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }
}
