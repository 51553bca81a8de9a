import AccordKit
import ArgumentParser
import Foundation

/// Chooses a rule pack: a folder on disk, or the id of a pack compiled into accord.
enum RulePackChoice {
    /// The files of `name`: a folder if one exists there, else a built-in pack id.
    static func files(_ name: String) throws -> any RulePackFiles {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: name, isDirectory: &isDirectory), isDirectory.boolValue {
            return DirectoryPackFiles(root: name)
        }
        if let files = BuiltInRulePacks.files(for: name) { return files }
        throw ValidationError(
            "'\(name)' is neither a rule-pack folder nor a built-in pack; built-in packs: \(BuiltInRulePacks.ids.joined(separator: ", "))"
        )
    }
}

/// The `--rules` option shared by commands that evaluate.
struct RulePackOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: "A rule-pack folder, or a built-in pack id (default: who-code-2010).")
    var pack: String = BuiltInRulePacks.defaultID

    /// Loads the chosen pack, printing its problems and exiting 1 when it is invalid.
    func load(colored: Bool) throws -> RulePack {
        do {
            return try RulePackLoader().load(try RulePackChoice.files(pack))
        } catch let error as InvalidInputError {
            CommandOutput.report(error.diagnostics, colored: colored)
            throw ExitStatus.invalidInput.exitCode
        }
    }
}
