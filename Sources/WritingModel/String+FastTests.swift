/// Tests that the checking rules run on every word, written on the UTF-8
/// bytes. `Character` and `String.hasSuffix` compare by canonical
/// equivalence, which costs a grapheme search per call. Token text is in
/// NFC, so comparing bytes gives the same result.
extension String {
    /// Whether the text starts with an upper-case letter.
    public var startsWithCapital: Bool {
        guard let byte = utf8.first else { return false }
        if byte < 0x80 { return (0x41...0x5A).contains(byte) }
        return unicodeScalars.first!.properties.isUppercase
    }

    /// Returns whether the UTF-8 bytes of the text end with those of
    /// `suffix`. Both strings must be in NFC.
    public func hasSuffixBytes(_ suffix: String) -> Bool {
        let count = suffix.utf8.count
        guard utf8.count >= count else { return false }
        return utf8.suffix(count).elementsEqual(suffix.utf8)
    }
}
