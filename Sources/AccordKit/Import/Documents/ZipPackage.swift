import Foundation
import ZIPFoundation

/// The parts of a .docx or .odt (both are ZIP packages), read with ZIPFoundation and never
/// expanded past a limit: a part that inflates beyond it is refused as it inflates, so a zip bomb
/// costs the limit, not its expanded size.
struct ZipPackage {
    private let archive: Archive
    private let kind: String
    private let maximumPartBytes: Int

    /// Opens the package in `bytes`; `kind` names it in messages ("Word document").
    ///
    /// Why a temporary file and not `Archive(data:)`: ZIPFoundation's in-memory archive traps when
    /// a damaged package makes it seek past the end of its data (found by `Fuzz/run.sh draft`);
    /// a file just reads nothing there. The file is private and removed once the archive is open.
    init(bytes: [UInt8], kind: String, maximumPartBytes: Int) throws(DocumentError) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("accord-\(UUID().uuidString).zip")
        guard FileManager.default.createFile(atPath: url.path, contents: Data(bytes), attributes: [.posixPermissions: 0o600])
        else {
            throw DocumentError("the \(kind) could not be unpacked: the temporary folder is not writable")
        }
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw DocumentError(
                "it is not a \(kind): it is not a ZIP package (is it an older .doc or .rtf file? save it as .docx)")
        }
        self.kind = kind
        self.maximumPartBytes = maximumPartBytes
    }

    /// Whether the package holds `path`.
    func contains(_ path: String) -> Bool {
        archive[path] != nil
    }

    /// The bytes of the part at `path`, or nil when the package has none.
    func part(_ path: String) throws(DocumentError) -> Data? {
        guard let entry = archive[path] else { return nil }
        guard entry.type == .file else { return nil }
        let limit = maximumPartBytes
        if entry.uncompressedSize > UInt64(limit) { throw tooLarge(path) }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard data.count + chunk.count <= limit else { throw PartTooLarge() }
                data.append(chunk)
            }
        } catch is PartTooLarge {
            throw tooLarge(path)
        } catch {
            throw DocumentError("\(path) in the \(kind) cannot be unpacked (\(error)); the file may be damaged")
        }
        return data
    }

    private func tooLarge(_ path: String) -> DocumentError {
        DocumentError(
            "\(path) in the \(kind) expands to more than \(maximumPartBytes / (1024 * 1024)) MiB; accord reads at most that much of one part"
        )
    }

    private struct PartTooLarge: Error {}
}
