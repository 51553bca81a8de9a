/// Collects the diagnostics of one file without throwing, attaching each one's source line.
///
/// Loaders report into a sink and keep going, so a file's problems all come out in one pass.
public final class DiagnosticSink {
    /// The file being read.
    public let file: SourceFile
    /// Everything reported so far, in the order reported.
    public private(set) var diagnostics: [Diagnostic] = []

    /// Creates an empty sink for `file`.
    public init(file: SourceFile) {
        self.file = file
    }

    /// True once any error has been reported.
    public var hasErrors: Bool { diagnostics.containsErrors }

    /// Reports an error at `position` (or the whole file when nil).
    public func error(at position: TextPosition?, _ message: String) {
        report(.error, at: position, message)
    }

    /// Reports a warning at `position`.
    public func warning(at position: TextPosition?, _ message: String) {
        report(.warning, at: position, message)
    }

    /// Where the file's lines start, found on the first report: a file with thousands of problems
    /// walked the whole file from its start once per problem to quote each line.
    private var lineStarts: [Int]?

    private func sourceLine(_ line: Int) -> String? {
        if lineStarts == nil { lineStarts = file.lineStarts() }
        return lineStarts.flatMap { file.lineText(at: line, lineStarts: $0) }
    }

    private func report(_ severity: Diagnostic.Severity, at position: TextPosition?, _ message: String) {
        diagnostics.append(
            Diagnostic(
                severity,
                at: Location(file: file.path, position: position),
                message,
                sourceLine: position.flatMap { sourceLine($0.line) }
            )
        )
    }
}
