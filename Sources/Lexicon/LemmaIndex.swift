/// Lexique seen from the lemma: every inflected form of a lemma with its
/// features, to inflect a synonym like the word it replaces (« voyages » →
/// « périples »).
///
/// Built from a loaded `Lexique` in one pass (about 140,000 rows); meant to
/// be built once, lazily, and shared.
public final class LemmaIndex: Sendable {
    /// One inflected form of a lemma in one part of speech.
    public struct Form: Sendable, Hashable {
        /// The form as Lexique writes it.
        public var form: String
        /// Gender, when the form has one.
        public var gender: Gender?
        /// Number, when the form has one.
        public var number: GrammaticalNumber?
        /// Verb inflections; empty for other parts of speech.
        public var inflections: [VerbInflection]
        /// Form frequency per million words.
        public var frequency: Double
    }

    private struct Key: Hashable {
        var lemma: String
        var partOfSpeech: LexiquePartOfSpeech
    }

    private let forms: [Key: [Form]]
    private let lemmaFrequencies: [Key: Double]

    /// Builds the index of `lexique`.
    /// - Complexity: O(n) in the number of Lexique rows.
    public init(lexique: Lexique) {
        var forms: [Key: [Form]] = [:]
        var frequencies: [Key: Double] = [:]
        lexique.forEachAnalysis { form, entry in
            let key = Key(lemma: entry.lemma, partOfSpeech: entry.partOfSpeech)
            forms[key, default: []].append(
                Form(
                    form: form, gender: entry.gender, number: entry.number,
                    inflections: entry.inflections, frequency: entry.formFrequency))
            frequencies[key] = max(frequencies[key] ?? 0, entry.lemmaFrequency)
        }
        self.forms = forms
        lemmaFrequencies = frequencies
    }

    /// Forms of `lemma` as `partOfSpeech`, most frequent first; empty when
    /// Lexique has no such lemma.
    public func forms(of lemma: String, as partOfSpeech: LexiquePartOfSpeech) -> [Form] {
        (forms[Key(lemma: lemma, partOfSpeech: partOfSpeech)] ?? []).sorted {
            ($0.frequency, $1.form) > ($1.frequency, $0.form)
        }
    }

    /// Frequency per million words of `lemma` as `partOfSpeech`, or nil
    /// when Lexique does not list it as such.
    public func frequency(of lemma: String, as partOfSpeech: LexiquePartOfSpeech) -> Double? {
        lemmaFrequencies[Key(lemma: lemma, partOfSpeech: partOfSpeech)]
    }
}
