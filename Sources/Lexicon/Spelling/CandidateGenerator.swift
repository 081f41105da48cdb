/// Spelling candidates for a misspelled word, found in Plume's own
/// indexes of Lexique: forms spelled alike once accents are dropped and at
/// most one letter is deleted from each side, and forms pronounced like
/// one of the word's possible pronunciations.
///
/// Everything is a pure function of the word and the data files, so the
/// candidates never depend on the machine's load or the number of threads
/// (Hunspell's own suggestion search stops after a CPU-time budget).
public struct CandidateGenerator: Sendable {
    /// One candidate form.
    public struct Candidate: Sendable, Hashable {
        /// Number of the form in the index.
        var form: Int32
        /// Whether the form is pronounced like the misspelling.
        public var isHomophone: Bool
    }

    let index: SpellingIndex
    let transcriber: PhoneticTranscriber

    /// Creates a generator over `index`, transcribing misspellings with `transcriber`.
    public init(index: SpellingIndex, transcriber: PhoneticTranscriber) {
        self.index = index
        self.transcriber = transcriber
    }

    /// Candidates for `word` (lowercase), sorted by form number; the word
    /// itself is left out.
    /// - Complexity: O(n log m) lookups for a word of n letters in an index
    ///   of m postings, plus the candidates found.
    public func candidates(for word: String) -> [Candidate] {
        let homophones = index.homophones(of: transcriber.transcriptions(of: word))
        let all = index.spellingNeighbours(of: word).union(homophones)
        return all.sorted().compactMap { form in
            index.forms[Int(form)] == word
                ? nil : Candidate(form: form, isHomophone: homophones.contains(form))
        }
    }

    /// Candidates of `word` (lowercase) two or three edits away, for words
    /// whose `candidates(for:)` are all too far; sorted by form number.
    public func distantCandidates(for word: String) -> [Candidate] {
        index.widerSpellingNeighbours(of: word).sorted().compactMap { form in
            index.forms[Int(form)] == word ? nil : Candidate(form: form, isHomophone: false)
        }
    }

    /// The spelling of a candidate.
    public func form(of candidate: Candidate) -> String {
        index.forms[Int(candidate.form)]
    }

    /// The highest Zipf frequency of a candidate's form in Lexique.
    public func zipf(of candidate: Candidate) -> Double {
        Double(index.zipf[Int(candidate.form)])
    }
}
