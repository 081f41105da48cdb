import Lexicon
import WritingModel

/// Synonyms to replace a repeated word, from the MyThes thesaurus, kept
/// only when they fit in the word's place: same part of speech in Lexique,
/// common enough for a student to know, and inflected like the word (« voyages » → « promenades », « utilise » → « applique »).
///
/// Synonyms keep the thesaurus's order, which puts the closest meanings
/// of an entry first more often than a ranking by frequency does (that
/// ranking favours vague, many-sense words such as « tenir »).
///
/// NOTE: the thesaurus does not separate senses (« transport » lists
/// « acclamation » before « acheminement »), so suggestions are choices
/// for the student to weigh, not corrections.
public struct SynonymSuggester: Sendable {
    let thesaurus: Thesaurus
    let lexique: Lexique
    let excludedLemmas: Set<String>
    /// Lowest lemma frequency of a synonym, per million words: 1 (Zipf 3)
    /// keeps words most lycée students know and drops archaic ones.
    public var minimumLemmaFrequency = 1.0
    /// Largest number of synonyms returned.
    public var maximumSuggestions = 3

    /// Creates a suggester; `excludedLemmas` are never proposed (the
    /// familiar words of `EverydayWordLexicon`).
    public init(thesaurus: Thesaurus, lexique: Lexique, excludedLemmas: Set<String>) {
        self.thesaurus = thesaurus
        self.lexique = lexique
        self.excludedLemmas = excludedLemmas
    }

    /// Synonyms of `form`, read as `lemma` with `partOfSpeech`, inflected
    /// like `form`, in thesaurus order and capitalized when `form` is.
    /// Empty for other classes than nouns, verbs, adjectives and adverbs.
    public func synonyms(
        of form: String, lemma: String, partOfSpeech: LexiquePartOfSpeech
    ) -> [String] {
        guard let label = Self.thesaurusLabel(partOfSpeech) else { return [] }
        let written = form.lowercased()
        guard
            let source = lexique.lookup(written)
                .filter({ $0.lemma == lemma && $0.partOfSpeech == partOfSpeech })
                .max(by: { $0.formFrequency < $1.formFrequency })
        else { return [] }
        let change = SuffixChange(from: lemma, to: written)
        var seen: Set<String> = [lemma]
        var found: [String] = []
        for meaning in thesaurus.meanings(of: lemma) where Self.accepts(meaning, label: label) {
            for synonym in meaning.synonyms where seen.insert(synonym).inserted {
                guard isCandidate(synonym),
                    let inflected = inflect(synonym, change, as: partOfSpeech, like: source),
                    !found.contains(inflected)
                else { continue }
                found.append(inflected)
                if found.count == maximumSuggestions { break }
            }
            if found.count == maximumSuggestions { break }
        }
        let capitalized = form.startsWithCapital
        return found.map { capitalized ? $0.prefix(1).uppercased() + $0.dropFirst() : $0 }
    }

    /// Single lowercase words without notes: « plier(se) » and multiword
    /// entries cannot replace one word.
    private func isCandidate(_ synonym: String) -> Bool {
        !excludedLemmas.contains(synonym)
            && synonym.allSatisfy { $0.isLetter || $0 == "-" }
            && synonym.first?.isLowercase == true
    }

    /// Returns the form of `synonym` that can replace the word, or nil.
    /// The first try is the word's own suffix change (« utiliser » →
    /// « utilise » gives « appliquer » → « applique »). Then come the
    /// synonym itself and its regular plural and feminine endings
    /// (« étudiante » → « élève »). A form is kept only when Lexique lists
    /// it as a form of `synonym` that agrees with `source` and the lemma is
    /// common enough, so irregular inflections none of these reach are
    /// dropped.
    private func inflect(
        _ synonym: String, _ change: SuffixChange, as partOfSpeech: LexiquePartOfSpeech,
        like source: LexicalEntry
    ) -> String? {
        let candidates =
            [change.applied(to: synonym)].compactMap { $0 }
            + SuffixChange.regularEndings.map { synonym + $0 }
        return candidates.first { candidate in
            lexique.entries(for: candidate).contains { entry in
                entry.lemma == synonym && entry.partOfSpeech == partOfSpeech
                    && entry.lemmaFrequency >= minimumLemmaFrequency
                    && Self.agrees(entry, with: source)
            }
        }
    }

    /// Returns whether `candidate` can replace `source`: the same gender and
    /// number where both have one, and every indicative inflection the
    /// source form may have (every inflection when it has no indicative
    /// one). Without context the source « respecte » may be
    /// first or third person, so « aime » fits and « suis » does not.
    /// Subjunctive and imperative readings are not required, because
    /// Lexique lists them for some forms and not for others of the same
    /// conjugation (« utilise » has sub:pre:3s, « applique » has not).
    static func agrees(_ candidate: LexicalEntry, with source: LexicalEntry) -> Bool {
        func compatible<T: Equatable>(_ left: T?, _ right: T?) -> Bool {
            left == nil || right == nil || left == right
        }
        guard compatible(candidate.gender, source.gender),
            compatible(candidate.number, source.number)
        else { return false }
        let indicative = source.inflections.filter { $0.mood == .indicative }
        let required = indicative.isEmpty ? source.inflections : indicative
        return Set(candidate.inflections).isSuperset(of: required)
    }

    static func accepts(_ meaning: Thesaurus.Meaning, label: Substring) -> Bool {
        let labels = meaning.partOfSpeech.split(separator: " ")
        return labels.isEmpty || labels.contains { $0 == label || $0 == "?" }
    }

    /// Returns the part-of-speech label mythes-fr writes for a Lexique class.
    static func thesaurusLabel(_ partOfSpeech: LexiquePartOfSpeech) -> Substring? {
        switch partOfSpeech {
        case .noun: "Nom"
        case .verb: "Verbe"
        case .adjective: "Adjectif"
        case .adverb: "Adverbe"
        default: nil
        }
    }
}

/// The ending change from a lemma to one of its forms, after their common
/// start: « cheval » → « chevaux » removes « l » and adds « ux ».
struct SuffixChange: Hashable {
    /// Letters the lemma ends with and the form does not.
    var removed: String
    /// Letters the form ends with instead.
    var added: String

    /// Endings tried on a lemma when the word's own change does not give a
    /// form: none, plural, feminine, feminine plural, plural in « x ».
    static let regularEndings = ["", "s", "e", "es", "x"]

    /// Computes the change from `lemma` to `form`, after their longest
    /// common start.
    init(from lemma: String, to form: String) {
        let common = zip(lemma, form).prefix { $0 == $1 }.count
        removed = String(lemma.dropFirst(common))
        added = String(form.dropFirst(common))
    }

    /// `word` changed the same way, or nil when it does not end with the
    /// removed letters.
    func applied(to word: String) -> String? {
        guard word.hasSuffix(removed), word.count > removed.count else { return nil }
        return String(word.dropLast(removed.count)) + added
    }
}
