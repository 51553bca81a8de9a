import AccordKit

/// The built-in WHO Code pack, loaded once: the fuzzer varies agreements, not the pack.
private let assessor: Assessor = {
    guard let pack = try? BuiltInRulePacks.load() else { fatalError("the built-in pack does not load") }
    return Assessor(pack: pack)
}()

/// One input: the bytes as an agreement file, scored, and its report written in every format,
/// including the diff and comparison of the agreement with itself.
///
/// A crash, a hang (`-timeout`) or too much memory (`-rss_limit_mb`) is a finding; a located
/// error for bad input is the expected answer, so its diagnostics are rendered too.
func fuzzAgreement(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let file = SourceFile(path: "fuzz.yaml", bytes: Array(UnsafeBufferPointer(start: data, count: data == nil ? 0 : size)))
    switch assessor.assess(file) {
    case .failure(let error):
        for diagnostic in error.diagnostics { _ = diagnostic.formatted(colored: true) }
    case .success(let scored):
        render(scored)
    }
    return 0
}

/// Every renderer of a scored agreement: each report format with each option, the batch CSV row and
/// JSON line, the diff and the comparison of the agreement with itself.
private func render(_ scored: ScoredAgreement) {
    let report = scored.report()
    for format in OutputFormat.allCases {
        for detail in RenderOptions.Detail.allCases {
            for explain in [false, true] {
                _ = format.renderer.render(report, options: RenderOptions(colored: true, explain: explain, detail: detail))
            }
        }
    }
    _ = JSONLinesRenderer().render(report, options: RenderOptions())
    _ = CSVRenderer.summaryRow(scored)
    let agreement = scored.evaluation.agreement
    let diff = AgreementDiff.make(old: agreement, new: agreement, oldReport: report, newReport: report)
    for format in DiffFormat.allCases { _ = format.render(diff, colored: true) }
    if let comparison = try? Comparison.make([report, report]) {
        for format in ComparisonFormat.allCases { _ = format.render(comparison, colored: true) }
    }
}
