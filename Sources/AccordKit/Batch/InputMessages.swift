/// The messages of collecting input files from the paths a user names.
enum InputMessages {
    static let noYAMLFiles = "folder holds no .yaml, .yml, .docx or .odt files"

    static func unreadableFolder(_ reason: String) -> String {
        "cannot read the folder: \(reason); its files were not checked"
    }

    static func nameNotUTF8(folder: Bool) -> String {
        (folder ? "cannot read the folder" : "cannot read the file")
            + ": its name is not valid UTF-8 (invalid bytes shown as \\xNN); rename it"
    }

    static func packSkipped(_ count: Int) -> String {
        "skipped \(count) file\(count == 1 ? "" : "s") in this folder: it is a rule pack (it holds pack.yaml);"
            + " name a file to score it as an agreement"
    }

    static func notRegular(_ kind: String) -> String {
        "skipped: named like YAML but it is \(kind), not a regular file"
    }

    /// `name` as text, each byte that is not part of valid UTF-8 written `\xNN`.
    static func showingInvalidBytes(_ name: some Collection<UInt8>) -> String {
        var shown = ""
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = name.makeIterator()
        var offset = 0
        let bytes = Array(name)
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                shown.unicodeScalars.append(Unicode.UTF8.decode(encoded))
                offset += encoded.count
            case .error(let length):
                for byte in bytes[offset..<(offset + length)] {
                    let hex = String(byte, radix: 16, uppercase: true)
                    shown += "\\x" + (hex.count == 1 ? "0" : "") + hex
                }
                offset += length
            case .emptyInput:
                return shown
            }
        }
    }
}
