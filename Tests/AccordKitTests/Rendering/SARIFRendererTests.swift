import AccordKit
import AccordTestSupport
import Foundation
import Testing

/// The SARIF 2.1.0 log: one result per gap at the clause or the `clauses` key, a rule for each,
/// levels from severities, valid against the OASIS schema, and byte-identical output.
@Suite("SARIF report")
struct SARIFRendererTests {
    static let contraryDraft = "agreements/drafts/contrary-draft-bilateral-2026.yaml"

    func report(_ relative: String = contraryDraft) throws -> Report {
        let pack = try #require(try BuiltInRulePacks.load())
        let bytes = try Data(contentsOf: RepositoryPaths.root.appendingPathComponent(relative))
        let agreement = try AgreementLoader().load(SourceFile(path: relative, bytes: Array(bytes)))
        return try Engine.report(for: agreement, pack: pack)
    }

    func render(_ report: Report) -> String {
        SARIFRenderer().render(report, options: RenderOptions())
    }

    /// The rendered log's only run.
    func run(of report: Report) throws -> [String: Any] {
        let log = try #require(try JSONSerialization.jsonObject(with: Data(render(report).utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let runs = try #require(log["runs"] as? [[String: Any]])
        try #require(runs.count == 1)
        return runs[0]
    }

    func results(of run: [String: Any]) throws -> [[String: Any]] {
        try #require(run["results"] as? [[String: Any]])
    }

    func rules(of run: [String: Any]) throws -> [[String: Any]] {
        let tool = try #require(run["tool"] as? [String: Any])
        let driver = try #require(tool["driver"] as? [String: Any])
        return try #require(driver["rules"] as? [[String: Any]])
    }

    /// The physical location's start line and artifact of a location object.
    func place(_ location: [String: Any]) throws -> (line: Int, uri: String, base: String?) {
        let physical = try #require(location["physicalLocation"] as? [String: Any])
        let artifact = try #require(physical["artifactLocation"] as? [String: Any])
        let region = try #require(physical["region"] as? [String: Any])
        return (
            try #require(region["startLine"] as? Int), try #require(artifact["uri"] as? String),
            artifact["uriBaseId"] as? String
        )
    }

    @Test(
        "severities map to SARIF levels",
        arguments: [(Severity.critical, "error"), (.major, "warning"), (.minor, "note")]
    )
    func levelMapping(severity: Severity, level: String) {
        #expect(SARIFRenderer.level(forSeverity: severity) == level)
    }

    @Test("one result per gap, in the report's order, with the gap's rule, level and message")
    func oneResultPerGap() throws {
        let report = try report()
        let results = try results(of: try run(of: report))
        try #require(results.count == report.gaps.count)
        #expect(!report.gaps.isEmpty)
        for (gap, result) in zip(report.gaps, results) {
            #expect(result["ruleId"] as? String == (gap.criterion ?? gap.redFlag))
            #expect(result["level"] as? String == SARIFRenderer.level(forSeverity: gap.severity))
            let message = try #require((result["message"] as? [String: Any])?["text"] as? String)
            #expect(message.contains(gap.statement) && message.contains(gap.recommendation))
            let fingerprints = try #require(result["partialFingerprints"] as? [String: String])
            let rule = gap.criterion ?? gap.redFlag ?? ""
            #expect(fingerprints[SARIFRenderer.fingerprintKey] == "\(gap.principle)/\(rule)/\(gap.kind)")
        }
        let levels = Set(results.compactMap { $0["level"] as? String })
        #expect(levels.isSubset(of: ["error", "warning", "note"]) && levels.contains("error"))
    }

    @Test("every result names, by id and by index, a rule that carries help and the Code paragraphs")
    func rulesExist() throws {
        let report = try report()
        let run = try run(of: report)
        let rules = try rules(of: run)
        let ids = rules.compactMap { $0["id"] as? String }
        #expect(ids == ids.sorted() && Set(ids).count == ids.count)
        #expect(Set(ids) == Set(report.gaps.compactMap { $0.criterion ?? $0.redFlag }))
        for result in try results(of: run) {
            let index = try #require(result["ruleIndex"] as? Int)
            try #require(rules.indices.contains(index))
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
        }
        for gap in report.gaps {
            let rule = try #require(rules.first { $0["id"] as? String == (gap.criterion ?? gap.redFlag) })
            let help = try #require(rule["help"] as? [String: String])
            #expect(help["text"]?.contains(gap.recommendation) == true && help["text"]?.contains(gap.modelClause) == true)
            #expect(help["markdown"]?.contains("**Model clause:**") == true)
            #expect((rule["shortDescription"] as? [String: String])?["text"] == gap.statement)
            let properties = try #require(rule["properties"] as? [String: Any])
            #expect(properties["codeParagraphs"] as? [String] == gap.codeParagraphs)
            #expect(properties["principle"] as? String == gap.principle)
            #expect(properties["kind"] as? String == (gap.redFlag == nil ? "criterion" : "red-flag"))
            #expect(properties["severity"] as? String == gap.severity.rawValue)
            for paragraph in gap.codeParagraphs {
                #expect((rule["fullDescription"] as? [String: String])?["text"]?.contains(paragraph) == true)
            }
        }
    }

    @Test("a clause gap points at its first line, the others as related; a missing one at the clauses key")
    func locations() throws {
        let report = try report()
        let results = try results(of: try run(of: report))
        var sawMissing = false
        var sawRelated = false
        for (gap, result) in zip(report.gaps, results) {
            let locations = try #require(result["locations"] as? [[String: Any]])
            try #require(locations.count == 1)
            let primary = try place(locations[0])
            #expect(primary.uri == report.agreement.file && primary.base == "%SRCROOT%")
            let related = try (result["relatedLocations"] as? [[String: Any]] ?? []).map(place)
            if gap.lines.isEmpty {
                sawMissing = true
                #expect(primary.line == report.agreement.clausesLine)
                #expect(related.isEmpty)
            } else {
                #expect(primary.line == gap.lines[0])
                #expect(related.map(\.line) == Array(gap.lines.dropFirst()))
                #expect(related.allSatisfy { $0.uri == report.agreement.file })
                sawRelated = sawRelated || !related.isEmpty
            }
        }
        #expect(sawMissing && sawRelated)
        #expect(report.agreement.clausesLine == 37)
    }

    @Test("the same report renders byte-identically, from a fresh load and from its JSON")
    func deterministic() throws {
        let first = try report()
        let second = try report()
        #expect(render(first) == render(second))
        let roundTripped = try JSONDecoder().decode(Report.self, from: try JSONEncoder().encode(first))
        #expect(render(roundTripped) == render(first))
        #expect(render(first).hasSuffix("}\n") && !render(first).contains("\\/"))
    }

    @Test("an absolute path becomes a file URI, and characters a URI cannot hold are escaped")
    func absolutePath() throws {
        let relative = Self.contraryDraft
        let pack = try #require(try BuiltInRulePacks.load())
        let bytes = try Data(contentsOf: RepositoryPaths.root.appendingPathComponent(relative))
        let agreement = try AgreementLoader().load(SourceFile(path: "/tmp/drafts #2/a%b.yaml", bytes: Array(bytes)))
        let results = try results(of: try run(of: try Engine.report(for: agreement, pack: pack)))
        let locations = try #require(results.first?["locations"] as? [[String: Any]])
        let primary = try place(try #require(locations.first))
        #expect(primary.uri == "file:///tmp/drafts%20%232/a%25b.yaml" && primary.base == nil)
    }

    @Test("every corpus report is a valid SARIF 2.1.0 log (scripts/check-sarif.py)")
    func validatesAgainstSchema() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accord-sarif-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let agreements =
            RepositoryPaths.yamlFiles(under: RepositoryPaths.agreements)
            .map { String($0.dropFirst(RepositoryPaths.root.path.count + 1)) }
        try #require(agreements.contains(Self.contraryDraft))
        var files: [String] = []
        for (index, agreement) in agreements.enumerated() {
            let file = folder.appendingPathComponent("\(index).sarif")
            try Data(render(try report(agreement)).utf8).write(to: file)
            files.append(file.path)
        }
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", RepositoryPaths.root.appendingPathComponent("scripts/check-sarif.py").path] + files
        let output = Pipe()
        python.standardOutput = output
        python.standardError = output
        try python.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        python.waitUntilExit()
        #expect(python.terminationStatus == 0, "\(text)")
        #expect(text.contains("\(files.count) SARIF log(s) checked, 0 failed"))
    }
}
