import Foundation

/// Finds the rule pack a user names: a pack folder on disk, or a built-in pack id.
///
/// Every front end resolves `--rules` here, so a name means the same everywhere.
public enum RulePackResolver {
    /// A name that is neither a folder nor a built-in pack: a usage error, not invalid input.
    public struct UnknownPack: Error, Sendable, CustomStringConvertible {
        public let name: String

        public var description: String {
            "'\(name)' is neither a rule-pack folder nor a built-in pack; built-in packs: "
                + BuiltInRulePacks.ids.joined(separator: ", ")
        }
    }

    /// The files of `name`: a folder if one exists there, else a built-in pack id.
    public static func files(_ name: String) throws(UnknownPack) -> any RulePackFiles {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: name, isDirectory: &isDirectory), isDirectory.boolValue {
            return DirectoryPackFiles(root: name)
        }
        if let files = BuiltInRulePacks.files(for: name) { return files }
        throw UnknownPack(name: name)
    }

    /// The pack `name` resolves to, loaded; its language files are read when first needed.
    ///
    /// - Throws: `UnknownPack` when nothing has that name; `InvalidInputError` when the pack has
    ///   problems.
    public static func load(_ name: String) throws -> RulePack {
        try RulePackLoader().load(try files(name), readingLanguages: false)
    }
}
