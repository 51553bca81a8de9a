import AccordGenerators
import Foundation

// Regenerates every derived Swift source from its data (iso-codes tables, and later the built-in rule packs).
// Usage: swift run generate-accord [REPOSITORY_ROOT] [ISO_CODES_JSON_DIRECTORY]
let arguments = CommandLine.arguments.dropFirst()
let root = URL(fileURLWithPath: arguments.first ?? FileManager.default.currentDirectoryPath)
let isoCodes = URL(fileURLWithPath: arguments.dropFirst().first ?? ISOTables.defaultDataDirectory)

do {
    for file in GeneratedFile.all {
        let contents = try file.render(root, isoCodes)
        let url = root.appendingPathComponent(file.path)
        let existing = try? String(contentsOf: url, encoding: .utf8)
        if existing != contents {
            try contents.write(to: url, atomically: true, encoding: .utf8)
            print("wrote \(file.path)")
        } else {
            print("unchanged \(file.path)")
        }
    }
} catch {
    FileHandle.standardError.write(Data("generate-accord: error: \(error)\n".utf8))
    exit(1)
}
