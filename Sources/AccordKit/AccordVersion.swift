/// The version of accord, printed by `accord --version` and written into every report.
public enum AccordVersion {
    /// Semantic version of this build.
    public static let current = "0.1.0"
}
