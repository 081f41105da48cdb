import Lexicon
import WritingModel

/// What Lexique says about one word token, without context: the most
/// frequent analysis stands for the word.
///
/// NOTE: choosing the most frequent analysis ignores context (« la » article
/// or pronoun); a part-of-speech tagger replaces this choice where loaded.
public struct WordAnnotation: Sendable, Hashable {
    /// Lemma of the chosen analysis, or the lowercased form when unknown.
    public var lemma: String
    /// Part of speech of the chosen analysis; `.unknown` when not in Lexique.
    public var partOfSpeech: LexiquePartOfSpeech
    /// Zipf frequency of the form (0 when Lexique does not list it).
    public var zipf: Double
    /// Whether Lexique lists the form.
    public var isKnown: Bool
    /// Whether some analysis of the form is a conjugated verb.
    public var hasFiniteReading: Bool
    /// Syllables of the chosen analysis (0 when unknown).
    public var syllables: Int
    /// Frequency of the lemma per million words (0 when unknown).
    public var lemmaFrequency: Double

    /// Lemmas more frequent than this, per million words, behave like
    /// grammar words (« être », « avoir », « faire ») even when Lexique tags
    /// them as verbs or nouns.
    public static let grammarLikeLemmaFrequency = 1_000.0

    /// Whether the chosen analysis is a content word (noun, verb,
    /// adjective, adverb); auxiliaries are not.
    public var isContentWord: Bool { partOfSpeech.isContentWord }

    /// Whether the word is a known content word whose lemma is not one of
    /// the grammar-like most frequent lemmas: the words that carry a text's
    /// topic, for overlap and repetition measures.
    public var isTopicWord: Bool {
        isKnown && isContentWord && lemmaFrequency <= Self.grammarLikeLemmaFrequency
    }
}

/// Annotates the word tokens of documents from Lexique.
public struct WordAnnotator: Sendable {
    let lexique: Lexique

    /// Creates an annotator reading `lexique`.
    public init(lexique: Lexique) {
        self.lexique = lexique
    }

    /// One annotation per token; nil for tokens that are not words.
    /// - Complexity: O(n) in the number of tokens.
    public func annotate(_ tokens: [Token]) -> [WordAnnotation?] {
        tokens.map { token in token.isWord ? annotate(word: token.text) : nil }
    }

    /// Annotates one word form.
    public func annotate(word: String) -> WordAnnotation {
        let entries = lookupEntries(of: word)
        let form = Self.bareForm(word)
        guard let best = entries.max(by: { $0.formFrequency < $1.formFrequency }) else {
            return WordAnnotation(
                lemma: form.lowercased(), partOfSpeech: .unknown, zipf: 0, isKnown: false,
                hasFiniteReading: false, syllables: 0, lemmaFrequency: 0)
        }
        return WordAnnotation(
            lemma: best.lemma, partOfSpeech: best.partOfSpeech, zipf: best.zipf, isKnown: true,
            hasFiniteReading: entries.contains { $0.inflections.contains(where: \.isFinite) },
            syllables: best.syllables, lemmaFrequency: best.lemmaFrequency)
    }

    /// Lexique's analyses of a token: pronouns after a hyphen (« -t-il »,
    /// « -le ») are looked up bare, and a 1990-reform spelling Lexique
    /// lacks through its traditional spelling.
    func lookupEntries(of word: String) -> LexicalEntries {
        let form = Self.bareForm(word)
        let entries = lexique.lookup(form)
        return entries.isEmpty ? traditionalSpellingEntries(of: form) : entries
    }

    static func bareForm(_ word: String) -> String {
        var form = Substring(word)
        while form.hasPrefix("-") {
            form = form.dropFirst()
            if form.hasPrefix("t-") { form = form.dropFirst(2) }
        }
        return form.isEmpty ? word : String(form)
    }

    /// Analyses of the traditional spelling of a 1990-reform form that
    /// Lexique lacks: the reform drops the circumflex of « î » and « û »
    /// (« connait » for « connaît », « plait » for « plaît »), so each « i »
    /// and « u » is tried with its circumflex, one at a time.
    func traditionalSpellingEntries(of form: String) -> LexicalEntries {
        let characters = Array(form.lowercased())
        for (index, character) in characters.enumerated() where character == "i" || character == "u" {
            var variant = characters
            variant[index] = character == "i" ? "î" : "û"
            let entries = lexique.entries(for: String(variant))
            if !entries.isEmpty {
                return entries
            }
        }
        return []
    }
}
