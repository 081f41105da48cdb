import Foundation

/// Part of speech as Lexique 3 codes it (column `cgram`).
public enum LexiquePartOfSpeech: String, Sendable, Hashable, CaseIterable {
    case noun = "NOM"
    case verb = "VER"
    case auxiliary = "AUX"
    case adjective = "ADJ"
    case adverb = "ADV"
    case interjection = "ONO"
    case numeralAdjective = "ADJ:num"
    case preposition = "PRE"
    case personalPronoun = "PRO:per"
    case indefinitePronoun = "PRO:ind"
    case indefiniteAdjective = "ADJ:ind"
    case conjunction = "CON"
    case possessiveAdjective = "ADJ:pos"
    case possessivePronoun = "PRO:pos"
    case relativePronoun = "PRO:rel"
    case interrogativePronoun = "PRO:int"
    case demonstrativePronoun = "PRO:dem"
    case definiteArticle = "ART:def"
    case indefiniteArticle = "ART:ind"
    case interrogativeAdjective = "ADJ:int"
    case demonstrativeAdjective = "ADJ:dem"
    case liaison = "LIA"
    case unknown = ""

    /// Whether words of this class carry meaning (nouns, verbs, adjectives,
    /// adverbs) rather than grammar; auxiliaries do not count.
    public var isContentWord: Bool {
        switch self {
        case .noun, .verb, .adjective, .adverb: true
        default: false
        }
    }

    /// Whether the class is a verb or an auxiliary.
    public var isVerbal: Bool { self == .verb || self == .auxiliary }
}

/// Grammatical gender.
public enum Gender: String, Sendable, Hashable {
    case masculine = "m"
    case feminine = "f"
}

/// Grammatical number.
public enum GrammaticalNumber: String, Sendable, Hashable {
    case singular = "s"
    case plural = "p"
}

/// One verb inflection from Lexique's `infover` column (`ind:pre:3s`).
public struct VerbInflection: Sendable, Hashable {
    /// Mood: `ind`, `sub`, `imp`, `cnd`, `inf` or `par`.
    public var mood: Mood
    /// Tense: `pre`, `imp`, `pas`, `fut`, or nil for the infinitive.
    public var tense: Tense?
    /// Person from 1 to 3, or nil for non-finite forms.
    public var person: UInt8?
    /// Number, or nil for non-finite forms.
    public var number: GrammaticalNumber?

    public enum Mood: String, Sendable, Hashable {
        case indicative = "ind"
        case subjunctive = "sub"
        case imperative = "imp"
        case conditional = "cnd"
        case infinitive = "inf"
        case participle = "par"
    }

    public enum Tense: String, Sendable, Hashable {
        case present = "pre"
        case imperfect = "imp"
        case past = "pas"
        case future = "fut"
    }

    /// Whether the form is conjugated (has a person): indicative,
    /// subjunctive, conditional or imperative.
    public var isFinite: Bool {
        switch mood {
        case .infinitive, .participle: false
        default: true
        }
    }

    /// Parses one `mood:tense:person` item, or returns nil when it is not one.
    public init?(code: Substring) {
        let parts = code.split(separator: ":", omittingEmptySubsequences: false)
        guard let first = parts.first, let mood = Mood(rawValue: String(first)) else {
            return nil
        }
        self.mood = mood
        tense = parts.count > 1 ? Tense(rawValue: String(parts[1])) : nil
        person = nil
        number = nil
        if parts.count > 2, parts[2].count == 2 {
            let personNumber = Array(parts[2].utf8)
            if (0x31...0x33).contains(personNumber[0]) {
                person = personNumber[0] - 0x30
            }
            number = GrammaticalNumber(rawValue: String(UnicodeScalar(personNumber[1])))
        }
    }
}

/// The analyses of one form: a slice of Lexique's table, so that a lookup
/// copies no row.
public typealias LexicalEntries = ArraySlice<LexicalEntry>

/// One analysis of a word form in Lexique 3: a (form, lemma, part of
/// speech) row with its features and frequencies.
public struct LexicalEntry: Sendable, Hashable {
    /// Lemma (« être » for « est »).
    public var lemma: String
    /// Part of speech.
    public var partOfSpeech: LexiquePartOfSpeech
    /// Gender, when the form has one.
    public var gender: Gender?
    /// Number, when the form has one.
    public var number: GrammaticalNumber?
    /// Form frequency in occurrences per million words: the mean of the
    /// film-subtitle and book corpora (`freqfilms2`, `freqlivres`).
    public var formFrequency: Double
    /// Lemma frequency per million words, same mean (`freqlemfilms2`, `freqlemlivres`).
    public var lemmaFrequency: Double
    /// Number of phonological syllables (`nbsyll`).
    public var syllables: Int
    /// Phonemic form in Lexique's one-character-per-phoneme code (`phon`).
    public var phonemes: String
    /// Verb inflections of the form; empty for other parts of speech.
    public var inflections: [VerbInflection]

    /// Zipf value of the form frequency: log10(per million) + 3, so 1 is
    /// very rare and 7 is « de »; forms with a zero count get 0.
    public var zipf: Double {
        formFrequency > 0 ? log10(formFrequency) + 3 : 0
    }
}
