import Lexicon
import Tagging
import WritingModel

/// Grammar words that tell what kind of word the context of a misspelling
/// calls for (`lexicons/fr/spelling/context-cues.tsv`).
///
/// The words before the misspelling are read first: « je » announces a
/// verb in the first person singular, « les » a plural noun or adjective.
/// Then the word after it: « il » announces a conjunction or an adverb, a
/// plural noun a plural determiner. Last, the tagger's reading of the
/// misspelling.
public struct ContextCueTable: Sendable {
    /// Path of the cue table inside `lexicons/`.
    public static let relativePath = "fr/spelling/context-cues.tsv"

    enum Cue: Sendable {
        case expects(ContextExpectation.WordClass)
        case transparent
    }

    /// Grammar words to look past or announce the class of the next word,
    /// by lowercase form.
    let cues: [String: Cue]
    /// Grammar words that announce the class of the word before them.
    let followingCues: [String: ContextExpectation.WordClass]
    /// Most words looked at before the misspelling.
    static let lookBehind = 3

    /// Reads the table.
    /// - Throws: `LexiconError.malformedLine` for an unknown class name.
    public init(list: WordList) throws {
        var cues: [String: Cue] = [:]
        var followingCues: [String: ContextExpectation.WordClass] = [:]
        for row in try list.rows(withAtLeast: 2) {
            let isBefore = row.fields.count > 2 && row.fields[2] == "before"
            switch Self.cue(named: row.fields[1]) {
            case .expects(let wordClass) where isBefore: followingCues[row.fields[0]] = wordClass
            case .some(let cue) where !isBefore: cues[row.fields[0]] = cue
            default:
                throw LexiconError.malformedLine(
                    path: list.path, line: row.line,
                    reason: "unknown word class \"\(row.fields[1])\" or side; see the header")
            }
        }
        self.cues = cues
        self.followingCues = followingCues
    }

    /// Loads the table from `resources`.
    public init(resources: ResourceDirectory) throws {
        try self.init(list: WordList(Self.relativePath, in: resources))
    }

    private static func cue(named name: String) -> Cue? {
        switch name {
        case "transparent": return .transparent
        case "clause-opener": return .expects(.clauseOpener)
        case "nominal-plural": return .expects(.nominal(.plural))
        case "nominal-singular": return .expects(.nominal(.singular))
        default:
            guard name.hasPrefix("verb-"), name.count == 7 else { return nil }
            let code = Array(name.suffix(2))
            guard let person = code[0].wholeNumberValue, (1...3).contains(person),
                let number = GrammaticalNumber(rawValue: String(code[1]))
            else { return nil }
            return .expects(.finiteVerb(person: UInt8(person), number: number))
        }
    }

    /// The expectation at word token `index` of sentence `sentenceIndex`,
    /// or nil when neither the words before it nor the tagger say anything.
    public func expectation(
        atToken index: Int, sentence sentenceIndex: Int, in context: AnalysisContext
    ) -> ContextExpectation? {
        let tokens = context.document.tokens
        let range = context.document.sentences[sentenceIndex].tokenRange
        let tagged = context.taggedSentences[sentenceIndex]
        var position = index - 1
        var looked = 0
        while position >= range.lowerBound, looked < Self.lookBehind, tokens[position].isWord {
            let form = tokens[position].text.lowercased().replacingOccurrences(of: "’", with: "'")
            switch cues[form] {
            case .expects(let wordClass):
                // « je les pance »: an article-like word read as a pronoun is a clitic.
                if case .nominal = wordClass, Self.partOfSpeech(of: position, in: tagged) == .pron {
                    break
                }
                return ContextExpectation(wordClass, isFromCue: true)
            case .transparent: break
            case nil: return followingExpectation(atToken: index, in: tagged)
            }
            position -= 1
            looked += 1
        }
        return followingExpectation(atToken: index, in: tagged)
    }

    /// The class the next word announces (« mait il pleut »), or a plural
    /// determiner when the next word is a plural noun and the previous word
    /// is not a determiner (« il a rangé mait affaires »), else the
    /// tagger's reading of the misspelling.
    private func followingExpectation(atToken index: Int, in tagged: [TaggedWord])
        -> ContextExpectation?
    {
        if let next = tagged.first(where: { $0.tokenIndex == index + 1 }),
            let wordClass = followingCues[next.form.lowercased()]
        {
            return ContextExpectation(wordClass, isFromCue: true)
        }
        if let next = tagged.first(where: { $0.tokenIndex == index + 1 }),
            next.partOfSpeech == .noun, next.features.number == .plural,
            Self.partOfSpeech(of: index - 1, in: tagged) != .det
        {
            return ContextExpectation(.determiner(.plural), isFromCue: true)
        }
        return taggerExpectation(atToken: index, in: tagged)
    }

    private static func partOfSpeech(of token: Int, in tagged: [TaggedWord]) -> UniversalPOS? {
        tagged.first { $0.tokenIndex == token }?.partOfSpeech
    }

    /// The class the tagger gave the misspelling from its context.
    private func taggerExpectation(atToken index: Int, in tagged: [TaggedWord])
        -> ContextExpectation?
    {
        guard let word = tagged.first(where: { $0.tokenIndex == index }) else { return nil }
        let features = word.features
        let wordClass: ContextExpectation.WordClass
        switch word.partOfSpeech {
        case .verb, .aux:
            if features.isFinite, let person = features.person, let number = features.number {
                wordClass = .finiteVerb(person: UInt8(person), number: number)
            } else if features.verbForm == "Inf" {
                wordClass = .infinitive
            } else {
                wordClass = .verb
            }
        case .noun, .adj: wordClass = .nominal(features.number)
        case .det: wordClass = .determiner(features.number)
        case .cconj, .sconj: wordClass = .conjunction
        case .adv: wordClass = .adverb
        case .adp: wordClass = .preposition
        case .pron: wordClass = .pronoun
        default: return nil
        }
        return ContextExpectation(wordClass, isFromCue: false)
    }
}
