import CSV

/// Reads labelled clause files (`docs/labelling-guide.md`): RFC 4180 CSV with a fixed header,
/// checked row by row, every problem reported at its row's line in one pass.
public struct LabelledClauseReader: Sendable {
    /// The columns, in the order a file must have them.
    public static let columns = ["id", "split", "register", "section", "parties", "text", "provides", "contrary", "kind", "note"]
    /// The optional last column: the clause's ISO 639-1 language, English when the file has no such
    /// column.
    public static let languageColumn = "language"

    /// The principle ids labels may name: the rule pack's.
    let principles: Set<String>
    /// The languages clauses may be written in: those the rule pack can read.
    let languages: [String]

    /// A reader that accepts labels naming `principles`, on clauses in `languages`.
    public init(principles: some Sequence<String>, languages: [String] = [LanguageCode.english.code]) {
        self.principles = Set(principles)
        self.languages = languages
    }

    /// The labelled clauses of `file`.
    ///
    /// - Throws: `InvalidInputError` with every problem, each at its row's line.
    public func read(_ file: SourceFile) throws(InvalidInputError) -> [LabelledClause] {
        var problems: [Diagnostic] = []
        func problem(_ line: Int, _ message: String) {
            problems.append(Diagnostic(at: Location(file: file.path, position: TextPosition(line: line, column: 1)), message))
        }
        guard let text = String(validating: file.bytes, as: UTF8.self) else {
            throw InvalidInputError(
                file: file.path,
                diagnostics: [Diagnostic(at: Location(file: file.path, position: nil), "the file is not valid UTF-8")])
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text)
        } catch {
            throw InvalidInputError(
                file: file.path,
                diagnostics: [Diagnostic(at: Location(file: file.path, position: nil), "the file cannot be read as CSV")])
        }
        var clauses: [LabelledClause] = []
        var line = 1
        var header: [String]?
        var firstLineOf: [String: Int] = [:]
        while let row = reader.next() {
            let rowLine = line
            // A record spans one line plus the line breaks inside its quoted fields.
            line += 1 + row.reduce(0) { $0 + $1.utf8.count { $0 == UInt8(ascii: "\n") } }
            guard header != nil else {
                header = row
                if row != Self.columns && row != Self.columns + [Self.languageColumn] {
                    problem(
                        rowLine,
                        "the header must be '\(Self.columns.joined(separator: ","))', optionally followed by ',\(Self.languageColumn)', found '\(row.joined(separator: ","))'"
                    )
                    break
                }
                continue
            }
            if row.count == 1, row[0].isEmpty { continue }
            guard let header, row.count == header.count else {
                problem(rowLine, "a row needs \(header?.count ?? Self.columns.count) fields, found \(row.count)")
                continue
            }
            let location = Location(file: file.path, position: TextPosition(line: rowLine, column: 1))
            if let clause = readRow(row, at: location, problem: { problem(rowLine, $0) }) {
                if let first = firstLineOf[clause.id] {
                    problem(rowLine, "id '\(clause.id)' is used again; it was first used at line \(first)")
                } else {
                    firstLineOf[clause.id] = rowLine
                    clauses.append(clause)
                }
            }
        }
        if header == nil { problem(1, "the file is empty; expected the header '\(Self.columns.joined(separator: ","))'") }
        if !problems.isEmpty { throw InvalidInputError(file: file.path, diagnostics: problems) }
        return clauses
    }

    /// One row as a clause, or nil after reporting what is wrong with it.
    private func readRow(_ row: [String], at location: Location, problem: (String) -> Void) -> LabelledClause? {
        let fields = row.map(\.trimmingWhitespace)
        func field(_ name: String) -> String {
            (Self.columns + [Self.languageColumn]).firstIndex(of: name).flatMap { $0 < fields.count ? fields[$0] : nil } ?? ""
        }
        var valid = true
        func fail(_ message: String) {
            problem(message)
            valid = false
        }
        let id = field("id")
        if id.isEmpty { fail("the id is empty") }
        let split = LabelledClause.Split(rawValue: field("split"))
        if split == nil { fail("split '\(field("split"))' is not one of \(Self.list(LabelledClause.Split.allCases))") }
        let section = LabelledClause.Section(rawValue: field("section"))
        if section == nil { fail("section '\(field("section"))' is not one of \(Self.list(LabelledClause.Section.allCases))") }
        if field("text").isEmpty { fail("the text is empty") }
        var parties: [LabelledParty] = []
        for item in field("parties").split(whereSeparator: \.isWhitespace) {
            let pieces = item.split(separator: ":", omittingEmptySubsequences: false)
            if pieces.count == 2, let role = PartyRole(rawValue: String(pieces[0])), let country = CountryCode(String(pieces[1]))
            {
                parties.append(LabelledParty(role: role, country: country))
            } else {
                fail("party '\(item)' should be a role and an ISO 3166-1 alpha-3 code, such as 'origin:KEN'")
            }
        }
        var provides: [String: Strength] = [:]
        for item in field("provides").split(whereSeparator: \.isWhitespace) {
            let pieces = item.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            guard pieces.count == 2 else {
                fail("provides '\(item)' should be a principle and a strength, such as 'equal-treatment:binding'")
                continue
            }
            if !principles.contains(pieces[0]) {
                fail("provides names principle '\(pieces[0])', which the rule pack does not have")
            }
            guard let strength = Strength(rawValue: pieces[1]), strength != .none else {
                fail("provides '\(item)' has strength '\(pieces[1])'; expected binding, hortatory or mention")
                continue
            }
            if provides[pieces[0]] != nil { fail("provides names principle '\(pieces[0])' twice") }
            provides[pieces[0]] = strength
        }
        var contrary: Set<String> = []
        for item in field("contrary").split(whereSeparator: \.isWhitespace).map(String.init) {
            if !principles.contains(item) { fail("contrary names principle '\(item)', which the rule pack does not have") }
            contrary.insert(item)
        }
        let languageField = field(Self.languageColumn)
        let language = languageField.isEmpty ? LanguageCode.english : LanguageCode(languageField)
        if language == nil {
            fail("language '\(languageField)' is not an ISO 639-1 code such as en, fr or es")
        } else if let language, !languages.contains(language.code) {
            fail("the rule pack cannot read clauses in '\(language.code)'; it reads \(languages.joined(separator: ", "))")
        }
        guard valid, let split, let section, let language else { return nil }
        return LabelledClause(
            id: id, split: split, register: field("register"), section: section,
            parties: parties.isEmpty ? LabelledClause.defaultParties : parties, text: field("text"), provides: provides,
            contrary: contrary, kind: field("kind"), note: field("note"), language: language, location: location)
    }

    private static func list<Value: RawRepresentable<String>>(_ values: [Value]) -> String {
        values.map { "'\($0.rawValue)'" }.joined(separator: ", ")
    }
}
