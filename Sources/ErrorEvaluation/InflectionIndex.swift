import Lexicon

/// Lexique's forms grouped by lemma, to turn a treebank word into another
/// real inflection of the same lemma (« enfants » → « enfant »,
/// « mangent » → « mange »).
public struct InflectionIndex: Sendable {
    /// One form of a lemma with its Lexique analysis.
    public struct Form: Sendable, Hashable {
        /// The written form.
        public var form: String
        /// Its analysis.
        public var entry: LexicalEntry
    }

    private let formsByLemma: [String: [Form]]

    /// Indexes every row of `lexique`.
    /// - Complexity: O(n log n) in Lexique's rows.
    public init(lexique: Lexique) {
        var forms: [String: [Form]] = [:]
        lexique.forEachEntry { form, entry in
            forms[entry.lemma, default: []].append(Form(form: form, entry: entry))
        }
        // Dictionary order changes between runs: sort, so that the same
        // seed gives the same errors.
        formsByLemma = forms.mapValues { list in
            list.sorted { ($0.entry.formFrequency, $1.form) > ($1.entry.formFrequency, $0.form) }
        }
    }

    /// Forms of `lemma` with part of speech `partOfSpeech`, most frequent first.
    public func forms(of lemma: String, _ partOfSpeech: LexiquePartOfSpeech) -> [Form] {
        (formsByLemma[lemma] ?? []).filter { $0.entry.partOfSpeech == partOfSpeech }
    }

    /// Returns the most frequent verb form of `lemma` with the given inflection.
    public func verbForm(
        of lemma: String, mood: VerbInflection.Mood, tense: VerbInflection.Tense?,
        person: UInt8?, number: GrammaticalNumber?
    ) -> Form? {
        (formsByLemma[lemma] ?? []).first { candidate in
            candidate.entry.partOfSpeech.isVerbal
                && candidate.entry.inflections.contains { inflection in
                    inflection.mood == mood && inflection.tense == tense
                        && inflection.person == person && inflection.number == number
                }
        }
    }

    /// Returns the past participle of `lemma` in `gender` and `number`.
    public func participle(of lemma: String, gender: Gender, number: GrammaticalNumber) -> Form? {
        (formsByLemma[lemma] ?? []).first { candidate in
            candidate.entry.partOfSpeech == .verb
                && candidate.entry.inflections.contains { $0.mood == .participle }
                && candidate.entry.gender == gender && candidate.entry.number == number
        }
    }

    /// Returns the noun or adjective form of `lemma` in `gender` and `number`; a
    /// form without gender in Lexique (« facile ») fits both genders.
    public func nominal(
        of lemma: String, _ partOfSpeech: LexiquePartOfSpeech, gender: Gender?,
        number: GrammaticalNumber
    ) -> Form? {
        forms(of: lemma, partOfSpeech).first { candidate in
            candidate.entry.number == number
                && (gender == nil || candidate.entry.gender == nil
                    || candidate.entry.gender == gender)
        }
    }
}
