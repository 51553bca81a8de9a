import AccordKit
import Foundation
import Testing

/// What a folder argument expands to: every `.yaml` and `.yml` file below it, hidden entries and
/// symbolic links to folders left out, sorted by path.
@Suite("Input collection")
struct InputCollectorTests {
    /// A fresh folder holding `files` (relative paths, parents created) and the given symbolic links.
    private func makeFolder(_ files: [String], links: [(name: String, target: String)] = []) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("accord-inputs-\(UUID().uuidString)").path
        for file in files {
            let path = root + "/" + file
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            #expect(FileManager.default.createFile(atPath: path, contents: Data("x: 1\n".utf8)))
        }
        for link in links {
            try FileManager.default.createSymbolicLink(atPath: root + "/" + link.name, withDestinationPath: link.target)
        }
        return root
    }

    /// What `collect` gives for `paths`, in order.
    private func collect(_ paths: [String]) -> [InputCollector.Input] {
        var inputs: [InputCollector.Input] = []
        InputCollector.collect(paths) { inputs.append($0) }
        return inputs
    }

    private func files(_ inputs: [InputCollector.Input]) -> [String] {
        inputs.flatMap { input -> [String] in if case .files(let paths) = input { Array(paths) } else { [] } }
    }

    @Test("a folder expands to its YAML files at every depth, sorted by bytes, hidden entries and linked folders skipped")
    func folder() throws {
        let outside = try makeFolder(["elsewhere/c.yaml"])
        defer { try? FileManager.default.removeItem(atPath: outside) }
        let root = try makeFolder(
            [
                "b.yaml", "a.yml", "notes.txt", "z/deep/x.yaml", "z/y.YAML", ".hidden.yaml", ".git/config.yaml",
                "m/.cache/k.yaml", "m/n.yaml", "B.yaml", "a-b.yaml", "a/x.yaml", "b.yaml.yml",
            ],
            links: [("linked", outside + "/elsewhere"), ("alias.yaml", "b.yaml")]
        )
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(
            files(collect([root + "/"]))
                == [
                    "B.yaml", "a-b.yaml", "a.yml", "a/x.yaml", "alias.yaml", "b.yaml", "b.yaml.yml", "m/n.yaml", "z/deep/x.yaml",
                ].map { root + "/" + $0 })
    }

    @Test("files pass through in argument order; a missing path and a folder without YAML are problems")
    func arguments() throws {
        let root = try makeFolder(["one.yaml", "empty/readme.md"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let inputs = collect([root + "/one.yaml", root + "/missing.yaml", root + "/empty", root])
        #expect(files(inputs) == [root + "/one.yaml", root + "/one.yaml"])
        let problems = inputs.compactMap { if case .problem(let diagnostic) = $0 { diagnostic.description } else { nil } }
        #expect(
            problems == [
                "\(root)/missing.yaml: error: cannot read the file: no such file or directory",
                "\(root)/empty: error: folder holds no .yaml, .yml, .docx or .odt files",
            ])
    }

    @Test("pack roots are found per folder: a pack's own files and its principles/ belong to it")
    func packRoots() throws {
        let root = try makeFolder(["pack/pack.yaml", "pack/principles/p.yaml", "pack/other.yaml", "agreements/a.yaml"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        var roots = InputCollector.PackRoots()
        for _ in 0..<2 {
            #expect(roots.packRoot(of: root + "/pack/principles/p.yaml") == root + "/pack")
            #expect(roots.packRoot(of: root + "/pack/other.yaml") == root + "/pack")
            #expect(roots.packRoot(of: root + "/agreements/a.yaml") == nil)
        }
        #expect(InputCollector.packRoot(of: root + "/pack/pack.yaml") == root + "/pack")
    }
}
