/// The one error the loaders throw: a file could not be loaded, and here is every reason why.
///
/// Thrown only when a file cannot be used at all; the diagnostics inside say where and why.
public struct InvalidInputError: Error, Sendable {
    /// The file that could not be loaded, as the user named it.
    public let file: String
    /// Every problem found, sorted by position.
    public let diagnostics: [Diagnostic]

    /// Creates the error from the problems found in `file`.
    public init(file: String, diagnostics: [Diagnostic]) {
        self.file = file
        self.diagnostics = diagnostics.sorted()
    }
}
