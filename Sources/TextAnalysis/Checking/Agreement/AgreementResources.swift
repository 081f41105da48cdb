import Lexicon

/// What the agreement and conjugation rules share: their word list and
/// the inflection index, built on first use.
final class AgreementResources: Sendable {
    let words: AgreementWords
    private let indexCache = InflectionIndexCache()

    /// Reads the word list from `directory`.
    /// - Throws: `LexiconError` when the list is missing or malformed.
    init(directory: ResourceDirectory) throws {
        words = try AgreementWords(directory: directory)
    }

    /// The inflection index of `lexique`.
    func inflections(_ lexique: Lexique) -> InflectionIndex {
        indexCache.index(for: lexique)
    }

    /// Conjugated forms of the verbs `entries` may be, in the same mood and
    /// tense, for `persons`: indicative readings first, then conditional
    /// and subjunctive, present before past; `excluded` is left out.
    func conjugatedForms(
        of entries: LexicalEntries, persons: PersonNumberSet, excluding excluded: String,
        lexique: Lexique
    ) -> [String] {
        let index = inflections(lexique)
        var readings: [(lemma: String, inflection: VerbInflection)] = []
        for entry in entries where entry.partOfSpeech.isVerbal {
            for inflection in entry.inflections where inflection.isFinite {
                guard inflection.mood != .imperative else { continue }
                readings.append((entry.lemma, inflection))
            }
        }
        readings.sort { Self.rank($0.inflection) < Self.rank($1.inflection) }
        var forms: [InflectionIndex.VerbForm] = []
        for reading in readings {
            let found = index.verbForms(
                lemma: reading.lemma, like: reading.inflection, persons: persons)
            forms += found.filter { $0.form != excluded }
        }
        let homophones = homophoneForms(
            of: entries, readings: readings, persons: persons, besides: forms, index: index)
        return InflectionIndex.unique((homophones + forms).map(\.form))
    }

    /// Forms of other verbs, in the same mood and tense as one of
    /// `readings` and for `persons`, that sound like one of `entries` and
    /// are at least `homophoneFrequencyRatio` times as frequent as every
    /// form in `forms`, most frequent first. « nous somme » is a slip for
    /// « sommes » (être), not a form of the rare « sommer ».
    private func homophoneForms(
        of entries: LexicalEntries, readings: [(lemma: String, inflection: VerbInflection)],
        persons: PersonNumberSet, besides forms: [InflectionIndex.VerbForm],
        index: InflectionIndex
    ) -> [InflectionIndex.VerbForm] {
        let ownLemmas = Set(readings.map(\.lemma))
        let sounds = Set(entries.filter(\.partOfSpeech.isVerbal).map(\.phonemes))
        let threshold = (forms.map(\.frequency).max() ?? 0) * Self.homophoneFrequencyRatio
        var found: [InflectionIndex.VerbForm] = []
        for sound in sounds.sorted() {
            for lemma in index.verbLemmas(soundingLike: sound).sorted()
            where !ownLemmas.contains(lemma) {
                for reading in readings {
                    found += index.verbForms(
                        lemma: lemma, like: reading.inflection, persons: persons
                    ).filter { $0.phonemes == sound && $0.frequency > threshold }
                }
            }
        }
        return found.sorted {
            if $0.frequency != $1.frequency { return $0.frequency > $1.frequency }
            return $0.form < $1.form
        }
    }

    /// How many times more frequent than the verb's own fitting forms a
    /// form of another verb that sounds the same must be to come first.
    static let homophoneFrequencyRatio = 10.0

    private static func rank(_ inflection: VerbInflection) -> Int {
        let mood =
            switch inflection.mood {
            case .indicative: 0
            case .conditional: 1
            default: 2
            }
        let tense =
            switch inflection.tense {
            case .present: 0
            case .imperfect: 1
            case .future: 2
            default: 3
            }
        return mood * 4 + tense
    }

    /// The French name of a person and number: « la troisième personne du
    /// pluriel ».
    static func personName(_ person: Int, _ number: GrammaticalNumber) -> String {
        let ordinal = ["première", "deuxième", "troisième"][max(0, min(person, 3) - 1)]
        return "la \(ordinal) personne du \(number == .plural ? "pluriel" : "singulier")"
    }
}

/// A rule that builds an index of Lexique on first use, and can build it
/// ahead of time so that the first finding does not wait for it.
protocol LexiqueIndexedRule: CheckingRule {
    /// Builds the rule's index of `lexique` unless it is built already.
    func prepare(lexique: Lexique)
}

extension NounPhraseAgreementRule: LexiqueIndexedRule {
    func prepare(lexique: Lexique) { _ = resources.inflections(lexique) }
}
