import AccordTestSupport
import Foundation
import Testing

/// `accord validate` end to end: exit statuses, located messages on stderr, summary on stdout.
@Suite("accord validate")
struct ValidateCommandTests {
    @Test("the bundled corpus validates")
    func corpusValidates() throws {
        let result = try AccordProcess.run(["validate", "agreements/"])
        #expect(result.standardError == "")
        #expect(result.status == 0)
        #expect(result.standardOutput.hasSuffix(" invalid\n") && result.standardOutput.contains(", 0 invalid"))
    }

    @Test("every broken fixture is reported with its located message, and the batch goes on")
    func brokenFixtures() throws {
        let result = try AccordProcess.run(["validate", "Tests/Fixtures/broken", "agreements/drafts/../gbr-ken-2021.yaml"])
        #expect(result.status == 1)
        #expect(result.standardOutput == "16 files checked: 1 valid, 15 invalid\n")
        #expect(GoldenFile.mismatch(result.standardError, golden: "Tests/Fixtures/broken.stderr") == nil)
    }

    @Test(
        "each broken fixture alone exits 1",
        arguments: RepositoryPaths.yamlFiles(under: RepositoryPaths.fixtures.appendingPathComponent("broken")))
    func eachBrokenFixture(path: String) throws {
        let result = try AccordProcess.run(["validate", "--quiet", path])
        #expect(result.status == 1)
        #expect(result.standardOutput == "")
        #expect(result.standardError.hasPrefix(path + ":"))
    }

    @Test("a missing path is an invalid input, named, and exits 1")
    func missingPath() throws {
        let result = try AccordProcess.run(["validate", "no-such-file.yaml"])
        #expect(result.status == 1)
        #expect(result.standardError == "no-such-file.yaml: error: cannot read the file: no such file or directory\n")
        #expect(result.standardOutput == "1 file checked: 0 valid, 1 invalid\n")
    }

    @Test("a device or pipe over the size limit is said to be more than the limit, not a made-up size")
    func endlessStream() throws {
        let result = try AccordProcess.run(["validate", "/dev/zero"], timeout: 60)
        #expect(result.status == 1)
        #expect(
            result.standardError
                == "/dev/zero: error: input is more than 4,194,304 bytes, the file-size limit (4 MiB);"
                + " it is not a regular file, so it was read up to the limit and no further\n")
    }

    @Test("colour: never in a pipe by default, on with --color always, off with NO_COLOR under auto")
    func colour() throws {
        let fixture = "Tests/Fixtures/broken/unknown-keys.yaml"
        #expect(try !AccordProcess.run(["validate", fixture]).standardError.contains("\u{1B}["))
        #expect(try AccordProcess.run(["validate", "--color", "always", fixture]).standardError.contains("\u{1B}[1;31merror:"))
        #expect(try !AccordProcess.run(["validate", fixture], environment: ["NO_COLOR": "1"]).standardError.contains("\u{1B}["))
    }
}

/// Usage errors exit 2, as grep and diff do; help and version exit 0.
@Suite("accord command line")
struct CommandLineTests {
    @Test(
        "usage errors exit 2 with a message on stderr",
        arguments: [
            ["validate"], ["frobnicate"], ["validate", "--color", "sometimes", "x.yaml"], ["--bogus"],
        ])
    func usageErrors(arguments: [String]) throws {
        let result = try AccordProcess.run(arguments)
        #expect(result.status == 2)
        #expect(result.standardOutput == "")
        #expect(result.standardError.contains("Usage: accord") || result.standardError.contains("Error:"))
    }

    @Test("--version prints the version")
    func version() throws {
        let result = try AccordProcess.run(["--version"])
        #expect(result.status == 0)
        #expect(result.standardOutput == "0.1.0\n")
    }

    @Test("--help lists the subcommands and exits 0")
    func help() throws {
        let result = try AccordProcess.run(["--help"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("validate"))
        // argument-parser wraps the discussion at 80 columns.
        let exitStatus = "Exit status: 0 success, 1 invalid input, 2 usage error, 3 below --fail-under or\na regressing diff."
        #expect(result.standardOutput.contains(exitStatus))
        for command in ["score", "compare", "diff", "batch", "validate", "rules"] {
            #expect(result.standardOutput.contains("  \(command) "), "missing subcommand \(command)")
        }
    }
}
