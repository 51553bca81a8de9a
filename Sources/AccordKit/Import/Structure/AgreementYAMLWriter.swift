import Foundation

/// Writes an imported draft as an agreement file: valid YAML in accord's format, readable by a
/// negotiator who opens it, with every guess marked by a `# check:` comment.
///
/// Hand-written rather than through Yams' emitter because the file carries comments for the
/// negotiator, which an emitter cannot place; every value goes through `scalar(_:)`, and a test
/// loads what it writes back through the loader.
struct AgreementYAMLWriter {
    private var lines: [String] = []

    /// The agreement file for `outline` and `facts`, imported from `fileName`.
    static func yaml(outline: DraftOutline, facts: DraftFacts, fileName: String, format: ImportedDocument.Format) -> String {
        var writer = AgreementYAMLWriter()
        writer.write(outline: outline, facts: facts, fileName: fileName, format: format)
        return writer.lines.joined(separator: "\n") + "\n"
    }

    private mutating func write(outline: DraftOutline, facts: DraftFacts, fileName: String, format: ImportedDocument.Format) {
        let clauses = outline.clauses
        let count = outline.clauseCount
        lines.append("# Imported by accord from \(Self.comment(fileName)) (\(format.displayName)): \(count) clauses.")
        if facts.guesses.isEmpty {
            lines.append("# Check the title, parties and clause ids against the draft before relying on a score.")
        } else {
            lines.append("# Lines marked 'check:' are accord's guesses; correct them before relying on a score.")
        }
        lines.append("version: 1")
        lines.append("agreement:")
        lines.append("  id: \(Self.identifier(facts: facts))")
        lines.append(
            "  title: \(Self.scalar(outline.title ?? "Untitled draft", indent: 4))"
                + (outline.title == nil ? "  # check: no title found" : ""))
        let scope = facts.parties.count == 2 ? "bilateral" : "multilateral"
        lines.append("  scope: \(scope)")
        lines.append("  instrument: \(facts.instrument.rawValue)")
        if let level = facts.level { lines.append("  level: \(level.rawValue)") }
        lines.append("  status: draft")
        if let round = facts.round { lines.append("  round: \(round)") }
        if let date = facts.date { lines.append("  date: \(date)") }
        lines.append("  language: \(facts.language.code)")
        if !facts.professions.isEmpty {
            lines.append("  professions: [\(facts.professions.map(\.rawValue).joined(separator: ", "))]")
        }
        lines.append("  parties:")
        let roleNote = facts.guesses.first { $0.hasPrefix("the roles") }
        for party in facts.parties {
            lines.append("    - country: \(party.country.alpha3)  # \(Self.comment(party.country.name))")
            lines.append("      role: \(party.role.rawValue)" + (roleNote.map { "  # check: \(Self.comment($0))" } ?? ""))
        }
        let notes = outline.header.filter { !$0.isEmpty }
        if !notes.isEmpty {
            lines.append("  notes: \(Self.scalar("Above the title: " + notes.joined(separator: " / "), indent: 4))")
        }
        lines.append("clauses:")
        if !outline.recitals.isEmpty { writePreamble(outline.writtenRecitals) }
        for clause in clauses { writeClause(clause, indent: 2) }
    }

    private mutating func writePreamble(_ parts: [String]) {
        if parts.count == 1 {
            lines.append("  - id: Preamble")
            lines.append("    text: \(Self.scalar(parts[0], indent: 6))")
            return
        }
        lines.append("  - id: Preamble")
        lines.append("    clauses:")
        for (index, recital) in parts.enumerated() {
            lines.append("      - id: \(Self.scalar("Recital \(index + 1)", indent: 8))")
            lines.append("        text: \(Self.scalar(recital, indent: 10))")
        }
    }

    private mutating func writeClause(_ clause: DraftOutline.Clause, indent: Int) {
        let pad = String(repeating: " ", count: indent)
        lines.append("\(pad)- id: \(Self.scalar(clause.id, indent: indent + 4, quoted: true))")
        if let heading = clause.heading, !heading.isEmpty, !(clause.text.isEmpty && clause.clauses.isEmpty) {
            lines.append("\(pad)  heading: \(Self.scalar(heading, indent: indent + 4))")
        }
        if !clause.text.isEmpty {
            lines.append("\(pad)  text: \(Self.scalar(clause.text, indent: indent + 4))")
        } else if clause.clauses.isEmpty, let heading = clause.heading {
            lines.append("\(pad)  text: \(Self.scalar(heading, indent: indent + 4))")
        }
        if !clause.clauses.isEmpty {
            lines.append("\(pad)  clauses:")
            for child in clause.clauses { writeClause(child, indent: indent + 4) }
        }
    }

    /// A kebab-case id from the parties and the year: `draft-zmb-can-2026`.
    private static func identifier(facts: DraftFacts) -> String {
        var parts = ["draft"] + facts.parties.map { $0.country.alpha3.lowercased() }
        if let year = facts.date?.year { parts.append(String(year)) }
        return parts.joined(separator: "-")
    }

    /// Text for a comment: one line, no control characters.
    private static func comment(_ text: String) -> String {
        String(
            text.unicodeScalars.filter { $0.value >= 0x20 && $0 != "\u{7F}" && !$0.properties.isWhitespace || $0 == " " }.map(
                Character.init))
    }

    /// `text` as a YAML value: plain when nothing in it can be misread, a folded block for long
    /// prose, else double-quoted with escapes.
    static func scalar(_ text: String, indent: Int, quoted: Bool = false) -> String {
        let isSimpleProse =
            !text.isEmpty && text.first != " " && text.last != " " && !text.contains("  ")
            && text.unicodeScalars.allSatisfy {
                $0.value >= 0x20 && $0.value != 0x7F && !(0x80...0x9F).contains($0.value) && $0 != "\u{2028}" && $0 != "\u{2029}"
                    && $0 != "\u{FEFF}"
            }
        if !quoted, isSimpleProse, text.count > 60 {
            return ">-\n" + wrap(text, indent: indent)
        }
        if !quoted, isSimpleProse, isPlainSafe(text) { return text }
        return doubleQuoted(text)
    }

    /// Lines of at most about 96 columns, broken at spaces, each indented.
    private static func wrap(_ text: String, indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if !line.isEmpty, line.count + 1 + word.count > 96 - indent {
                lines.append(pad + line)
                line = String(word)
            } else {
                line += (line.isEmpty ? "" : " ") + word
            }
        }
        lines.append(pad + line)
        return lines.joined(separator: "\n")
    }

    /// Whether `text` reads as the same string unquoted.
    private static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        if "-?:,[]{}#&*!|>'\"%@`".contains(first) || first.isNumber { return false }
        if text.contains(": ") || text.contains(" #") || text.hasSuffix(":") { return false }
        let reserved: Set<String> = ["yes", "no", "true", "false", "null", "on", "off", "y", "n", "~"]
        return !reserved.contains(text.lowercased())
    }

    private static func doubleQuoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) || scalar == "\u{2028}"
                    || scalar == "\u{2029}" || scalar == "\u{FEFF}"
                {
                    result += String(format: "\\u%04X", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
