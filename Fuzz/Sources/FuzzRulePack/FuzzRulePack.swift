import AccordKit

/// The files of the small test pack (`Tests/Fixtures/packs/mini`), read once: an input replaces
/// some of them, and a small pack keeps each run fast.
private let basePack: [String: String] = {
    let root = String(#filePath.split(separator: "/").dropLast(4).joined(separator: "/"))
    let folder = "/" + root + "/Tests/Fixtures/packs/mini/"
    var files: [String: String] = [:]
    for path in ["pack.yaml", "list.yaml", "principles/recruitment.yaml", "principles/return.yaml"] {
        guard let file = try? SourceFile.read(path: folder + path, limits: .default) else {
            fatalError("cannot read the base pack at \(folder)")
        }
        files[path] = String(decoding: file.bytes, as: UTF8.self)
    }
    return files
}()

/// The pack files an input stands for: the input is `pack.yaml`, or, when it starts with a line
/// `#### PATH`, one or more sections each replacing the file at PATH; other files are the base pack's.
func packFiles(from bytes: [UInt8]) -> [String: String] {
    var files = basePack
    let text = String(decoding: bytes, as: UTF8.self)
    guard text.hasPrefix("#### ") else {
        files["pack.yaml"] = text
        return files
    }
    var path: String?
    var lines: [Substring] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        if line.hasPrefix("#### ") {
            if let path { files[path] = lines.joined(separator: "\n") }
            path = String(line.dropFirst(5))
            lines = []
        } else {
            lines.append(line)
        }
    }
    if let path { files[path] = lines.joined(separator: "\n") }
    return files
}

/// One input: the pack loaded, its terms compiled with the English grammar and its examples run.
///
/// A crash, a hang (`-timeout`) or too much memory (`-rss_limit_mb`) is a finding; a located
/// error for a bad pack is the expected answer, so its diagnostics are rendered too.
func fuzzRulePack(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let files = EmbeddedPackFiles(
        root: "fuzz", files: packFiles(from: Array(UnsafeBufferPointer(start: data, count: data == nil ? 0 : size))))
    do {
        let pack = try RulePackLoader().load(files)
        guard let grammar = BuiltInGrammars.grammar(for: "en") else { return 0 }
        _ = RuleExampleRunner(compiled: CompiledPack(pack: pack, grammar: grammar)).run()
    } catch {
        for diagnostic in error.diagnostics { _ = diagnostic.formatted(colored: true) }
    }
    return 0
}
