import Foundation

/// A file's path and bytes: the only way text enters the engine.
///
/// The path is kept exactly as the user gave it, because messages must point where the user looks.
public struct SourceFile: Sendable {
    /// The path as given on the command line (or a label such as `<stdin>`).
    public let path: String
    /// The raw bytes, not yet validated as UTF-8, without a leading UTF-8 byte-order mark.
    public let bytes: [UInt8]

    /// Wraps bytes already in memory, as tests and standard input provide them.
    ///
    /// A UTF-8 byte-order mark (EF BB BF), which Windows editors write, is dropped: libyaml, told
    /// the input is UTF-8, read it as content and failed at 2:1, and editors do not count it as a
    /// column, so every position stays where the editor shows it.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
    }

    /// Wraps a string, for tests and inline examples.
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The byte offset where each line starts, computed in one pass; line N starts at `[N - 1]`.
    public func lineStarts() -> [Int] {
        var starts = [0]
        // Lines average about 60 bytes; memchr finds each line feed faster than a loop over bytes.
        starts.reserveCapacity(bytes.count / 48 + 1)
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count, let found = memchr(base + offset, Int32(UInt8(ascii: "\n")), buffer.count - offset) {
                offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                starts.append(offset)
            }
        }
        return starts
    }

    /// The text of 1-based line `line`, without its line break; invalid UTF-8 is shown as U+FFFD.
    public func lineText(at line: Int) -> String? {
        lineText(at: line, lineStarts: lineStarts())
    }

    /// `lineText(at:)` given this file's `lineStarts()`, for a caller that reads many lines: each is
    /// then found without walking the file from its start.
    public func lineText(at line: Int, lineStarts starts: [Int]) -> String? {
        guard line >= 1, line <= starts.count else { return nil }
        let start = starts[line - 1]
        var end = line < starts.count ? starts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
