/// Orders spelling candidates by how likely a student meant each one.
///
/// A candidate's score is its weighted edit distance from the misspelling
/// (`SpellingDistance`), charged less when it sounds the same. A bonus for
/// frequent words (Zipf value from Lexique) is taken off, and a bonus or
/// penalty added for how well it fits the word class the context expects.
/// Lower is better. Equal scores are ordered by spelling, so the order is
/// the same on every run.
public struct SuggestionRanker: Sendable {
    /// Weights of the score's terms, tuned on the UD development treebanks.
    public struct Weights: Sendable, Hashable {
        /// Per unit of edit distance.
        public var distance = 1.0
        /// Distance charged to a candidate that sounds like the misspelling,
        /// whatever its spelling: sound-alike spellings (« cans », « quand »)
        /// are far apart in letters.
        public var homophoneBase = 0.2
        /// Share of the edit distance charged on top of `homophoneBase`.
        public var homophoneSlope = 0.3
        /// Per unit of Zipf frequency.
        public var frequency = 0.2
        /// Context fit when a grammar word announced the class.
        public var cueContext = 0.5
        /// Context fit when the tagger guessed the class.
        public var taggerContext = 0.15
        /// Largest edit distance of a candidate that does not sound the same.
        public var maximumDistance = 2.0
        /// Largest edit distance of a candidate that sounds the same.
        public var maximumHomophoneDistance = 4.0

        /// The default weights.
        public init() {}
    }

    /// One candidate with its score.
    public struct Scored: Sendable {
        /// Spelling, lowercase.
        public var form: String
        /// Lower is better.
        public var score: Double
        /// Weighted edit distance from the misspelling.
        public var distance: Double
        /// Whether the candidate sounds like the misspelling.
        public var isHomophone: Bool

        /// Creates a scored candidate, for a checker that adds candidates
        /// of its own to the ranked list.
        public init(form: String, score: Double, distance: Double, isHomophone: Bool) {
            self.form = form
            self.score = score
            self.distance = distance
            self.isHomophone = isHomophone
        }
    }

    let distance: SpellingDistance
    let lexique: Lexique
    /// The weights used.
    public var weights = Weights()

    /// Creates a ranker with the default weights.
    public init(distance: SpellingDistance, lexique: Lexique) {
        self.distance = distance
        self.lexique = lexique
    }

    /// `candidates` of `generator` for `word` (lowercase) that are close
    /// enough, best first.
    public func rank(
        _ candidates: [CandidateGenerator.Candidate], from generator: CandidateGenerator,
        for word: String, expectation: ContextExpectation?
    ) -> [Scored] {
        let typed = Array(word)
        var scored: [Scored] = []
        for candidate in candidates {
            let form = generator.form(of: candidate)
            let edit = distance.distance(typed, Array(form))
            let limit =
                candidate.isHomophone ? weights.maximumHomophoneDistance : weights.maximumDistance
            guard edit <= limit else { continue }
            let charged =
                candidate.isHomophone
                ? min(edit, weights.homophoneBase + weights.homophoneSlope * edit) : edit
            var score = charged * weights.distance - generator.zipf(of: candidate) * weights.frequency
            if let expectation {
                let fit = expectation.fit(lexique.entries(for: form))
                let weight = expectation.isFromCue ? weights.cueContext : weights.taggerContext
                score -= (fit - 0.5) * 2 * weight
            }
            scored.append(
                Scored(form: form, score: score, distance: edit, isHomophone: candidate.isHomophone))
        }
        return scored.sorted { ($0.score, $0.form) < ($1.score, $1.form) }
    }
}
