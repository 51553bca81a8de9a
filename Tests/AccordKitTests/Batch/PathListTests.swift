import AccordKit
import Foundation
import Testing

/// The compact list of paths a batch holds: it must give back exactly the paths put in, in order.
@Suite("Path list")
struct PathListTests {
    @Test("paths come back as they were appended, non-ASCII included")
    func roundTrip() {
        let paths = [
            "a.yaml", "/tmp/dossier/accord-français.yaml", "", "b/c.yml", "b/d.yml", "/x.yaml", "a//b.yaml", "dir/", "b/c.yml",
        ]
        let list = PathList(paths)
        #expect(Array(list) == paths)
        #expect(list.count == 9)
        #expect(list[1] == "/tmp/dossier/accord-français.yaml")
    }

    @Test("appending a list to an empty one takes it whole; to a full one, after the paths already there")
    func appendList() {
        var list = PathList()
        list.append(contentsOf: PathList(["x", "y"]))
        #expect(Array(list) == ["x", "y"])
        list.append(contentsOf: PathList(["z"]))
        list.append("w")
        #expect(Array(list) == ["x", "y", "z", "w"])
        #expect(list == PathList(["x", "y", "z", "w"]))
        #expect(list != PathList(["x", "y", "z"]))
    }

    @Test("removing paths keeps the order of the rest, and the rest are still read right")
    func remove() {
        var list = PathList(["pack/pack.yaml", "a.yaml", "pack/principles/p.yaml", "b.yaml"])
        list.removeAll { $0.hasPrefix("pack/") }
        #expect(Array(list) == ["a.yaml", "b.yaml"])
        list.append(contentsOf: PathList(["c.yaml"]))
        #expect(Array(list) == ["a.yaml", "b.yaml", "c.yaml"])
    }
}
