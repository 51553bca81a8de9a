import AccordKit
import ArgumentParser
import Foundation

// A hand-written main, so that usage errors exit 2 (argument-parser would exit 64 on Linux).
do {
    var command = try Accord.parseAsRoot()
    try command.run()
} catch {
    if Accord.exitCode(for: error) == .validationFailure {
        let message = Accord.fullMessage(for: error)
        FileHandle.standardErrorWrite(message + "\n")
        Foundation.exit(ExitStatus.usage.rawValue)
    }
    Accord.exit(withError: error)
}
