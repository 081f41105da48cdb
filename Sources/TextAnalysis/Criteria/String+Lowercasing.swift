extension String {
    /// The string in lowercase, returned as is without allocating when it
    /// has no uppercase letter, which is most words of a text. Criteria
    /// lowercase every word, and `lowercased()` always builds a new string.
    var lowercasedIfNeeded: String {
        var hasNonASCII = false
        for byte in utf8 {
            if byte >= 0x41 && byte <= 0x5A { return lowercased() }
            if byte >= 0x80 { hasNonASCII = true }
        }
        if hasNonASCII && unicodeScalars.contains(where: \.properties.changesWhenLowercased) {
            return lowercased()
        }
        return self
    }
}
