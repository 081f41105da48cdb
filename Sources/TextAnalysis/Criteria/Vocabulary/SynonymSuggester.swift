import Lexicon

/// Synonyms to replace a repeated word, from the MyThes thesaurus, kept
/// only when they fit where the word stands: same part of speech in
/// Lexique, common enough for a student to know, and inflected like the
/// word (« voyages » → « promenades », « utilise » → « applique »).
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
    let lemmas: LemmaIndex
    let lexique: Lexique
    let excludedLemmas: Set<String>
    /// Lowest lemma frequency of a synonym, per million words: 1 (Zipf 3)
    /// keeps words most lycée students know and drops archaic ones.
    public var minimumLemmaFrequency = 1.0
    /// Largest number of synonyms returned.
    public var maximumSuggestions = 3

    /// Creates a suggester; `excludedLemmas` are never proposed (the
    /// familiar words of `EverydayWordLexicon`).
    public init(
        thesaurus: Thesaurus, lemmas: LemmaIndex, lexique: Lexique, excludedLemmas: Set<String>
    ) {
        self.thesaurus = thesaurus
        self.lemmas = lemmas
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
        let source = lexique.lookup(form)
            .filter { $0.lemma == lemma && $0.partOfSpeech == partOfSpeech }
            .max { $0.formFrequency < $1.formFrequency }
        var seen: Set<String> = [lemma]
        var found: [String] = []
        for meaning in thesaurus.meanings(of: lemma) where Self.accepts(meaning, label: label) {
            for synonym in meaning.synonyms where seen.insert(synonym).inserted {
                guard isCandidate(synonym),
                    let frequency = lemmas.frequency(of: synonym, as: partOfSpeech),
                    frequency >= minimumLemmaFrequency,
                    let inflected = inflect(synonym, as: partOfSpeech, like: source, form: form),
                    !found.contains(inflected)
                else { continue }
                found.append(inflected)
                if found.count == maximumSuggestions { break }
            }
        }
        let capitalized = form.first?.isUppercase == true
        return found.map { capitalized ? $0.prefix(1).uppercased() + $0.dropFirst() : $0 }
    }

    /// Single lowercase words without notes: « plier(se) » and multiword
    /// entries cannot replace one word.
    private func isCandidate(_ synonym: String) -> Bool {
        !excludedLemmas.contains(synonym)
            && synonym.allSatisfy { $0.isLetter || $0 == "-" }
            && synonym.first?.isLowercase == true
    }

    /// The form of `synonym` with the features of `source` (the analysis
    /// of the replaced word), or nil when Lexique has no such form.
    private func inflect(
        _ synonym: String, as partOfSpeech: LexiquePartOfSpeech, like source: LexicalEntry?,
        form: String
    ) -> String? {
        guard let source else {
            // Without an analysis of the word, only an uninflected word
            // (the lemma itself) can be replaced by a lemma.
            return form.lowercased() == synonym ? synonym : nil
        }
        return lemmas.forms(of: synonym, as: partOfSpeech).first {
            Self.agrees($0, with: source)
        }?.form
    }

    /// Whether `candidate` can stand where `source` stands: the same
    /// gender and number where both have one, and every verb inflection
    /// the source form may have. Without context the source « respecte »
    /// may be first or third person, so « aime » fits and « suis » does not.
    static func agrees(_ candidate: LemmaIndex.Form, with source: LexicalEntry) -> Bool {
        func compatible<T: Equatable>(_ left: T?, _ right: T?) -> Bool {
            left == nil || right == nil || left == right
        }
        guard compatible(candidate.gender, source.gender),
            compatible(candidate.number, source.number)
        else { return false }
        return Set(candidate.inflections).isSuperset(of: source.inflections)
    }

    static func accepts(_ meaning: Thesaurus.Meaning, label: Substring) -> Bool {
        let labels = meaning.partOfSpeech.split(separator: " ")
        return labels.isEmpty || labels.contains { $0 == label || $0 == "?" }
    }

    /// The part-of-speech label mythes-fr writes for a Lexique class.
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
