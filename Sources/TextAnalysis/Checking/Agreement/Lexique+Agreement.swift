import Lexicon

extension Lexique {
    /// Analyses of `word` as `lookup(_:)` finds them, trying the spelling
    /// without ligature when the form has one: Lexique writes « soeur »,
    /// « oeil », students and typists « sœur », « œil ».
    func agreementLookup(_ word: String) -> LexicalEntries {
        let entries = lookup(word)
        guard entries.isEmpty, word.contains(where: { $0 == "œ" || $0 == "Œ" }) else {
            return entries
        }
        return lookup(Self.withoutLigature(word))
    }

    static func withoutLigature(_ word: String) -> String {
        // Most words have no ligature, and Foundation's replacement copies.
        guard word.contains(where: { $0 == "œ" || $0 == "Œ" }) else { return word }
        return word.replacingOccurrences(of: "œ", with: "oe")
            .replacingOccurrences(of: "Œ", with: "Oe")
    }

    /// `suggestion`, read from Lexique, spelt with the ligature when the
    /// student's `original` has one.
    static func withLigature(_ suggestion: String, like original: String) -> String {
        original.contains("œ") ? suggestion.replacingOccurrences(of: "oe", with: "œ") : suggestion
    }
}
