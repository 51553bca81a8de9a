/// The messages of file reading and YAML composition, each saying what is wrong and what was expected.
enum LoadMessages {
    static func fileTooLarge(bytes: Int, limit: Int) -> String {
        "file is \(bytes.groupedDigits) bytes, over the file-size limit of \(limit.groupedDigits) bytes"
            + " (\(limit / (1024 * 1024)) MiB); accord's files are expected to be well under 1 MiB"
    }

    /// For input whose size was not known before reading (a pipe, a device): it was read one byte
    /// past the limit and no further, so its real size is unknown.
    static func inputTooLarge(limit: Int) -> String {
        "input is more than \(limit.groupedDigits) bytes, the file-size limit (\(limit / (1024 * 1024)) MiB);"
            + " it is not a regular file, so it was read up to the limit and no further"
    }

    static let utf16 = "file is encoded in UTF-16; accord reads UTF-8 only, so save the file as UTF-8"

    static func notUTF8(byte: UInt8) -> String {
        let hex = String(byte, radix: 16, uppercase: true)
        return "file is not valid UTF-8: byte 0x\(hex.count == 1 ? "0" + hex : hex) does not start a valid character;"
            + " save the file as UTF-8"
    }

    static let emptyFile = "file is empty; expected one YAML document"

    static let secondDocument =
        "a second YAML document starts here; expected exactly one document per file (remove the '---' or split the file)"

    static func tooDeep(limit: Int) -> String {
        "nesting is deeper than the depth limit of \(limit) levels; agreements, rule packs and grammars need fewer than 10"
    }

    static func tooManyNodes(limit: Int) -> String {
        "file has more than \(limit.groupedDigits) YAML nodes, over the node limit (aliases count at their expanded size)"
    }

    static func aliasTooLarge(_ name: String, weight: Int, limit: Int) -> String {
        "alias '*\(name)' expands to \(weight.groupedDigits) nodes, which takes the file over the node limit of"
            + " \(limit.groupedDigits) (aliases count at their expanded size)"
    }

    static func tooMuchText(limit: Int) -> String {
        "file has more than \(limit.groupedDigits) bytes of text, over the text limit\(mebibytes(limit))"
            + " (aliases count at their expanded size)"
    }

    static func aliasTextTooLarge(_ name: String, bytes: Int, limit: Int) -> String {
        "alias '*\(name)' expands to \(bytes.groupedDigits) bytes of text, which takes the file over the text limit of"
            + " \(limit.groupedDigits) bytes (\(mebibytesWord(limit))aliases count at their expanded size)"
    }

    /// " of 4 MiB" for a whole number of MiB, else nothing: messages show round limits in MiB too.
    private static func mebibytes(_ bytes: Int) -> String {
        bytes % (1024 * 1024) == 0 ? " of \(bytes / (1024 * 1024)) MiB" : " of \(bytes.groupedDigits) bytes"
    }

    /// "4 MiB; " for a whole number of MiB, else nothing.
    private static func mebibytesWord(_ bytes: Int) -> String {
        bytes % (1024 * 1024) == 0 ? "\(bytes / (1024 * 1024)) MiB; " : ""
    }

    static func undefinedAlias(_ name: String) -> String {
        "alias '*\(name)' refers to no anchor; expected '&\(name)' on a node earlier in the file"
    }

    static func tagNotSupported(_ tag: String) -> String {
        "YAML tag '\(tag)' is not supported; accord reads every value as written, so remove the tag"
    }

    static let mergeKey =
        "merge keys ('<<') are not supported; write the keys out in full (an alias may still stand for a whole value)"

    static func keyNotText(found: String) -> String {
        "a mapping key must be text, found \(found)"
    }

    static func duplicateKey(_ key: String, first: TextPosition) -> String {
        "duplicate key '\(key)'; it is already defined at \(first), and a key may appear only once in a mapping"
    }

    static func unreadableCharacter(_ problem: String) -> String {
        "file holds a character that YAML does not allow (\(problem))"
    }

    static func syntax(_ problem: String, context: (text: String, position: TextPosition)?, hint: String? = nil) -> String {
        let suffix = hint.map { "; hint: \($0)" } ?? ""
        guard let context else { return "YAML syntax error: \(problem)\(suffix)" }
        return "YAML syntax error: \(problem) (\(context.text) that starts at \(context.position))\(suffix)"
    }

    static let parserUnavailable = "could not start the YAML parser (out of memory)"

    static func cannotRead(_ reason: String) -> String {
        "cannot read the file: \(reason)"
    }
}
