/// The kind of word a sentence expects at the place of a misspelling.
///
/// It is read from the neighbouring words (« je » announces a verb in the
/// first person) or from the tagger, so that suggestions that fit come first.
public struct ContextExpectation: Sendable, Hashable {
    /// Word classes a context can call for.
    public enum WordClass: Sendable, Hashable {
        /// A conjugated verb or auxiliary in this person and number.
        case finiteVerb(person: UInt8, number: GrammaticalNumber)
        /// A noun or adjective, in this number when known.
        case nominal(GrammaticalNumber?)
        /// A determiner, in this number when known.
        case determiner(GrammaticalNumber?)
        /// A verb in any form.
        case verb
        /// An infinitive.
        case infinitive
        /// A coordinating or subordinating conjunction.
        case conjunction
        /// An adverb.
        case adverb
        /// A preposition.
        case preposition
        /// A pronoun.
        case pronoun
        /// A word that opens a clause before its subject: a conjunction,
        /// an adverb, a relative or interrogative pronoun (« mait il pleut »).
        case clauseOpener
    }

    /// The class expected.
    public var wordClass: WordClass
    /// Whether a grammar word announced it (« je », « les »): a firmer clue
    /// than the tagger's guess for an unknown word.
    public var isFromCue: Bool

    /// Creates an expectation.
    public init(_ wordClass: WordClass, isFromCue: Bool) {
        self.wordClass = wordClass
        self.isFromCue = isFromCue
    }

    /// How well a word with the analyses `entries` fits: 1 when one
    /// analysis fits fully, 0.5 when its class fits but not its person or
    /// number, 0 when none fits.
    public func fit(_ entries: LexicalEntries) -> Double {
        entries.reduce(0) { max($0, fit($1)) }
    }

    private func fit(_ entry: LexicalEntry) -> Double {
        let pos = entry.partOfSpeech
        switch wordClass {
        case .finiteVerb(let person, let number):
            guard pos.isVerbal else { return 0 }
            let agrees = entry.inflections.contains {
                $0.isFinite && $0.person == person && $0.number == number
            }
            return agrees ? 1 : 0.5
        case .nominal(let number):
            guard pos == .noun || pos == .adjective else { return 0 }
            return number == nil || entry.number == nil || entry.number == number ? 1 : 0.5
        case .determiner(let number):
            guard Self.determiners.contains(pos) else { return 0 }
            return number == nil || entry.number == nil || entry.number == number ? 1 : 0.5
        case .verb: return pos.isVerbal ? 1 : 0
        case .infinitive:
            guard pos.isVerbal else { return 0 }
            return entry.inflections.contains { $0.mood == .infinitive } ? 1 : 0.5
        case .conjunction: return pos == .conjunction ? 1 : 0
        case .adverb: return pos == .adverb ? 1 : 0
        case .preposition: return pos == .preposition ? 1 : 0
        case .pronoun: return Self.pronouns.contains(pos) ? 1 : 0
        case .clauseOpener:
            switch pos {
            case .conjunction, .adverb, .relativePronoun, .interrogativePronoun: return 1
            default: return 0
            }
        }
    }

    private static let determiners: Set<LexiquePartOfSpeech> = [
        .definiteArticle, .indefiniteArticle, .possessiveAdjective, .demonstrativeAdjective,
        .indefiniteAdjective, .interrogativeAdjective, .numeralAdjective,
    ]

    private static let pronouns: Set<LexiquePartOfSpeech> = [
        .personalPronoun, .indefinitePronoun, .possessivePronoun, .relativePronoun,
        .interrogativePronoun, .demonstrativePronoun,
    ]
}
