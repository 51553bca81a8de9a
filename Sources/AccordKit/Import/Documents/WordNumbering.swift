import Foundation

/// Word's automatic numbering (`word/numbering.xml`): the lists a document defines and the counters
/// that give each numbered paragraph its label, because Word keeps "Article 4" or "(b)" out of
/// the paragraph's text.
struct WordNumbering {
    /// One level of a list: how its counter is written and where it starts.
    struct Level {
        var format: ListNumberFormat = .decimal
        /// The label pattern: "Article %1", "%1.%2", "(%3)".
        var text: String = ""
        var start: Int = 1
    }

    /// Levels of each abstract list, by abstract id and level.
    private var abstractLevels: [String: [Int: Level]] = [:]
    /// Each list instance (`w:num`): its abstract list and the levels whose start it overrides.
    private var instances: [String: (abstract: String, startOverrides: [Int: Int])] = [:]
    /// Current counters, by abstract list: instances of one abstract list count on together, as
    /// Word shows them, unless an instance restarts a level.
    private var counters: [String: [Int: Int]] = [:]
    /// Instances that have restarted their overridden levels already.
    private var restarted: Set<String> = []

    /// No numbering: a document without `numbering.xml`.
    init() {}

    /// Reads `numbering.xml`.
    init(xml: Data) throws(DocumentError) {
        var abstract: String?
        var level: Int?
        var instance: String?
        var overrideLevel: Int?
        var levels: [String: [Int: Level]] = [:]
        var instances: [String: (abstract: String, startOverrides: [Int: Int])] = [:]
        try XMLEvents.read(
            xml, part: "word/numbering.xml",
            start: { _, name, attributes in
                switch name {
                case "abstractNum": abstract = attributes["abstractNumId"]
                case "lvl" where abstract != nil:
                    level = attributes["ilvl"].flatMap { Int($0) }
                    if let abstract, let level { levels[abstract, default: [:]][level] = Level() }
                case "numFmt":
                    if let abstract, let level {
                        levels[abstract]?[level]?.format = ListNumberFormat(word: attributes["val"] ?? "")
                    }
                case "lvlText":
                    if let abstract, let level { levels[abstract]?[level]?.text = attributes["val"] ?? "" }
                case "start" where overrideLevel == nil:
                    if let abstract, let level, let value = attributes["val"].flatMap({ Int($0) }) {
                        levels[abstract]?[level]?.start = value
                    }
                case "num": instance = attributes["numId"]
                case "abstractNumId":
                    if let instance, let value = attributes["val"] { instances[instance] = (value, [:]) }
                case "lvlOverride": overrideLevel = attributes["ilvl"].flatMap { Int($0) }
                case "startOverride":
                    if let instance, let overrideLevel, let value = attributes["val"].flatMap({ Int($0) }) {
                        instances[instance]?.startOverrides[overrideLevel] = value
                    }
                default: break
                }
            },
            end: { _, name in
                switch name {
                case "abstractNum": abstract = nil
                case "lvl": level = nil
                case "num": instance = nil
                case "lvlOverride": overrideLevel = nil
                default: break
                }
            },
            characters: { _ in })
        abstractLevels = levels
        self.instances = instances
    }

    /// The label of the next paragraph numbered by list `instance` at `level`, advancing the
    /// counters: nil for bullets, unknown lists and `numId` 0 (numbering switched off).
    mutating func nextLabel(instance: String, level: Int) -> String? {
        guard let (abstract, overrides) = instances[instance], let levels = abstractLevels[abstract],
            let definition = levels[level]
        else { return nil }
        var count = counters[abstract] ?? [:]
        if !restarted.contains(instance), !overrides.isEmpty {
            restarted.insert(instance)
            for (overridden, start) in overrides { count[overridden] = start - 1 }
        }
        count[level] = (count[level] ?? definition.start - 1) + 1
        for deeper in count.keys where deeper > level { count[deeper] = nil }
        counters[abstract] = count
        // A bullet character, or a level written without a counter, is not a number.
        guard definition.format != .none else { return nil }
        var label = ""
        var characters = definition.text[...]
        while let percent = characters.firstIndex(of: "%") {
            label += characters[..<percent]
            let digit = characters.index(after: percent)
            guard digit < characters.endIndex, let number = characters[digit].wholeNumberValue, number >= 1 else {
                characters = characters[characters.index(after: percent)...]
                continue
            }
            let referenced = number - 1
            let format = levels[referenced]?.format ?? .decimal
            let value = count[referenced] ?? levels[referenced]?.start ?? 1
            label += format.format(value)
            characters = characters[characters.index(after: digit)...]
        }
        label += characters
        return label
    }
}
