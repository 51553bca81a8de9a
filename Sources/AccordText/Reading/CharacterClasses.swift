/// Character tests with an ASCII fast path: treaty text is mostly ASCII, and Unicode property
/// lookups were a fifth of batch time when every character went through them.
package enum CharacterClasses {
    /// A letter or digit: part of a word.
    @inline(__always)
    package static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value) || (0x30...0x39).contains(value)
        }
        return scalar.properties.isAlphabetic
    }

    /// Whitespace, as YAML folding and word counting see it.
    @inline(__always)
    package static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        return scalar.properties.isWhitespace
    }
}
