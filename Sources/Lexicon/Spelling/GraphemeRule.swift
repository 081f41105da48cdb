/// One rule of the French grapheme-to-phoneme table
/// (`lexicons/fr/spelling/grapheme-phonemes.tsv`): letters, the phonemes
/// they stand for, and the letters that must surround them.
struct GraphemeRule: Sendable {
    /// One item of a left or right context.
    enum ContextItem: Sendable, Equatable {
        /// The start or end of the word (`$`).
        case boundary
        /// A vowel letter (`V`).
        case vowel
        /// A consonant letter (`C`).
        case consonant
        /// A consonant or the word boundary (`K`).
        case consonantOrBoundary
        /// A consonant other than « n » and « m », or the boundary (`N`):
        /// what makes a preceding vowel and « n » a nasal vowel.
        case nasalizing
        /// One of the letters (`[abc]`), or none of them (`[^abc]`).
        case letters(Set<Character>, negated: Bool)
    }

    /// Letters the rule reads.
    var grapheme: [Character]
    /// Pronunciations in Lexique code, the likeliest first; "" is silent.
    var phonemes: [String]
    /// Items that must precede the grapheme, in text order.
    var left: [ContextItem]
    /// Items that must follow it, in text order.
    var right: [ContextItem]

    static let vowels = Set("aeiouyàâäéèêëîïôöùûüÿœæ")

    /// Parses one table row; nil with a reason when it is malformed.
    static func parse(_ fields: [String]) -> Result<GraphemeRule, RuleError> {
        guard fields.count >= 4, !fields[0].isEmpty, !fields[1].isEmpty else {
            return .failure(RuleError(reason: "expected grapheme, phonemes and two contexts"))
        }
        guard let left = parseContext(fields[2]), let right = parseContext(fields[3]) else {
            return .failure(RuleError(reason: "unknown context item in \"\(fields[2])\" or \"\(fields[3])\""))
        }
        let phonemes = fields[1].split(separator: "|", omittingEmptySubsequences: false)
            .map { $0 == "-" ? "" : String($0) }
        return .success(
            GraphemeRule(grapheme: Array(fields[0]), phonemes: phonemes, left: left, right: right))
    }

    /// Why a row did not parse.
    struct RuleError: Error {
        var reason: String
    }

    private static func parseContext(_ field: String) -> [ContextItem]? {
        if field == "*" { return [] }
        var items: [ContextItem] = []
        for item in field.split(separator: " ") {
            switch item {
            case "$": items.append(.boundary)
            case "V": items.append(.vowel)
            case "C": items.append(.consonant)
            case "K": items.append(.consonantOrBoundary)
            case "N": items.append(.nasalizing)
            default:
                if item.hasPrefix("[^"), item.hasSuffix("]"), item.count > 3 {
                    items.append(.letters(Set(item.dropFirst(2).dropLast()), negated: true))
                } else if item.hasPrefix("["), item.hasSuffix("]"), item.count > 2 {
                    items.append(.letters(Set(item.dropFirst().dropLast()), negated: false))
                } else if item.count == 1 {
                    items.append(.letters([item.first!], negated: false))
                } else {
                    return nil
                }
            }
        }
        return items
    }

    /// Returns whether the rule applies to `word` at `position`.
    func matches(_ word: [Character], at position: Int) -> Bool {
        let end = position + grapheme.count
        guard end <= word.count, word[position..<end].elementsEqual(grapheme) else {
            return false
        }
        for (offset, item) in left.reversed().enumerated()
        where !Self.item(item, matches: word, at: position - 1 - offset) {
            return false
        }
        for (offset, item) in right.enumerated()
        where !Self.item(item, matches: word, at: end + offset) {
            return false
        }
        return true
    }

    /// Returns whether the letter at `index` (or the boundary when outside the
    /// word or on a non-letter) satisfies `item`.
    private static func item(_ item: ContextItem, matches word: [Character], at index: Int)
        -> Bool
    {
        let letter: Character? =
            word.indices.contains(index) && word[index].isLetter ? word[index] : nil
        guard let letter else {
            switch item {
            case .boundary, .consonantOrBoundary, .nasalizing: return true
            default: return false
            }
        }
        let isVowel = vowels.contains(letter)
        switch item {
        case .boundary: return false
        case .vowel: return isVowel
        case .consonant, .consonantOrBoundary: return !isVowel
        case .nasalizing: return !isVowel && letter != "n" && letter != "m"
        case .letters(let set, let negated): return set.contains(letter) != negated
        }
    }
}
