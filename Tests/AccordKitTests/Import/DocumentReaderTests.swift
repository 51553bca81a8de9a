import Foundation
import Testing
import ZIPFoundation

@testable import AccordKit

/// The readers' answers to damaged and hostile documents: a clear message, never a crash or an
/// unbounded expansion.
@Suite("Reading draft documents")
struct DocumentReaderTests {
    /// A ZIP package holding `parts`, each compressed.
    static func package(_ parts: [String: String]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts.sorted(by: { $0.key < $1.key }) {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
                position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return Array(archive.data ?? Data())
    }

    static func message(_ bytes: [UInt8], name: String = "draft.docx", limits: LoadLimits = .default) -> String? {
        DraftImporter.importDraft(SourceFile(path: name, bytes: bytes), limits: limits).failure?.diagnostics.first?.message
    }

    @Test("a file that is not a ZIP package is named for what it may be")
    func notZip() {
        #expect(
            Self.message(Array("{\\rtf1 hello}".utf8))
                == "cannot import the draft: it is not a Word document: it is not a ZIP package (is it an older .doc or .rtf file? save it as .docx)"
        )
    }

    @Test("a package whose directory points past its end is refused, not read out of bounds")
    func directoryPastEnd() throws {
        var bytes = try Self.package(["word/document.xml": "<w:document xmlns:w=\"x\"/>"])
        // The end-of-central-directory record is the last 22 bytes; its offset field is at 16.
        let field = bytes.count - 22 + 16
        bytes.replaceSubrange(field..<field + 4, with: [0xF0, 0xFF, 0xFF, 0x7F])
        #expect(Self.message(bytes)?.hasPrefix("cannot import the draft: ") == true)
    }

    @Test("a ZIP package without the document part")
    func noDocumentPart() throws {
        #expect(
            try Self.message(Self.package(["hello.txt": "hi"]))
                == "cannot import the draft: it is not a Word document: it has no word/document.xml (save the draft as .docx from Word or LibreOffice)"
        )
        #expect(
            try Self.message(Self.package(["hello.txt": "hi"]), name: "d.odt")
                == "cannot import the draft: it is not an OpenDocument text: it has no content.xml (save the draft as .odt from LibreOffice)"
        )
    }

    @Test("a part that expands past the limit is refused as it expands")
    func zipBomb() throws {
        let huge = "<w:document xmlns:w=\"x\">" + String(repeating: " ", count: 2_000_000) + "</w:document>"
        var limits = LoadLimits.default
        limits.maximumDocumentPartBytes = 1024 * 1024
        let bytes = try Self.package(["word/document.xml": huge])
        #expect(bytes.count < 20_000)
        #expect(
            Self.message(bytes, limits: limits)
                == "cannot import the draft: word/document.xml in the Word document expands to more than 1 MiB; accord reads at most that much of one part"
        )
    }

    @Test("a part with a DTD (the start of an entity-expansion attack) is refused")
    func entityDeclarations() throws {
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">]><w:document xmlns:w=\"x\">&lol;</w:document>"
        #expect(
            try Self.message(Self.package(["word/document.xml": xml]))
                == "cannot import the draft: word/document.xml declares a DTD or entities, which word processors never write; the file is refused"
        )
    }

    @Test("XML that is not well-formed says so, with its line")
    func malformed() throws {
        let message = try Self.message(Self.package(["word/document.xml": "<w:document xmlns:w=\"x\">\n<w:body></w:document>"]))
        #expect(
            message
                == "cannot import the draft: word/document.xml is not well-formed XML (line 2); the document may be damaged: open and save it again"
        )
    }

    @Test("a text file in Windows-1252 and one in UTF-16 read as text")
    func encodings() throws {
        var latin = Array(
            "Agreement between Kenya and Ireland\n\nArticle 1\nThe Parties shall respect the nurses\u{2019} rights.\n".utf8)
        latin = Array(String(decoding: latin, as: UTF8.self).data(using: .windowsCP1252)!)
        let fromLatin = try DraftImporter.importDraft(SourceFile(path: "a.txt", bytes: latin)).get()
        #expect(fromLatin.yaml.contains("The Parties shall respect the nurses\u{2019} rights."))
        let utf16 = Array("Agreement between Kenya and Ireland\n\nArticle 1\nThe Parties shall cooperate.\n".data(using: .utf16)!)
        #expect(
            try DraftImporter.importDraft(SourceFile(path: "a.txt", bytes: utf16)).get().yaml.contains(
                "The Parties shall cooperate."))
    }

    @Test(
        "labels at the start of a paragraph",
        arguments: [
            ("Article 4 – Recruitment", "division Article 4 | Recruitment"),
            ("ARTICLE 12", "division Article 12 | "),
            ("Art. 7: Scope", "division Art. 7 | Scope"),
            ("Article premier", "division Article 1 | "),
            ("Artículo 3. Las Partes", "division Artículo 3 | Las Partes"),
            ("4.2 The Parties shall", "decimal 4.2 | The Parties shall"),
            ("4.2. The Parties shall", "decimal 4.2 | The Parties shall"),
            ("1. The Parties shall", "number 1 | The Parties shall"),
            ("(b) the salary;", "item b | the salary;"),
            ("iv) the hours", "item iv | the hours"),
            ("Annex I", "annex Annex I | "),
            ("Article 5 shall not apply to", "none"),
            ("Paragraph 3 of Article 2 applies", "none"),
            ("2026 was a year", "none"),
            ("1.", "none"),
        ])
    func labels(text: String, expected: String) {
        let described: String
        switch ClauseLabel(reading: text)?.kind {
        case .division(let keyword, let number)?: described = "division \(keyword) \(number)"
        case .decimal(let parts)?: described = "decimal \(parts.joined(separator: "."))"
        case .number(let value)?: described = "number \(value)"
        case .item(let item)?: described = "item \(item)"
        case .annex(let name)?: described = "annex \(name)"
        case nil: described = "none"
        }
        let rest = ClauseLabel(reading: text).map { " | \($0.rest)" } ?? ""
        #expect(described + rest == expected)
    }

    @Test("wrapped lines of a text file join; a line per paragraph stays a paragraph")
    func wrapping() {
        let wrapped =
            "Recognising the importance of\nthe WHO Code,\nDesiring to cooperate,\n\n1. The Parties shall\nrespect it.\n"
        #expect(
            PlainTextReader.paragraphs(inText: wrapped).map(\.text) == [
                "Recognising the importance of the WHO Code,", "Desiring to cooperate,", "1. The Parties shall respect it.",
            ])
        let long = String(repeating: "word ", count: 30)
        #expect(PlainTextReader.paragraphs(inText: "Title\n\(long)\nnext line\n").map(\.text).count == 3)
    }

    @Test("page numbers of a PDF's text are dropped")
    func pageNumbers() {
        #expect(
            PlainTextReader.paragraphs(inText: "Article 1\n\n- 2 -\n\nPage 3 of 12\n\nThe Parties shall cooperate.\n").map(\.text)
                == [
                    "Article 1", "The Parties shall cooperate.",
                ])
    }
}
