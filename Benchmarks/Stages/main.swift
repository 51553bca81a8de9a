import AccordKit
import AccordText
import Foundation

// Times each stage of scoring, in process and on one core, over the files of a folder, so that
// the cost of each stage per agreement is visible without a profiler's attribution.
// Usage: swift run -c release accord-stages DIR [ROUNDS]
// ACCORD_STAGES_ONLY=NAME repeats only the stage whose name starts with NAME (the others run once), so
// a profiler's figures belong to that stage.

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: accord-stages DIR [ROUNDS]\n".utf8))
    exit(2)
}
let rounds = arguments.count > 2 ? Int(arguments[2]) ?? 1 : 1
let folder = URL(fileURLWithPath: arguments[1])
let paths = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
    .map { folder.appendingPathComponent($0).path }

let onlyStage = ProcessInfo.processInfo.environment["ACCORD_STAGES_ONLY"]

/// Seconds spent in `body`, which runs once per round (once only when another stage is profiled).
func measure(_ name: String, _ body: () throws -> Void) rethrows {
    let repeats = onlyStage.map { name.hasPrefix($0) } ?? true ? rounds : 1
    let start = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<repeats { try body() }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 / Double(repeats)
    let perAgreement = seconds / Double(paths.count) * 1e6
    print(
        name.padding(toLength: 22, withPad: " ", startingAt: 0),
        String(format: "%8.1f ms  %7.1f µs/agreement", seconds * 1e3, perAgreement))
}

let packStart = DispatchTime.now().uptimeNanoseconds
guard let pack = try BuiltInRulePacks.load() else { fatalError("the built-in pack is missing") }
let assessor = Assessor(pack: pack)
guard let compiled = assessor.compiled(for: "en") else { fatalError("the English grammar is missing") }
print("pack load and compile", String(format: "%.1f ms", Double(DispatchTime.now().uptimeNanoseconds - packStart) / 1e6))
let evaluator = Evaluator(compiled: compiled)
let loader = AgreementLoader()

var files: [SourceFile] = []
try measure("read files") { files = try paths.map { try SourceFile.read(path: $0) } }
measure("YAML compose") {
    for file in files { _ = YAMLReader.read(file, limits: .default, into: DiagnosticSink(file: file)) }
}
var agreements: [Agreement] = []
try measure("load (YAML + model)") { agreements = try files.map { try loader.load($0) } }
let texts = agreements.flatMap { $0.allClauses.compactMap(\.text) }
var analyses: [AnalyzedText] = []
measure("analyze text") { analyses = texts.map { compiled.analyzer.analyze($0) } }
measure("term occurrences") { for analysis in analyses { _ = compiled.terms.occurrences(in: analysis) } }
var evaluations: [Evaluation] = []
measure("evaluate (all)") { evaluations = agreements.map(evaluator.evaluate) }
var scored: [ScoredAgreement] = []
measure("score card") { scored = evaluations.map { ScoredAgreement(evaluation: $0, card: Scorer.score($0), pack: pack) } }
// What `accord batch --format csv` writes: a row from the score card, no report.
measure("CSV rows") { for agreement in scored { _ = CSVRenderer.line(CSVRenderer.summaryRow(agreement)) } }
// What JSON Lines and `accord score` need on top: the full report (evidence lines are found here).
measure("full report") { _ = scored.map { $0.report() } }
print("\(paths.count) agreements, \(texts.count) clause texts, \(texts.reduce(0) { $0 + $1.utf8.count }) text bytes")
// ACCORD_STAGES_TERMS=1 also prints the shape of the pack's term table and of the analysed text.
if ProcessInfo.processInfo.environment["ACCORD_STAGES_TERMS"] != nil {
    let alternatives = compiled.terms.terms.flatMap(\.alternatives)
    print(
        "terms \(compiled.terms.terms.count), alternatives \(alternatives.count), multi-word \(alternatives.filter { $0.count > 1 }.count)"
    )
    var byFirst: [String: Int] = [:]
    for alternative in alternatives { byFirst[alternative[0], default: 0] += 1 }
    print("most alternatives by first word:", byFirst.sorted { $0.value > $1.value }.prefix(15).map { "\($0.key) \($0.value)" })
    let tokens = analyses.reduce(0) { $0 + $1.tokens.count }
    let known = analyses.reduce(0) { $0 + $1.tokens.filter { $0.word >= 0 }.count }
    print("tokens \(tokens), known words \(known), parts \(analyses.reduce(0) { $0 + $1.parts.count })")
    let found = analyses.map { compiled.terms.occurrences(in: $0) }
    let perClause = found.map { occurrences in compiled.terms.terms.indices.reduce(0) { $0 + occurrences.ranges(of: $1).count } }
    print(
        "term occurrences \(perClause.reduce(0, +)), clauses over 64: \(perClause.filter { $0 > 64 }.count),",
        "most in a clause \(perClause.max() ?? 0)")
}
