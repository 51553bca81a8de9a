internal import CYaml

/// Reads one YAML document into a `YAMLDocument`, from libyaml's event stream, within `LoadLimits`.
///
/// Why events and not `Yams.compose`: Yams' composer checks duplicate keys by hashing key nodes, and
/// hashing is recursive, so an aliased "billion laughs" used as a mapping key (a 456-byte file) hangs
/// it before any walk of ours could count anything. Reading the events of the libyaml that Yams
/// vendors lets this reader bound depth, node count, text and alias expansion *as it builds*, in time
/// linear in the file, and keep every node's line and column. It reports, like Yams, duplicate keys
/// and a second document, but with the position of the duplicate and of the second document.
public enum YAMLReader {
    /// Reads the single document of `file`, or returns nil with the reasons reported into `sink`.
    ///
    /// Recoverable problems (duplicate keys) are reported and the document is still returned, so
    /// later checks can report theirs in the same pass.
    public static func read(_ file: SourceFile, limits: LoadLimits, into sink: DiagnosticSink) -> YAMLDocument? {
        guard checkSizeAndEncoding(of: file, limits: limits, into: sink) else { return nil }
        var composer = EventComposer(file: file, limits: limits, sink: sink)
        return composer.compose()
    }

    /// Rejects oversized, non-UTF-8 and empty input before libyaml sees it, with a located message.
    private static func checkSizeAndEncoding(of file: SourceFile, limits: LoadLimits, into sink: DiagnosticSink) -> Bool {
        let bytes = file.bytes
        if bytes.count > limits.maximumFileBytes {
            // A regular file over the limit is refused before it is read (`SourceFile.read`), so
            // bytes past the limit here come from a stream read one byte past it: its size is unknown.
            sink.error(at: nil, LoadMessages.inputTooLarge(limit: limits.maximumFileBytes))
            return false
        }
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) {
            sink.error(at: .start, LoadMessages.utf16)
            return false
        }
        if let offset = firstInvalidUTF8Offset(in: bytes) {
            sink.error(at: position(ofByteOffset: offset, in: bytes), LoadMessages.notUTF8(byte: bytes[offset]))
            return false
        }
        return true
    }

    /// The offset of the first byte that does not begin a valid UTF-8 sequence, or nil if all are valid.
    ///
    /// `UTF8Span` validates in place: no copy of the file, and the error says where.
    static func firstInvalidUTF8Offset(in bytes: [UInt8]) -> Int? {
        do {
            _ = try UTF8Span(validating: bytes.span)
            return nil
        } catch {
            return error.byteOffsets.lowerBound
        }
    }

    /// The 1-based line and column (in Unicode scalars) of a byte offset into valid UTF-8 text.
    static func position(ofByteOffset offset: Int, in bytes: [UInt8]) -> TextPosition {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        // Count scalars, not bytes: continuation bytes (10xxxxxx) do not start a scalar.
        let column = 1 + bytes[lineStart..<min(offset, bytes.count)].filter { $0 & 0xC0 != 0x80 }.count
        return TextPosition(line: line, column: column)
    }
}

extension YAMLReader {
    /// The position of the first `[` or `{` that opens a flow collection deeper than `limit`, skipping
    /// quoted text and comments; used only to locate a nesting error libyaml reports without a position.
    static func flowBracket(exceeding limit: Int, in bytes: [UInt8]) -> TextPosition? {
        var depth = 0
        var quote: UInt8?
        var inComment = false
        for (offset, byte) in bytes.enumerated() {
            if inComment {
                if byte == UInt8(ascii: "\n") { inComment = false }
            } else if let open = quote {
                if byte == open { quote = nil }
            } else {
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = byte
                case UInt8(ascii: "#"): inComment = true
                case UInt8(ascii: "["), UInt8(ascii: "{"):
                    depth += 1
                    if depth > limit { return position(ofByteOffset: offset, in: bytes) }
                case UInt8(ascii: "]"), UInt8(ascii: "}"): depth = max(0, depth - 1)
                default: break
                }
            }
        }
        return nil
    }
}

/// Builds the document from libyaml events with an explicit stack, so nesting never recurses.
private struct EventComposer {
    let file: SourceFile
    let limits: LoadLimits
    let sink: DiagnosticSink

    /// A sequence or mapping under construction.
    private struct Frame {
        /// Its entry.
        let index: Int
        let isMapping: Bool
        let anchor: String?
        /// Nodes in this subtree so far, aliases counted at their expanded size.
        var weight = 1
        /// Bytes of scalar text in this subtree so far, aliases counted at their expanded size.
        var textBytes = 0
        var expectingKey = true
        /// Keys read so far, kept or left out: what a scan for a duplicate would walk.
        var keysSeen = 0
        /// The keys of a large mapping, built once it passes `keysScanned` keys.
        var keyPositions: [String: TextPosition]?

        /// Up to this many keys, duplicate keys are found by a scan: no hashing for the usual dozen.
        ///
        /// Left-out keys count too, or a mapping of thousands of repeated keys would be scanned whole
        /// for each one.
        static let keysScanned = 16
    }

    private var entries: [YAMLDocument.Entry] = []
    private var stack: [Frame] = []
    /// The entry, weight and text size of each anchored node, registered once the node is complete.
    private var anchors: [String: (index: Int, weight: Int, textBytes: Int)] = [:]
    private var documents = 0
    /// Nodes so far, aliases counted at their expanded size.
    private var totalWeight = 0
    /// Bytes of scalar text so far, aliases counted at their expanded size: the reader shares an
    /// aliased scalar, but whatever reads the document reads it once per alias.
    private var totalTextBytes = 0

    init(file: SourceFile, limits: LoadLimits, sink: DiagnosticSink) {
        self.file = file
        self.limits = limits
        self.sink = sink
        // About one node per 35 bytes in agreements: room for all of them at once.
        entries.reserveCapacity(file.bytes.count / 32 + 16)
    }

    /// Runs the parser to the end of the stream, or to the first fatal problem.
    mutating func compose() -> YAMLDocument? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            sink.error(at: nil, LoadMessages.parserUnavailable)
            return nil
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)

        let finished: Bool = file.bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    reportSyntaxError(parser)
                    return false
                }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { return true }
                guard handle(event) else { return false }
            }
        }
        guard finished else { return nil }
        if documents == 0 || entries.isEmpty {
            sink.error(at: .start, LoadMessages.emptyFile)
            return nil
        }
        return YAMLDocument(entries: entries)
    }

    /// Handles one event; false stops reading (the reason has been reported).
    private mutating func handle(_ event: yaml_event_t) -> Bool {
        let line = Int32(truncatingIfNeeded: event.start_mark.line + 1)
        let column = Int32(truncatingIfNeeded: event.start_mark.column + 1)
        let position = TextPosition(line: Int(line), column: Int(column))
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                sink.error(at: position, LoadMessages.secondDocument)
                return false
            }
            return true
        case YAML_SCALAR_EVENT:
            guard count(weight: 1, at: position) else { return false }
            let scalar = event.data.scalar
            let textBytes = Int(scalar.length)
            totalTextBytes += textBytes
            if totalTextBytes > limits.maximumTextBytes {
                sink.error(at: position, LoadMessages.tooMuchText(limit: limits.maximumTextBytes))
                return false
            }
            refuseTag(scalar.tag, at: position)
            let index = entries.count
            entries.append(
                YAMLDocument.Entry(
                    text: String(decoding: UnsafeBufferPointer(start: scalar.value, count: Int(scalar.length)), as: UTF8.self),
                    line: line, column: column, kind: scalar.style == YAML_PLAIN_SCALAR_STYLE ? .plainScalar : .scalar,
                    end: Int32(index + 1), target: -1))
            if let anchor = string(scalar.anchor) { anchors[anchor] = (index, 1, textBytes) }
            attach(index, weight: 1, textBytes: textBytes)
            return true
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            guard count(weight: 1, at: position) else { return false }
            if stack.count + 1 > limits.maximumDepth {
                sink.error(at: position, LoadMessages.tooDeep(limit: limits.maximumDepth))
                return false
            }
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            refuseTag(isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag, at: position)
            let anchor = isMapping ? string(event.data.mapping_start.anchor) : string(event.data.sequence_start.anchor)
            stack.append(Frame(index: entries.count, isMapping: isMapping, anchor: anchor))
            entries.append(
                YAMLDocument.Entry(
                    text: "", line: line, column: column, kind: isMapping ? .mapping : .sequence, end: 0, target: -1))
            return true
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            let frame = stack.removeLast()
            entries[frame.index].end = Int32(entries.count)
            if let anchor = frame.anchor { anchors[anchor] = (frame.index, frame.weight, frame.textBytes) }
            attach(frame.index, weight: frame.weight, textBytes: frame.textBytes)
            return true
        case YAML_ALIAS_EVENT:
            let name = string(event.data.alias.anchor) ?? ""
            guard let target = anchors[name] else {
                sink.error(at: position, LoadMessages.undefinedAlias(name))
                return false
            }
            if totalWeight + target.weight > limits.maximumNodes {
                sink.error(at: position, LoadMessages.aliasTooLarge(name, weight: target.weight, limit: limits.maximumNodes))
                return false
            }
            totalWeight += target.weight
            if totalTextBytes + target.textBytes > limits.maximumTextBytes {
                sink.error(
                    at: position, LoadMessages.aliasTextTooLarge(name, bytes: target.textBytes, limit: limits.maximumTextBytes))
                return false
            }
            totalTextBytes += target.textBytes
            let index = entries.count
            entries.append(
                YAMLDocument.Entry(
                    text: "", line: line, column: column, kind: .alias, end: Int32(index + 1), target: Int32(target.index)))
            attach(index, weight: target.weight, textBytes: target.textBytes)
            return true
        default:
            return true
        }
    }

    /// Reports an explicit tag (`!!binary`, `!!python/object:...`, even `!!str`).
    ///
    /// accord reads every value as written, so a tag would be silently ignored and the value read
    /// as something else than its author meant. Reading goes on, so the file's other problems are
    /// reported too.
    private func refuseTag(_ tag: UnsafeMutablePointer<yaml_char_t>?, at position: TextPosition) {
        guard let tag = string(tag) else { return }
        let standard = "tag:yaml.org,2002:"
        let written = tag.hasPrefix(standard) ? "!!" + tag.dropFirst(standard.count) : tag
        sink.error(at: position, LoadMessages.tagNotSupported(written))
    }

    /// Adds `weight` nodes to the running total; false when that passes the node limit.
    private mutating func count(weight: Int, at position: TextPosition) -> Bool {
        totalWeight += weight
        if totalWeight > limits.maximumNodes {
            sink.error(at: position, LoadMessages.tooManyNodes(limit: limits.maximumNodes))
            return false
        }
        return true
    }

    /// Counts a finished node in its parent, checking mapping keys as they arrive.
    private mutating func attach(_ index: Int, weight: Int, textBytes: Int) {
        guard !stack.isEmpty else { return }
        let top = stack.count - 1
        stack[top].weight += weight
        stack[top].textBytes += textBytes
        guard stack[top].isMapping else { return }
        guard stack[top].expectingKey else {
            stack[top].expectingKey = true
            return
        }
        stack[top].expectingKey = false
        if !isKept(key: index) { entries[index].isDroppedKey = true }
        stack[top].keysSeen += 1
    }

    /// True when the key at entry `index` is text not yet used in the mapping being built; otherwise
    /// reports why the pair is left out.
    ///
    /// Apart from `attach` so that the document view it reads through is gone before `attach`
    /// marks the entry: marking it while a view still shares the array would copy every entry, for
    /// every bad key of a file.
    private mutating func isKept(key index: Int) -> Bool {
        let document = YAMLDocument(entries: entries)
        let key = document.node(at: index)
        guard let text = document.scalar(key) else {
            sink.error(at: key.position, LoadMessages.keyNotText(found: document.kindDescription(of: key)))
            return false
        }
        if text == "<<", entries[index].kind == .plainScalar {
            sink.error(at: key.position, LoadMessages.mergeKey)
            return false
        }
        if let first = firstPosition(ofKey: text, at: key.position, keyIndex: index, in: document) {
            sink.error(at: key.position, LoadMessages.duplicateKey(text, first: first))
            return false
        }
        return true
    }

    /// Where `key` was first written in the mapping being built, or nil after recording it as new.
    private mutating func firstPosition(ofKey key: String, at position: TextPosition, keyIndex: Int, in document: YAMLDocument)
        -> TextPosition?
    {
        let top = stack.count - 1
        let mapping = stack[top].index
        if stack[top].keysSeen < Frame.keysScanned {
            return document.firstKey(key, inMappingAt: mapping, upTo: keyIndex).map { document.node(at: $0).position }
        }
        if stack[top].keyPositions == nil {
            var positions: [String: TextPosition] = [:]
            document.forEachPair(ofMappingAt: mapping, upTo: keyIndex) { earlier, _ in
                positions[document.keyText(at: earlier)] = document.node(at: earlier).position
            }
            stack[top].keyPositions = positions
        }
        if let first = stack[top].keyPositions?[key] { return first }
        stack[top].keyPositions?[key] = position
        return nil
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafePointer($0)) }
    }

    /// Reports libyaml's own error in accord's words, at libyaml's position.
    private func reportSyntaxError(_ parser: yaml_parser_t) {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        if parser.error == YAML_READER_ERROR {
            let position = YAMLReader.position(ofByteOffset: Int(parser.problem_offset), in: file.bytes)
            sink.error(at: position, LoadMessages.unreadableCharacter(problem))
            return
        }
        if parser.error == YAML_MEMORY_ERROR {
            sink.error(at: nil, LoadMessages.parserUnavailable)
            return
        }
        let mark = parser.problem_mark
        let position = TextPosition(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
        var context: (String, TextPosition)?
        if let text = parser.context {
            let mark = parser.context_mark
            context = (String(cString: text), TextPosition(line: Int(mark.line) + 1, column: Int(mark.column) + 1))
        }
        if problem.hasPrefix("Maximum nesting level") {
            // libyaml's scanner runs ahead of the events and trips its own cap (1,000 levels) with no useful
            // position; point at the bracket that crossed accord's limit instead.
            let crossing = YAMLReader.flowBracket(exceeding: limits.maximumDepth, in: file.bytes) ?? position
            sink.error(at: crossing, LoadMessages.tooDeep(limit: limits.maximumDepth))
            return
        }
        let lines = ((context?.1.line ?? position.line)...max(position.line, context?.1.line ?? position.line)).compactMap {
            file.lineText(at: $0)
        }
        let hint = SyntaxHints.hint(
            problem: problem, line: file.lineText(at: position.line), column: position.column, lines: lines)
        sink.error(at: position, LoadMessages.syntax(problem, context: context, hint: hint))
    }
}
