/// Whitespace-separated words of UTF-8 text, found byte by byte.
///
/// Evidence is reported at the file line of its first word; finding those lines means walking the
/// source and the scalar's text word by word, for every clause of every agreement, so this works on
/// bytes and decodes a scalar only where a byte is not ASCII.
package enum WhitespaceWords {
    /// Calls `body` with the byte range of each word of `bytes[from...]` until it returns false.
    ///
    /// Two tight loops, over whitespace then over a word, look at ASCII bytes without decoding; a
    /// scalar is decoded only at a byte that is not ASCII.
    @inline(__always)
    package static func forEach(in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0, _ body: (Range<Int>) -> Bool) {
        var index = start
        while index < bytes.count {
            index = end(ofSpaceIn: bytes, from: index) { _ in }
            guard index < bytes.count else { return }
            let wordStart = index
            index = end(ofWordIn: bytes, from: index)
            guard body(wordStart..<index) else { return }
        }
    }

    /// Where the whitespace starting at `start` ends, calling `seen` with the offset of each
    /// whitespace scalar (a caller counting line feeds looks at them).
    @inline(__always)
    package static func end(ofSpaceIn bytes: UnsafeBufferPointer<UInt8>, from start: Int, _ seen: (Int) -> Void) -> Int {
        var index = start
        while index < bytes.count {
            let (isSpace, length) = whitespace(in: bytes, at: index)
            guard isSpace else { break }
            seen(index)
            index += length
        }
        return index
    }

    /// Where the word starting at `start` ends.
    @inline(__always)
    package static func end(ofWordIn bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let (isSpace, length) = whitespace(in: bytes, at: index)
            if isSpace { break }
            index += length
        }
        return index
    }

    /// Whether the scalar at `index` is whitespace, and its length in bytes; ASCII without decoding.
    @inline(__always)
    private static func whitespace(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Bool, Int) {
        let byte = bytes[index]
        if byte < 0x80 { return (isASCIIWhitespace(byte), 1) }
        let (scalar, length) = WordSplitter.scalar(in: bytes, at: index)
        return (CharacterClasses.isWhitespace(scalar), length)
    }

    /// Space, tab, line feed, vertical tab, form feed or carriage return.
    @inline(__always)
    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte &- 0x09 < 5
    }

    /// The byte range of every word of `text`, in order.
    package static func ranges(in text: String) -> [Range<Int>] {
        var text = text
        var words: [Range<Int>] = []
        text.withUTF8 { bytes in
            forEach(in: bytes) { word in
                words.append(word)
                return true
            }
        }
        return words
    }

    /// How many words `text` has.
    package static func count(in text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            // ASCII text (nearly all of it) is counted without branches: a word starts wherever a
            // non-space follows a space. Text with other bytes is walked scalar by scalar.
            var words = 0
            var afterSpace = true
            var highBits: UInt8 = 0
            for byte in bytes {
                let isSpace = isASCIIWhitespace(byte)
                words &+= afterSpace && !isSpace ? 1 : 0
                afterSpace = isSpace
                highBits |= byte
            }
            guard highBits & 0x80 != 0 else { return words }
            words = 0
            forEach(in: bytes) { _ in
                words += 1
                return true
            }
            return words
        }
    }
}
