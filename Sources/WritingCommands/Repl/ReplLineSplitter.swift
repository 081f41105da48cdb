/// Splits a REPL command line into words, the way a shell does for quotes:
/// `cherche "fin de la guerre"` gives two words. Single and double quotes
/// group words; a backslash outside single quotes takes the next character
/// as it is.
enum ReplLineSplitter {
    /// The words of `line`.
    /// - Throws: `ReplError` when a quote is not closed.
    static func split(_ line: String) throws -> [String] {
        var words: [String] = []
        var current = ""
        var hasWord = false
        var quote: Character?
        var characters = line.makeIterator()
        while let character = characters.next() {
            switch (character, quote) {
            case ("\\", let open) where open != "'":
                if let next = characters.next() {
                    current.append(next)
                    hasWord = true
                }
            case ("\"", nil), ("'", nil):
                quote = character
                hasWord = true
            case (let closing, let open?) where closing == open:
                quote = nil
            case (let space, nil) where space.isWhitespace:
                if hasWord {
                    words.append(current)
                }
                current = ""
                hasWord = false
            default:
                current.append(character)
                hasWord = true
            }
        }
        if let quote {
            throw ReplError(
                "Guillemet \(quote) non fermé\u{00A0}: fermez-le ou retirez-le, puis recommencez.")
        }
        if hasWord {
            words.append(current)
        }
        return words
    }
}

extension ReplLineSplitter {
    /// One command line from `words`, quoting those with spaces or quotes,
    /// so that `split` gives `words` back.
    static func join(_ words: [String]) -> String {
        words.map { word in
            guard word.isEmpty || word.contains(where: { $0.isWhitespace || "\"'\\".contains($0) })
            else { return word }
            return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
        }.joined(separator: " ")
    }
}
