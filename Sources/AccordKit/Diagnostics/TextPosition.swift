/// A 1-based line and column in a text file, columns counted in Unicode scalars as libyaml counts them.
///
/// Editors, CI logs and people read `FILE:LINE:COLUMN`, so every position accord reports is 1-based.
public struct TextPosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Line number, starting at 1.
    public let line: Int
    /// Column number, starting at 1, in Unicode scalars.
    public let column: Int

    /// Creates a position from 1-based line and column numbers.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The start of a file.
    public static let start = TextPosition(line: 1, column: 1)

    public var description: String { "\(line):\(column)" }

    public static func < (lhs: TextPosition, rhs: TextPosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// A place in a named file; the position is absent when the file could not be read at all.
public struct Location: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The file path as the user gave it, so messages point where the user looks.
    public let file: String
    /// Where in the file, if anywhere.
    public let position: TextPosition?

    /// Creates a location in `file`, optionally at `position`.
    public init(file: String, position: TextPosition?) {
        self.file = file
        self.position = position
    }

    /// `FILE:LINE:COLUMN`, or just `FILE` without a position.
    public var description: String {
        guard let position else { return file }
        return "\(file):\(position)"
    }

    public static func < (lhs: Location, rhs: Location) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        switch (lhs.position, rhs.position) {
        case (nil, nil): return false
        case (nil, _): return true
        case (_, nil): return false
        case let (left?, right?): return left < right
        }
    }
}
