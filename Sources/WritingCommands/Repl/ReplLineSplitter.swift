/// Splits a REPL command line into words, the way a shell does for double
/// quotes: `cherche "fin de la guerre"` gives two words. A single quote is
/// an apostrophe (« l'élève »), never a quote. A backslash takes the next
/// character as it is.
enum ReplLineSplitter {
    /// The words of `line`.
    /// - Throws: `ReplError` when a double quote is not closed.
    static func split(_ line: String) throws -> [String] {
        var words: [String] = []
        var current = ""
        var hasWord = false
        var isQuoted = false
        var characters = line.makeIterator()
        while let character = characters.next() {
            switch character {
            case "\\":
                if let next = characters.next() {
                    current.append(next)
                    hasWord = true
                }
            case "\"":
                isQuoted.toggle()
                hasWord = true
            case let space where space.isWhitespace && !isQuoted:
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
        if isQuoted {
            throw ReplError(
                "Guillemet \" non fermé\u{00A0}: fermez-le ou retirez-le, puis recommencez.")
        }
        if hasWord {
            words.append(current)
        }
        return words
    }

    /// One command line from `words`, quoting those with spaces, quotes or
    /// backslashes, so that `split` gives `words` back.
    static func join(_ words: [String]) -> String {
        words.map { word in
            guard word.isEmpty || word.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "\\" })
            else { return word }
            let escaped = word.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "\"", with: "\\\"")
            return "\"" + escaped + "\""
        }.joined(separator: " ")
    }
}
