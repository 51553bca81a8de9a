import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Streams an XML part of a .docx or .odt to handlers, element by element, with names and
/// attributes by local name (`w:p` and `text:p` arrive as `p`), so readers need no tree in memory.
///
/// Why Foundation's `XMLParser` (libxml2): it is the toolchain's own well-tested parser, streams,
/// and resolves no external entities. A part that declares a DTD is refused before parsing: Word
/// and LibreOffice never write one, and a DTD is how entity-expansion attacks begin.
final class XMLEvents: NSObject, XMLParserDelegate {
    /// An element opened: its namespace URI, local name and attributes by local name.
    typealias Start = (_ namespace: String, _ name: String, _ attributes: [String: String]) -> Void
    /// An element closed.
    typealias End = (_ namespace: String, _ name: String) -> Void
    /// Character data inside the current element.
    typealias Characters = (_ text: String) -> Void

    private let start: Start
    private let end: End
    private let characters: Characters

    private init(start: @escaping Start, end: @escaping End, characters: @escaping Characters) {
        self.start = start
        self.end = end
        self.characters = characters
    }

    /// Parses `data`, the part named `part` of a document, calling the handlers in document order.
    static func read(
        _ data: Data, part: String, start: @escaping Start, end: @escaping End, characters: @escaping Characters
    ) throws(DocumentError) {
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil || data.range(of: Data("<!ENTITY".utf8)) != nil {
            throw DocumentError("\(part) declares a DTD or entities, which word processors never write; the file is refused")
        }
        let handler = XMLEvents(start: start, end: end, characters: characters)
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = handler
        // parse() can return true after an error libxml2 reported: the delegate hears of every one.
        let parsed = parser.parse()
        guard parsed, handler.errorLine == nil, parser.parserError == nil else {
            let line = handler.errorLine ?? parser.lineNumber
            throw DocumentError(
                "\(part) is not well-formed XML (line \(line)); the document may be damaged: open and save it again")
        }
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        var local: [String: String] = [:]
        for (key, value) in attributes { local[XMLEvents.localName(key)] = value }
        start(namespaceURI ?? "", XMLEvents.localName(elementName), local)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        end(namespaceURI ?? "", XMLEvents.localName(elementName))
    }

    /// The line of the first error the parser reported.
    private var errorLine: Int?

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        if errorLine == nil { errorLine = parser.lineNumber }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        characters(string)
    }

    /// `w:val` → `val`.
    private static func localName(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }
}
