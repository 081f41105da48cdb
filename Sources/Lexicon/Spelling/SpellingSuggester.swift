import Synchronization
import WritingModel

/// Ranked spelling suggestions for words Hunspell rejects, from Plume's own
/// candidate generator and ranker; Hunspell only confirms that each
/// suggestion is a correct spelling (traditional or 1990 reform).
///
/// The result is a pure function of the word, the expected word class and
/// the data files: the same on every thread and under any load. Answers
/// are cached by word and expectation.
public final class SpellingSuggester: Sendable {
    /// Maximum number of entries the cache contains before it is emptied.
    static let cacheCapacity = 20_000

    let generator: CandidateGenerator
    let ranker: SuggestionRanker
    let spellChecker: SpellChecker
    private let cache = Mutex<[CacheKey: [SuggestionRanker.Scored]]>([:])

    struct CacheKey: Hashable {
        var word: String
        var expectation: ContextExpectation?
        var limit: Int
    }

    /// Builds the indexes from `lexique` (a fraction of a second: build it
    /// off the start-up path, as `LazyResource` does).
    public init(
        lexique: Lexique, spellChecker: SpellChecker, transcriber: PhoneticTranscriber,
        keyboard: KeyboardLayout, soundAlikeLetters: KeyboardLayout
    ) {
        generator = CandidateGenerator(
            index: SpellingIndex(lexique: lexique), transcriber: transcriber)
        ranker = SuggestionRanker(distance: SpellingDistance(keyboard: keyboard, soundAlikeLetters: soundAlikeLetters), lexique: lexique)
        self.spellChecker = spellChecker
    }

    private init(generator: CandidateGenerator, ranker: SuggestionRanker, spellChecker: SpellChecker) {
        self.generator = generator
        self.ranker = ranker
        self.spellChecker = spellChecker
    }

    /// A suggester sharing this one's indexes that ranks with `weights`,
    /// for tuning them.
    public func withWeights(_ weights: SuggestionRanker.Weights) -> SpellingSuggester {
        var ranker = ranker
        ranker.weights = weights
        return SpellingSuggester(generator: generator, ranker: ranker, spellChecker: spellChecker)
    }

    /// The weights the ranker uses.
    public var weights: SuggestionRanker.Weights { ranker.weights }

    /// Up to `limit` corrections of `word`, best first, in the word's case
    /// (« Etant » → « Étant »); empty when nothing is close.
    /// - Parameter expectation: the word class the context calls for, if known.
    /// - Complexity: O(c × n²) for c candidates of about n letters.
    public func suggestions(
        for word: String, expectation: ContextExpectation?, limit: Int = 5
    ) -> [String] {
        rankedSuggestions(for: word, expectation: expectation, limit: limit).map(\.form)
    }

    /// The corrections of `suggestions(for:expectation:limit:)` with their
    /// scores and edit distances.
    public func rankedSuggestions(
        for word: String, expectation: ContextExpectation?, limit: Int = 5
    ) -> [SuggestionRanker.Scored] {
        let key = CacheKey(word: word, expectation: expectation, limit: limit)
        if let cached = cache.withLock({ $0[key] }) {
            return cached
        }
        let result = search(word, expectation: expectation, limit: limit)
        cache.withLock { cache in
            if cache.count >= Self.cacheCapacity { cache.removeAll(keepingCapacity: true) }
            cache[key] = result
        }
        return result
    }

    /// The ranked candidates of `word` with their scores, for tuning; when
    /// none is close enough, those two or three edits away.
    public func scoredCandidates(for word: String, expectation: ContextExpectation?)
        -> [SuggestionRanker.Scored]
    {
        let lowered = word.lowercased().replacingOccurrences(of: "’", with: "'")
        let near = ranker.rank(
            generator.candidates(for: lowered), from: generator, for: lowered,
            expectation: expectation)
        guard near.isEmpty else { return near }
        return ranker.rank(
            generator.distantCandidates(for: lowered), from: generator, for: lowered,
            expectation: expectation)
    }

    private func search(_ word: String, expectation: ContextExpectation?, limit: Int)
        -> [SuggestionRanker.Scored]
    {
        let capitalized = word.startsWithCapital
        var accepted: [SuggestionRanker.Scored] = []
        for var candidate in scoredCandidates(for: word, expectation: expectation)
        where spellChecker.isCorrect(candidate.form) {
            if capitalized {
                candidate.form = candidate.form.prefix(1).uppercased() + candidate.form.dropFirst()
            }
            accepted.append(candidate)
            if accepted.count == limit { break }
        }
        return accepted
    }
}
