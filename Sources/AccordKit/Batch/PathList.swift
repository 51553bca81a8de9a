import Foundation

/// File paths kept as folder and name bytes, for batches of any size.
///
/// Why not `[String]`: a `String` per path cost about 200 bytes of heap for a 70-byte path (object
/// header, allocator rounding, fragmentation from the strings built while walking a folder), so a
/// batch of 100,000 files held 20 MB for its list of paths alone, and 30 MB at the peak of the
/// walk. Here each folder is stored once and a path costs its file name plus 16 bytes; reading one
/// back makes a short-lived `String`.
public struct PathList: RandomAccessCollection, Sendable, Equatable {
    /// One path: `folders[folder] + "/" + name`, or the name alone when `folder` is -1.
    private struct Entry: Sendable, Equatable {
        /// Where the name starts in `names`.
        var start: Int
        var length: Int32
        var folder: Int32
    }

    /// Every path's name (the part after its last "/"), back to back; a removed path's name stays
    /// until the list is freed.
    private var names: [UInt8] = []
    private var folders: [[UInt8]] = []
    private var entries: [Entry] = []

    public init() {}

    public init(_ paths: some Sequence<String>) {
        for path in paths { append(path) }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { entries.count }

    public subscript(position: Int) -> String {
        path(of: entries[position])
    }

    public static func == (left: PathList, right: PathList) -> Bool {
        left.elementsEqual(right)
    }

    public mutating func append(_ path: String) {
        let bytes = Array(path.utf8)
        guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else {
            appendName(bytes[...], folder: -1)
            return
        }
        appendName(bytes[(slash + 1)...], folder: folderIndex(Array(bytes[..<slash])))
    }

    /// Appends the path `folder` + "/" + `name` without making a `String` of it; `name` holds no "/".
    mutating func append(folder: [UInt8], name: UnsafeBufferPointer<UInt8>) {
        appendName(name, folder: folderIndex(folder))
    }

    /// Appends every path of `other`; when this list is empty it takes `other`'s storage as it is.
    public mutating func append(contentsOf other: PathList) {
        guard !isEmpty else {
            self = other
            return
        }
        let (nameOffset, folderOffset) = (names.count, Int32(folders.count))
        names.append(contentsOf: other.names)
        folders.append(contentsOf: other.folders)
        entries.append(
            contentsOf: other.entries.lazy.map { entry in
                Entry(
                    start: entry.start + nameOffset, length: entry.length,
                    folder: entry.folder < 0 ? -1 : entry.folder + folderOffset)
            })
    }

    /// Removes the paths `shouldBeRemoved` picks, keeping the order of the rest.
    public mutating func removeAll(where shouldBeRemoved: (String) throws -> Bool) rethrows {
        // Taken out while filtering, so the array being changed is not also held by `self`.
        var kept = entries
        entries = []
        defer { entries = kept }
        try kept.removeAll { try shouldBeRemoved(path(of: $0)) }
    }

    /// Sorts the paths by their UTF-8 bytes, as `LC_ALL=C sort` does: the same order on every
    /// machine, and the order of `String` comparison for the NFC names file systems hold.
    mutating func sortByBytes() {
        // Taken out while sorting, so the array being sorted is not also held by `self`.
        var sorted = entries
        entries = []
        names.withUnsafeBufferPointer { names in
            sorted.sort { left, right in
                guard left.folder == right.folder, let base = names.baseAddress else {
                    return bytes(of: left).lexicographicallyPrecedes(bytes(of: right))
                }
                let (leftCount, rightCount) = (Int(left.length), Int(right.length))
                let order = memcmp(base + left.start, base + right.start, Swift.min(leftCount, rightCount))
                return order != 0 ? order < 0 : leftCount < rightCount
            }
        }
        entries = sorted
    }

    /// The index of `folder` in `folders`, reusing the last folder when it is the same: a folder's
    /// files are appended together.
    private mutating func folderIndex(_ folder: [UInt8]) -> Int32 {
        if let last = folders.last, last == folder { return Int32(folders.count - 1) }
        folders.append(folder)
        return Int32(folders.count - 1)
    }

    private mutating func appendName(_ name: some Collection<UInt8>, folder: Int32) {
        let start = names.count
        names.append(contentsOf: name)
        entries.append(Entry(start: start, length: Int32(names.count - start), folder: folder))
    }

    private func path(of entry: Entry) -> String {
        String(decoding: bytes(of: entry), as: UTF8.self)
    }

    /// The bytes of `entry`'s whole path.
    private func bytes(of entry: Entry) -> FlattenSequence<[ArraySlice<UInt8>]> {
        let name = names[entry.start..<(entry.start + Int(entry.length))]
        guard entry.folder >= 0 else { return [name].joined() }
        return [folders[Int(entry.folder)][...], Self.slash, name].joined()
    }

    private static let slash: ArraySlice<UInt8> = [UInt8(ascii: "/")]
}
