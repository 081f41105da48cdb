import Foundation

/// Rule-based French grapheme-to-phoneme conversion of misspelled words,
/// in Lexique's phonetic code, so that « pance » and « pense » meet at
/// /p@s/. The rules live in `lexicons/fr/spelling/grapheme-phonemes.tsv`.
///
/// French spelling is ambiguous (final « t » silent or not, « ill » as in
/// « fille » or « ville »), so a word gets every pronunciation its rules
/// allow, up to a limit, likeliest first.
public struct PhoneticTranscriber: Sendable {
    /// Path of the rule table inside `lexicons/`.
    public static let relativePath = "fr/spelling/grapheme-phonemes.tsv"

    /// Rules by first letter, longest grapheme first, then in file order.
    private let rulesByFirstLetter: [Character: [GraphemeRule]]

    /// Loads the rule table.
    /// - Throws: `LexiconError.malformedLine` naming a row that does not parse.
    public init(list: WordList) throws {
        var rules: [Character: [GraphemeRule]] = [:]
        for row in list.rows {
            switch GraphemeRule.parse(row.fields) {
            case .success(let rule):
                rules[rule.grapheme[0], default: []].append(rule)
            case .failure(let error):
                throw LexiconError.malformedLine(path: list.path, line: row.line, reason: error.reason)
            }
        }
        // A stable sort keeps file order among graphemes of one length.
        rulesByFirstLetter = rules.mapValues { group in
            group.enumerated().sorted {
                ($1.element.grapheme.count, $0.offset) < ($0.element.grapheme.count, $1.offset)
            }.map(\.element)
        }
    }

    /// Loads the table from `resources`.
    public init(resources: ResourceDirectory) throws {
        try self.init(list: WordList(Self.relativePath, in: resources))
    }

    /// The pronunciations of `word`, likeliest first, at most `limit`;
    /// letters no rule covers are skipped.
    /// - Complexity: O(n × r) for a word of n letters and r rules per letter.
    public func transcriptions(of word: String, limit: Int = 8) -> [String] {
        let letters = Array(word.lowercased().replacingOccurrences(of: "’", with: "'"))
        var results = [""]
        var position = 0
        while position < letters.count {
            guard
                let rule = rulesByFirstLetter[letters[position]]?.first(where: {
                    $0.matches(letters, at: position)
                })
            else {
                position += 1
                continue
            }
            results = Self.extend(results, with: rule.phonemes, limit: limit)
            position += rule.grapheme.count
        }
        var seen = Set<String>()
        return results.filter { seen.insert($0).inserted }
    }

    /// Every prefix followed by every alternative, prefixes first, cut at `limit`.
    private static func extend(_ prefixes: [String], with alternatives: [String], limit: Int)
        -> [String]
    {
        if alternatives.count == 1 {
            return prefixes.map { $0 + alternatives[0] }
        }
        var extended: [String] = []
        for alternative in alternatives {
            for prefix in prefixes where extended.count < limit {
                extended.append(prefix + alternative)
            }
        }
        return extended
    }
}
