import Tagging
import WritingModel

/// The grammatical make-up of one sentence, read from its tagged words.
///
/// A clause (« proposition ») is counted per finite verb: « il a mangé »
/// has one finite verb, « a ». Subordinate clauses are counted from their
/// introducers: subordinating conjunctions (« que », « quand », « si ») and
/// relative pronouns (« qui », « dont », « où »). Infinitive clauses are
/// infinitives after a preposition (« pour partir »), participle clauses
/// present participles and gerunds (« en partant »).
public struct SentenceStructure: Sendable, Hashable {
    /// How the sentence ends.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case declarative, interrogative, exclamative
    }

    /// Word tokens (as in the sentence length measures).
    public var words: Int
    /// Finite verbs, one per clause.
    public var finiteVerbs: Int
    /// Clauses introduced by a subordinating conjunction.
    public var conjunctionClauses: Int
    /// Clauses introduced by a relative pronoun.
    public var relativeClauses: Int
    /// Infinitives after a preposition.
    public var infinitiveClauses: Int
    /// Present participles and gerunds.
    public var participleClauses: Int
    /// Coordinating conjunctions (« et », « mais », « ou »).
    public var coordinations: Int
    /// Passive participles (« a été construite »).
    public var passives: Int
    /// Commas, semicolons, colons, dashes and brackets inside the sentence.
    public var innerPunctuation: Int
    /// Whether the sentence ends with . ! ? or … (possibly before a closing quote).
    public var hasFinalPunctuation: Bool
    /// Declarative, interrogative or exclamative, from the final mark.
    public var kind: Kind
    /// Lowercased lemma of the first word, or nil for a sentence without words.
    public var opening: String?

    /// Subordinate clauses of every kind.
    public var subordinateClauses: Int {
        conjunctionClauses + relativeClauses + infinitiveClauses + participleClauses
    }

    /// Clauses counted for length in clauses: finite clauses, or one for a
    /// sentence without a finite verb, plus non-finite subordinate clauses.
    public var clauses: Int {
        max(finiteVerbs, words > 0 ? 1 : 0) + infinitiveClauses + participleClauses
    }

    /// Reads the structure of a sentence from its tokens and tagged words;
    /// a participle counts as passive only after one of `passiveAuxiliaries`.
    public init(
        tokens: ArraySlice<Token>, tagged: [TaggedWord], passiveAuxiliaries: Set<String>
    ) {
        words = tokens.filter(\.isWord).count
        finiteVerbs = 0
        conjunctionClauses = 0
        relativeClauses = 0
        infinitiveClauses = 0
        participleClauses = 0
        coordinations = 0
        passives = 0
        opening = tagged.first { $0.partOfSpeech != .punct && $0.partOfSpeech != .sym }?
            .lemma.lowercased()
        let marks = Self.punctuation(tokens)
        innerPunctuation = marks.inner
        hasFinalPunctuation = marks.final != nil
        switch marks.final {
        case "?": kind = .interrogative
        case "!": kind = .exclamative
        default: kind = .declarative
        }
        for (index, word) in tagged.enumerated() {
            let isPassive =
                word.features.isPassive
                && Self.auxiliary(tagged, before: index).map {
                    passiveAuxiliaries.contains($0.lemma)
                } == true
            if isPassive { passives += 1 }
            if word.partOfSpeech == .sconj && index + 1 < tagged.count
                && tagged[index + 1].partOfSpeech == .sconj
            {
                continue  // « parce que »: the second word counts.
            }
            count(word, previous: Self.previousContentWord(tagged, before: index))
        }
    }

    /// The closest auxiliary among the three words before `index`.
    private static func auxiliary(_ tagged: [TaggedWord], before index: Int) -> TaggedWord? {
        var position = index - 1
        while position >= max(0, index - 3) {
            if tagged[position].partOfSpeech == .aux { return tagged[position] }
            position -= 1
        }
        return nil
    }

    private mutating func count(_ word: TaggedWord, previous: TaggedWord?) {
        let features = word.features
        switch word.partOfSpeech {
        case .verb, .aux:
            if features.isFinite { finiteVerbs += 1 }
            if features.verbForm == "Inf" && previous?.partOfSpeech == .adp {
                infinitiveClauses += 1
            }
            if features.verbForm == "Part" && features.tense == "Pres" { participleClauses += 1 }
        case .sconj:
            conjunctionClauses += 1
        case .pron where features["PronType"] == "Rel":
            relativeClauses += 1
        case .cconj:
            coordinations += 1
        default:
            break
        }
    }

    /// The closest word before `index` that is not a clitic pronoun or an
    /// adverb, so « pour ne pas le dire » links « dire » to « pour ».
    private static func previousContentWord(_ tagged: [TaggedWord], before index: Int)
        -> TaggedWord?
    {
        var position = index - 1
        while position >= 0 {
            let word = tagged[position]
            if word.partOfSpeech != .pron && word.partOfSpeech != .adv && word.partOfSpeech != .part
            {
                return word
            }
            position -= 1
        }
        return nil
    }

    /// Inner punctuation marks and the final mark (. ! ? …), skipping
    /// closing quotes and brackets at the end.
    private static func punctuation(_ tokens: ArraySlice<Token>) -> (inner: Int, final: Character?)
    {
        var end = tokens.endIndex
        while end > tokens.startIndex, let last = tokens[end - 1].text.last,
            closingMarks.contains(last)
        {
            end -= 1
        }
        var final: Character? = nil
        if end > tokens.startIndex, tokens[end - 1].kind == .punctuation {
            final = tokens[end - 1].text.first { finalMarks.contains($0) }
            if final == "." && tokens[end - 1].text.contains("?") { final = "?" }
        }
        let inner = tokens[tokens.startIndex..<end].filter { token in
            token.kind == .punctuation && token.text.contains { innerMarks.contains($0) }
        }.count
        return (inner, final)
    }

    private static let finalMarks: Set<Character> = [".", "!", "?", "…"]
    private static let innerMarks: Set<Character> = [",", ";", ":", "(", "—", "–"]
    private static let closingMarks: Set<Character> = ["»", "\"", ")", "”", "’"]
}
