import ArgumentParser

/// When to colour output: `auto` colours only a terminal and never with `NO_COLOR` set.
enum ColorMode: String, CaseIterable, ExpressibleByArgument {
    case auto, always, never
}

/// The `--color` option shared by every command that prints.
struct ColorOptions: ParsableArguments {
    @Option(name: .customLong("color"), help: "When to use colour: auto, always or never.")
    var mode: ColorMode = .auto

    /// Whether to colour text written to standard error.
    var colorsStandardError: Bool { decide(isTerminal: Terminal.standardErrorIsTerminal) }

    /// Whether to colour text written to standard output.
    var colorsStandardOutput: Bool { decide(isTerminal: Terminal.standardOutputIsTerminal) }

    private func decide(isTerminal: Bool) -> Bool {
        switch mode {
        case .always: return true
        case .never: return false
        case .auto: return isTerminal && Terminal.environmentAllowsColor
        }
    }
}
