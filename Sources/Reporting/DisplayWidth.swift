/// Terminal columns of text, and text made safe to print on a terminal.
enum DisplayWidth {
    /// Columns `text` takes on a terminal: 0 for combining marks and
    /// invisible format characters, 2 for East Asian wide characters and
    /// emoji, 1 otherwise. An approximation of Unicode's East Asian Width
    /// (UAX #11) by code point ranges, enough to align carets.
    static func columns(of text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + columns(of: $1) }
    }

    static func columns(of scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if scalar.properties.isEmojiPresentation {
            return 2
        }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
            0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}

extension String {
    /// The text with control characters (escape sequences included) shown
    /// as U+FFFD, so that a student's text cannot drive the teacher's
    /// terminal; line feeds and tabs are kept.
    var terminalSafe: String {
        guard unicodeScalars.contains(where: Self.isUnsafe) else { return self }
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            result.append(Self.isUnsafe(scalar) ? "\u{FFFD}" : scalar)
        }
        return String(result)
    }

    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control && scalar != "\n" && scalar != "\t"
    }
}
