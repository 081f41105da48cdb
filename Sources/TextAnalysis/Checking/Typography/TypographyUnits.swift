/// UTF-16 code units the typography rules look for. Punctuation marks are
/// not words, so they live here rather than in a resource list.
enum TypographyUnits {
    static let noBreakSpace: UInt16 = 0x00A0
    static let narrowNoBreakSpace: UInt16 = 0x202F
    static let space: UInt16 = 0x20
    static let openingGuillemet: UInt16 = 0x00AB
    static let closingGuillemet: UInt16 = 0x00BB
    static let colon = UInt16(UInt8(ascii: ":"))
    static let semicolon = UInt16(UInt8(ascii: ";"))
    static let question = UInt16(UInt8(ascii: "?"))
    static let exclamation = UInt16(UInt8(ascii: "!"))
    static let period = UInt16(UInt8(ascii: "."))
    static let comma = UInt16(UInt8(ascii: ","))
    static let ellipsis: UInt16 = 0x2026

    /// Returns whether `unit` is ; : ! or ?, which French typography
    /// separates from the word before. It is a switch rather than a set
    /// because the rules test every code unit of the text.
    static func isHighPunctuation(_ unit: UInt16) -> Bool {
        switch unit {
        case colon, semicolon, question, exclamation: true
        default: false
        }
    }

    /// Whether `unit` is a no-break space French typography accepts before
    /// high punctuation and inside guillemets.
    static func isNoBreakSpace(_ unit: UInt16) -> Bool {
        unit == noBreakSpace || unit == narrowNoBreakSpace
    }

    /// Whether `unit` is any kind of space or line break.
    static func isSpace(_ unit: UInt16) -> Bool {
        unit == space || unit == 0x09 || unit == 0x0A || unit == 0x0D || isNoBreakSpace(unit)
            || (0x2000...0x200A).contains(unit)
    }

    /// Whether `unit` is a letter (outside the surrogate range).
    static func isLetter(_ unit: UInt16) -> Bool {
        // ASCII first, because the Unicode property table costs a lookup.
        if unit < 0x80 {
            return (0x41...0x5A).contains(unit) || (0x61...0x7A).contains(unit)
        }
        return Unicode.Scalar(unit)?.properties.isAlphabetic ?? false
    }

    /// Whether `unit` is an upper-case letter.
    static func isUppercase(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return (0x41...0x5A).contains(unit) }
        return Unicode.Scalar(unit)?.properties.isUppercase ?? false
    }

    /// Whether `unit` is an ASCII digit.
    static func isDigit(_ unit: UInt16) -> Bool {
        (0x30...0x39).contains(unit)
    }

    /// The space French typography puts before `mark`: a no-break space
    /// before the colon, a narrow one before ; ! ? (Lexique de l’Imprimerie
    /// nationale usage).
    static func expectedSpace(before mark: UInt16) -> Character {
        mark == colon ? "\u{00A0}" : "\u{202F}"
    }
}
