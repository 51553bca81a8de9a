import Foundation

/// The labelled clauses under the paths a user names: CSV files, or folders searched recursively
/// for them, in the byte order of their paths.
public struct LabelledSet: Sendable {
    /// Every clause read, in file order.
    public let clauses: [LabelledClause]
    /// The files read.
    public let files: [String]
    /// The problems of files that could not be read; their clauses are left out.
    public let diagnostics: [Diagnostic]

    /// Reads every labelled file under `paths`, checking labels against `principles` and that each
    /// clause is in one of `languages`.
    public static func load(_ paths: [String], principles: [String], languages: [String] = [LanguageCode.english.code])
        -> LabelledSet
    {
        let reader = LabelledClauseReader(principles: principles, languages: languages)
        var clauses: [LabelledClause] = []
        var files: [String] = []
        var diagnostics: [Diagnostic] = []
        var firstFileOf: [String: String] = [:]
        for path in paths.flatMap(csvFiles(under:)) {
            do {
                let read = try reader.read(try SourceFile.read(path: path))
                files.append(path)
                for clause in read {
                    if let first = firstFileOf[clause.id] {
                        diagnostics.append(
                            Diagnostic(
                                at: clause.location, "id '\(clause.id)' is also used in \(first); ids must be unique across files"
                            ))
                    } else {
                        firstFileOf[clause.id] = path
                        clauses.append(clause)
                    }
                }
            } catch {
                diagnostics += error.diagnostics
            }
        }
        return LabelledSet(clauses: clauses, files: files, diagnostics: diagnostics)
    }

    /// `path` itself when it is not a folder (so a missing file is reported when read), else the
    /// `.csv` files under it.
    static func csvFiles(under path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return [path]
        }
        let found = ((try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? [])
            .filter { $0.hasSuffix(".csv") && !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
            .map { (path.hasSuffix("/") ? path : path + "/") + $0 }
        return found.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }
}
