import AccordKit

/// The built-in WHO Code pack, loaded once: the fuzzer varies drafts, not the pack.
private let assessor: Assessor = {
    guard let pack = try? BuiltInRulePacks.load() else { fatalError("the built-in pack does not load") }
    return Assessor(pack: pack)
}()

/// One input: the bytes as a draft document, imported and, when they import, scored and reported.
///
/// A ZIP package ("PK" first) is read as a .docx and as an .odt, anything else as text and as
/// Markdown, so mutations of the fixture documents reach the XML readers and of the text drafts the
/// line readers. A located error for bad input is the expected answer; a crash, a hang or too much
/// memory is a finding.
func fuzzDraft(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: data == nil ? 0 : size))
    let names = bytes.starts(with: [0x50, 0x4B]) ? ["fuzz.docx", "fuzz.odt"] : ["fuzz.txt", "fuzz.md"]
    for name in names {
        switch assessor.assess(SourceFile(path: name, bytes: bytes)) {
        case .failure(let error):
            for diagnostic in error.diagnostics { _ = diagnostic.formatted(colored: true) }
        case .success(let scored):
            let report = scored.report()
            for format in [OutputFormat.text, .markdown, .html, .json] {
                _ = format.renderer.render(report, options: RenderOptions(colored: true))
            }
        }
    }
    return 0
}
