import AccordTestSupport
import Foundation
import Testing

/// Text that reaches a terminal from an input (clause text, ids, titles, file names, values quoted
/// in messages) shows its control and bidi characters as visible escapes and cannot act on the terminal.
@Suite("terminal escaping")
struct TerminalEscapingTests {
    static let hostile = "Tests/Fixtures/hostile/control-characters.yaml"
    static let weak = "agreements/drafts/weak-draft-bilateral-2026.yaml"
    static let title = #"Short\u{1B}]8;;https://evil.example/\u{1B}\link\u{1B}]8;;\u{1B}\ title \u{202E}evil Café"#

    /// Scalars that would act on a terminal: C0 controls but the line break, DEL, C1, bidi controls.
    static func unsafeScalars(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { scalar in
            switch scalar.value {
            case 0x0A: false
            case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: true
            default: false
            }
        }
    }

    @Test("score: titles, clause ids and quoted clause text are escaped, ordinary letters kept")
    func score() throws {
        let result = try AccordProcess.run(["score", Self.hostile, "--explain"])
        #expect(result.status == 0)
        #expect(Self.unsafeScalars(result.standardOutput).isEmpty)
        let lines = result.standardOutput.components(separatedBy: "\n")
        #expect(lines.first == Self.title + " (hostile-terminal)")
        #expect(
            lines.contains(
                #"  CRITICAL contrary ethical-recruitment / fees-charged-to-workers — clause 1\u{1B}[2K (line 25)"#))
        #expect(
            lines.contains {
                $0.hasPrefix(
                    #"          clause 1\u{1B}[2K, line 25: “charge the health\u{D} professional” [permissive, affirmed]"#)
            })
    }

    @Test("compare and diff: ids, titles and clause excerpts are escaped")
    func compareAndDiff() throws {
        let compare = try AccordProcess.run(["compare", Self.hostile, Self.weak])
        #expect(compare.status == 0)
        #expect(Self.unsafeScalars(compare.standardOutput).isEmpty)
        #expect(compare.standardOutput.contains("  0.0 F  27 gaps, 1 red flags  \(Self.title)\n"))
        #expect(compare.standardOutput.contains(#"FLAG   -        [1] 1\u{1B}[2K"# + "\n"))
        let diff = try AccordProcess.run(["diff", Self.weak, Self.hostile])
        #expect(diff.status == 0)
        #expect(Self.unsafeScalars(diff.standardOutput).isEmpty)
        #expect(diff.standardOutput.contains("\n  new: \(Self.hostile) · \(Self.title)\n"))
        #expect(diff.standardOutput.contains("\n      clause 1" + #"\u{1B}[2K"# + " (new, line 25, added)\n"))
    }

    @Test("validate and batch: the path, the quoted value and the source line are escaped; the caret follows")
    func diagnostics() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accord-tty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("x\u{1B}]0;t\u{07}.yaml")
        // A raw ESC is not allowed in YAML, so libyaml stops at it and the line is quoted.
        try Data("version: 1\nagreement: {id: \u{1B}[2J\rall good, x: 1}\n".utf8).write(to: file)
        let shownPath = folder.path + #"/x\u{1B}]0;t\u{7}.yaml"#
        let validate = try AccordProcess.run(["validate", file.path])
        #expect(validate.status == 1)
        #expect(Self.unsafeScalars(validate.standardError).isEmpty)
        let expected = """
            \(shownPath):2:17: error: file holds a character that YAML does not allow (control characters are not allowed)
             2 | agreement: {id: \\u{1B}[2J\\u{D}all good, x: 1}
               |                 ^

            """
        #expect(validate.standardError == expected)
        let batch = try AccordProcess.run(["batch", folder.path])
        #expect(batch.status == 1)
        #expect(Self.unsafeScalars(batch.standardError).isEmpty)
        #expect(batch.standardError.hasPrefix(expected))
    }
}
