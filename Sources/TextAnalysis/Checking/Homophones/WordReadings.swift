import Lexicon

/// What Lexique says a word form can be, whatever the tagger chose: the
/// homophone rules act only when no reading of the neighbour could make
/// the sentence correct.
struct WordReadings: OptionSet, Sendable {
    let rawValue: UInt32

    init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    static let noun = WordReadings(rawValue: 1 << 0)
    static let adjective = WordReadings(rawValue: 1 << 1)
    static let finiteVerb = WordReadings(rawValue: 1 << 2)
    static let infinitive = WordReadings(rawValue: 1 << 3)
    static let pastParticiple = WordReadings(rawValue: 1 << 4)
    static let presentParticiple = WordReadings(rawValue: 1 << 5)
    static let determiner = WordReadings(rawValue: 1 << 6)
    static let pronoun = WordReadings(rawValue: 1 << 7)
    static let adverb = WordReadings(rawValue: 1 << 8)
    static let preposition = WordReadings(rawValue: 1 << 9)
    static let conjunction = WordReadings(rawValue: 1 << 10)
    static let other = WordReadings(rawValue: 1 << 11)
    /// Some noun or adjective reading is singular, or has no number.
    static let singular = WordReadings(rawValue: 1 << 12)
    /// Some noun or adjective reading is marked plural.
    static let plural = WordReadings(rawValue: 1 << 13)
    /// Some noun or adjective reading is feminine.
    static let feminine = WordReadings(rawValue: 1 << 14)
    /// Some noun or adjective reading is masculine, or has no gender.
    static let masculine = WordReadings(rawValue: 1 << 15)
    /// Some finite reading is the third person singular.
    static let thirdSingular = WordReadings(rawValue: 1 << 16)

    /// Every part-of-speech flag, without the number and gender flags.
    static let partsOfSpeech: WordReadings = [
        .noun, .adjective, .finiteVerb, .infinitive, .pastParticiple, .presentParticiple,
        .determiner, .pronoun, .adverb, .preposition, .conjunction, .other,
    ]

    /// Rows rarer than this, in occurrences per million words, are left out
    /// when a frequent row exists: the letter « a » or the note « la » must
    /// not make every « a » or « la » look like a noun.
    static let rareRowFrequency = 1.0

    /// The readings of `form` in `lexique`, or none when it is unknown.
    /// Rare rows are left out unless `includingRareRows` is true.
    init(of form: String, in lexique: Lexique, includingRareRows: Bool = false) {
        self = []
        let entries = lexique.lookup(form)
        let frequent =
            !includingRareRows && entries.contains { $0.formFrequency >= Self.rareRowFrequency }
        for entry in entries where !frequent || entry.formFrequency >= Self.rareRowFrequency {
            formUnion(Self.readings(of: entry))
        }
    }

    /// Whether Lexique lists the form at all.
    var isKnown: Bool { !intersection(.partsOfSpeech).isEmpty }

    /// Whether every reading of the form is among `allowed` (number and
    /// gender flags aside), and the form is known.
    func only(_ allowed: WordReadings) -> Bool {
        isKnown && intersection(.partsOfSpeech).subtracting(allowed).isEmpty
    }

    private static func readings(of entry: LexicalEntry) -> WordReadings {
        switch entry.partOfSpeech {
        case .noun, .adjective, .numeralAdjective:
            var result: WordReadings = entry.partOfSpeech == .noun ? .noun : .adjective
            if entry.number != .plural { result.insert(.singular) }
            if entry.number == .plural { result.insert(.plural) }
            result.insert(entry.gender == .feminine ? .feminine : .masculine)
            return result
        case .verb, .auxiliary:
            return verbReadings(entry.inflections)
        case .definiteArticle, .indefiniteArticle, .possessiveAdjective,
            .demonstrativeAdjective, .interrogativeAdjective, .indefiniteAdjective:
            return .determiner
        case .personalPronoun, .indefinitePronoun, .possessivePronoun, .relativePronoun,
            .interrogativePronoun, .demonstrativePronoun:
            return .pronoun
        case .adverb: return .adverb
        case .preposition: return .preposition
        case .conjunction: return .conjunction
        default: return .other
        }
    }

    private static func verbReadings(_ inflections: [VerbInflection]) -> WordReadings {
        var result: WordReadings = []
        for inflection in inflections {
            switch inflection.mood {
            case .infinitive: result.insert(.infinitive)
            case .participle:
                result.insert(inflection.tense == .present ? .presentParticiple : .pastParticiple)
            default:
                result.insert(.finiteVerb)
                if inflection.person == 3 && inflection.number == .singular {
                    result.insert(.thirdSingular)
                }
            }
        }
        return result
    }
}
