import AccordKit
import Testing

/// Loads marked agreement YAML and checks that exactly the expected diagnostics come out.
///
/// Missing, different and unexpected diagnostics all fail: an extra diagnostic is a bug too.
func expectDiagnostics(
    _ marked: String,
    _ expected: [(marker: String, message: String)],
    file: String = "test.yaml",
    limits: LoadLimits = .default,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let text = MarkedText(marked)
    let outcome = AgreementLoader(limits: limits).diagnose(SourceFile(path: file, text: text.text))
    let actual = outcome.diagnostics.map { "\($0.location): \($0.severity.rawValue): \($0.message)" }
    let wanted =
        expected
        .map { (Location(file: file, position: text.position($0.marker)), $0.message) }
        .sorted { $0.0 == $1.0 ? $0.1 < $1.1 : $0.0 < $1.0 }
        .map { "\($0.0): error: \($0.1)" }
    #expect(actual == wanted, sourceLocation: sourceLocation)
    if !wanted.isEmpty {
        #expect(outcome.agreement == nil, "an agreement with errors must not load", sourceLocation: sourceLocation)
    }
}

/// A valid bilateral agreement; tests change one thing in it at a time.
let minimalAgreement = """
    version: 1
    agreement:
      id: gbr-ken-test
      title: Test agreement
      scope: bilateral
      instrument: agreement
      status: signed
      signed: 2021-07-29
      parties:
        - country: GBR
          role: destination
        - country: KEN
          role: origin
      sources:
        - id: test
          title: Test source
          publisher: accord tests
          year: 2026
          text: verbatim
    clauses:
      - id: "1"
        text: No recruitment fees shall be charged to health workers.

    """
