import Foundation
import Lexicon
import WritingModel

/// Everyday-language and familiar words (« truc », « chose », « il y a »)
/// with more precise replacements, read from `lexicons/fr/everyday-words.tsv`.
///
/// Entries are matched on lemmas, so one entry covers every inflection:
/// the expression is tokenized and annotated like a text, and its lemma
/// sequence is compared with the text's.
public struct EverydayWordLexicon: Sendable {
    /// Relative path of the list under `lexicons/`.
    public static let relativePath = "fr/everyday-words.tsv"

    /// Register of an entry, which decides when it is flagged.
    public enum Register: String, Sendable, Hashable {
        /// Spoken or familiar register, out of place in an essay.
        case familiar
        /// Correct but imprecise.
        case vague
    }

    /// One listed expression.
    public struct Entry: Sendable, Hashable {
        /// The expression as listed (« il y a »).
        public var expression: String
        /// Lemmas of its words (« il », « y », « avoir »).
        public var lemmas: [String]
        /// Part of speech the first word must have, or nil for any.
        public var partOfSpeech: LexiquePartOfSpeech?
        /// Its register.
        public var register: Register
        /// Replacements to propose, best first.
        public var suggestions: [String]
    }

    /// One occurrence in a text.
    public struct Match: Sendable, Hashable {
        /// The entry found.
        public var entry: Entry
        /// Indices of its tokens in the document.
        public var tokenRange: Range<Int>
    }

    /// Every entry, in file order.
    public let entries: [Entry]
    private let byFirstLemma: [String: [Entry]]

    /// Reads the list, annotating each expression with `annotator` after
    /// tokenizing it with `pipeline`.
    /// - Throws: `LexiconError.malformedLine` for a row with a missing
    ///   field, an unknown register or an unknown part of speech.
    public init(list: WordList, pipeline: TextPipeline, annotator: WordAnnotator) throws {
        var entries: [Entry] = []
        for row in try list.rows(withAtLeast: 4) {
            let tokens = try pipeline.tokens(of: row.fields[0]).filter(\.isWord)
            guard let register = Register(rawValue: row.fields[1]) else {
                throw LexiconError.malformedLine(
                    path: list.path, line: row.line,
                    reason: "register must be familiar or vague, not \"\(row.fields[1])\"")
            }
            var partOfSpeech: LexiquePartOfSpeech?
            if row.fields[2] != "-" {
                guard let code = LexiquePartOfSpeech(rawValue: row.fields[2]) else {
                    throw LexiconError.malformedLine(
                        path: list.path, line: row.line,
                        reason:
                            "unknown part of speech \"\(row.fields[2])\"; use a Lexique cgram code or -"
                    )
                }
                partOfSpeech = code
            }
            guard !tokens.isEmpty else { continue }
            let suggestions = row.fields[3].split(separator: ",").map {
                $0.trimmingCharacters(in: .whitespaces)
            }.filter { !$0.isEmpty }
            entries.append(
                Entry(
                    expression: row.fields[0],
                    lemmas: tokens.map { annotator.annotate(word: $0.text).lemma },
                    partOfSpeech: partOfSpeech, register: register, suggestions: suggestions))
        }
        self.entries = entries
        var byFirstLemma: [String: [Entry]] = [:]
        for entry in entries.sorted(by: { $0.lemmas.count > $1.lemmas.count }) {
            byFirstLemma[entry.lemmas[0], default: []].append(entry)
        }
        self.byFirstLemma = byFirstLemma
    }

    /// Occurrences in a text, left to right, without overlaps; the longest
    /// entry wins where several start at the same word.
    /// - Complexity: O(n) in the number of tokens.
    public func matches(in tokens: [Token], annotations: [WordAnnotation?]) -> [Match] {
        var result: [Match] = []
        var index = 0
        while index < tokens.count {
            guard let annotation = annotations[index],
                let found = byFirstLemma[annotation.lemma]?.first(where: {
                    matches($0, at: index, annotations)
                })
            else {
                index += 1
                continue
            }
            let range = index..<index + found.lemmas.count
            result.append(Match(entry: found, tokenRange: range))
            index = range.upperBound
        }
        return result
    }

    private func matches(_ entry: Entry, at start: Int, _ annotations: [WordAnnotation?]) -> Bool {
        guard start + entry.lemmas.count <= annotations.count else { return false }
        if let partOfSpeech = entry.partOfSpeech,
            annotations[start]?.partOfSpeech != partOfSpeech
        {
            return false
        }
        // A word after a determiner is a noun whatever its most frequent
        // analysis says (« le fait », « la mise »), so it is no verb entry.
        if entry.partOfSpeech?.isVerbal == true, start > 0,
            let previous = annotations[start - 1]?.partOfSpeech, Self.isDeterminer(previous)
        {
            return false
        }
        for (offset, lemma) in entry.lemmas.enumerated()
        where annotations[start + offset]?.lemma != lemma {
            return false
        }
        return true
    }

    static func isDeterminer(_ partOfSpeech: LexiquePartOfSpeech) -> Bool {
        switch partOfSpeech {
        case .definiteArticle, .indefiniteArticle, .possessiveAdjective, .demonstrativeAdjective,
            .indefiniteAdjective, .interrogativeAdjective, .numeralAdjective:
            true
        default: false
        }
    }
}
