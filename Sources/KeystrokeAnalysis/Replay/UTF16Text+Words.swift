extension UTF16Text {
    /// Whether a code unit is a letter or a digit. Words are runs of such
    /// units, so « l'élève » and « peut-être » count as two words each, as
    /// the French tokenizer counts elided clitics. Surrogates (emoji and
    /// rare scripts outside the Basic Multilingual Plane) are not letters here.
    public static func isWordUnit(_ unit: UInt16) -> Bool {
        if unit < 0x80 {
            return (unit >= 0x30 && unit <= 0x39) || (unit | 0x20 >= 0x61 && unit | 0x20 <= 0x7A)
        }
        guard let scalar = Unicode.Scalar(unit) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Whether a code unit ends a sentence: . ! ? or the ellipsis.
    public static func isSentenceEnd(_ unit: UInt16) -> Bool {
        unit == 0x2E || unit == 0x21 || unit == 0x3F || unit == 0x2026
    }

    /// Whether a code unit closes a quotation or parenthesis: » ” " ’ ' ) ].
    public static func isClosing(_ unit: UInt16) -> Bool {
        switch unit {
        case 0xBB, 0x201D, 0x22, 0x2019, 0x27, 0x29, 0x5D: true
        default: false
        }
    }

    /// Whether a code unit breaks a line or paragraph.
    public static func isLineBreak(_ unit: UInt16) -> Bool {
        unit == 0x0A || unit == 0x0D || unit == 0x2028 || unit == 0x2029
    }

    /// Number of word starts at offsets in `range`: letters or digits not
    /// preceded by one.
    /// - Complexity: O(range length).
    public func wordStarts(in range: Range<Int>) -> Int {
        var total = 0
        var previousIsWord = range.lowerBound > 0 && Self.isWordUnit(units[range.lowerBound - 1])
        for offset in range {
            let isWord = Self.isWordUnit(units[offset])
            if isWord && !previousIsWord { total += 1 }
            previousIsWord = isWord
        }
        return total
    }
}
