/// How a list level writes its counter, in Word's terms (`decimal`, `lowerLetter`, ...) and
/// OpenDocument's (`1`, `a`, ...): both readers turn automatic numbers into the labels a reader
/// sees, because a draft's clause ids are those labels.
enum ListNumberFormat: Sendable, Hashable {
    case decimal, lowerLetter, upperLetter, lowerRoman, upperRoman
    /// Bullets and unnumbered levels: no label.
    case none

    /// Word's `w:numFmt` value.
    init(word: String) {
        switch word {
        case "decimal", "decimalZero", "ordinal", "cardinalText", "decimalEnclosedParen", "decimalEnclosedFullstop":
            self = .decimal
        case "lowerLetter": self = .lowerLetter
        case "upperLetter": self = .upperLetter
        case "lowerRoman": self = .lowerRoman
        case "upperRoman": self = .upperRoman
        default: self = .none
        }
    }

    /// OpenDocument's `style:num-format` value.
    init(openDocument: String) {
        switch openDocument {
        case "1": self = .decimal
        case "a": self = .lowerLetter
        case "A": self = .upperLetter
        case "i": self = .lowerRoman
        case "I": self = .upperRoman
        default: self = .none
        }
    }

    /// `value` written in this format (1 → "1", "a", "A", "i", "I"), or "" for `.none`.
    func format(_ value: Int) -> String {
        switch self {
        case .decimal: String(value)
        case .lowerLetter: Self.letters(value)
        case .upperLetter: Self.letters(value).uppercased()
        case .lowerRoman: Self.roman(value)
        case .upperRoman: Self.roman(value).uppercased()
        case .none: ""
        }
    }

    /// a … z, then aa, bb … as word processors count past z.
    private static func letters(_ value: Int) -> String {
        guard value >= 1 else { return String(value) }
        let letter = Character(UnicodeScalar(UInt8(ascii: "a") + UInt8((value - 1) % 26)))
        return String(repeating: letter, count: (value - 1) / 26 + 1)
    }

    private static func roman(_ value: Int) -> String {
        guard value >= 1, value < 4000 else { return String(value) }
        let numerals: [(Int, String)] = [
            (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
        ]
        var rest = value
        var result = ""
        for (amount, numeral) in numerals {
            while rest >= amount {
                result += numeral
                rest -= amount
            }
        }
        return result
    }
}
