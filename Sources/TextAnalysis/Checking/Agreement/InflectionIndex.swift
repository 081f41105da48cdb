import Lexicon
import Synchronization

/// Lexique reorganised by lemma, to find the form of a word with the
/// gender, number or person a sentence needs: (« enfant », plural) →
/// « enfants », (« prendre », first person singular present) → « prends ».
final class InflectionIndex: Sendable {
    /// A noun, adjective or participle form with its gender and number.
    struct NominalForm: Sendable {
        var form: String
        var features: GenderNumberSet
        var phonemes: String
        var frequency: Double
    }

    /// A conjugated form with the inflections it carries.
    struct VerbForm: Sendable {
        var form: String
        var inflections: [VerbInflection]
        var phonemes: String
        var frequency: Double
    }

    private struct NominalKey: Hashable {
        var lemma: String
        var partOfSpeech: LexiquePartOfSpeech
    }

    private let nominal: [NominalKey: [NominalForm]]
    private let verbal: [String: [VerbForm]]
    /// Lemmas of the conjugated forms, by pronunciation.
    private let verbalLemmasBySound: [String: Set<String>]

    /// Groups every row of `lexique` by lemma; participles are filed as
    /// nominal forms of the verb's lemma.
    /// - Complexity: O(n) in Lexique's rows.
    init(lexique: Lexique) {
        var nominal: [NominalKey: [NominalForm]] = [:]
        var verbal: [String: [VerbForm]] = [:]
        var verbalLemmasBySound: [String: Set<String>] = [:]
        lexique.forEachEntry { form, entry in
            let features = GenderNumberSet(gender: entry.gender, number: entry.number)
            switch entry.partOfSpeech {
            case .noun, .adjective:
                let key = NominalKey(lemma: entry.lemma, partOfSpeech: entry.partOfSpeech)
                nominal[key, default: []].append(
                    NominalForm(
                        form: form, features: features, phonemes: entry.phonemes,
                        frequency: entry.formFrequency))
            case .verb, .auxiliary:
                if entry.isPastParticiple {
                    let key = NominalKey(lemma: entry.lemma, partOfSpeech: .verb)
                    nominal[key, default: []].append(
                        NominalForm(
                            form: form, features: features, phonemes: entry.phonemes,
                            frequency: entry.formFrequency))
                }
                let finite = entry.inflections.filter(\.isFinite)
                if !finite.isEmpty {
                    verbalLemmasBySound[entry.phonemes, default: []].insert(entry.lemma)
                    verbal[entry.lemma, default: []].append(
                        VerbForm(
                            form: form, inflections: finite, phonemes: entry.phonemes,
                            frequency: entry.formFrequency))
                }
            default:
                break
            }
        }
        self.nominal = nominal
        self.verbal = verbal
        self.verbalLemmasBySound = verbalLemmasBySound
    }

    /// Lemmas with a conjugated form pronounced `phonemes` (« sOm »:
    /// « sommer » and « être »).
    func verbLemmas(soundingLike phonemes: String) -> Set<String> {
        verbalLemmasBySound[phonemes] ?? []
    }

    /// Forms of `lemma` in `partOfSpeech` (`.verb` for participles) that
    /// can take a combination of `needed`, other than `excluded`: first
    /// those that take nothing else, then the most frequent.
    /// When `phonemes` is given, only forms pronounced that way count.
    func nominalForms(
        lemma: String, partOfSpeech: LexiquePartOfSpeech, needed: GenderNumberSet,
        excluding excluded: String, soundingLike phonemes: String? = nil
    ) -> [String] {
        let forms = nominal[NominalKey(lemma: lemma, partOfSpeech: partOfSpeech)] ?? []
        let fitting = forms.filter {
            !$0.features.isDisjoint(with: needed) && $0.form != excluded
                && (phonemes == nil || $0.phonemes == phonemes)
        }
        let ranked = fitting.sorted {
            let exact0 = needed.isSuperset(of: $0.features)
            let exact1 = needed.isSuperset(of: $1.features)
            if exact0 != exact1 { return exact0 }
            if $0.frequency != $1.frequency { return $0.frequency > $1.frequency }
            return $0.form < $1.form
        }
        return Self.unique(ranked.map(\.form))
    }

    /// Conjugated forms of `lemma` in the mood and tense of `inflection`
    /// whose person is in `persons`, most frequent first.
    func verbForms(
        lemma: String, like inflection: VerbInflection, persons: PersonNumberSet
    ) -> [VerbForm] {
        let forms = verbal[lemma] ?? []
        let fitting = forms.filter { form in
            form.inflections.contains { candidate in
                guard candidate.mood == inflection.mood, candidate.tense == inflection.tense,
                    let person = candidate.person, let number = candidate.number
                else { return false }
                return persons.contains(PersonNumberSet(person: Int(person), number: number))
            }
        }
        // Lexique files a few clitic spellings under « avoir » at its lowest
        // frequency (« n' » and « s » as « a »). A form far rarer than the
        // best one, or ending in an apostrophe, is therefore not offered.
        let top = fitting.map(\.frequency).max() ?? 0
        let plausible = fitting.filter {
            !$0.form.hasSuffix("'") && !$0.form.hasSuffix("’")
                && $0.frequency * Self.rareFormRatio >= top
        }
        // The form breaks frequency ties, because the index is built in
        // Lexique's dictionary order, which changes from one process to
        // the next.
        return plausible.sorted {
            if $0.frequency != $1.frequency { return $0.frequency > $1.frequency }
            return $0.form < $1.form
        }
    }

    /// How many times rarer than the most frequent fitting form a
    /// conjugated form may be and still be offered.
    static let rareFormRatio = 1_000.0

    /// The gender of every form of the noun `lemma` that Lexique genders,
    /// or nil when they differ or none has one.
    func nounGender(of lemma: String) -> Gender? {
        let forms = nominal[NominalKey(lemma: lemma, partOfSpeech: .noun)] ?? []
        let genders = Set(forms.compactMap(\.features.definiteGender))
        return genders.count == 1 ? genders.first : nil
    }

    /// Checks whether the noun `lemma` has a plural-only form other than
    /// `form`, so that `form`, which Lexique leaves without number
    /// (« livre », plural « livres »), is singular.
    func hasDistinctPlural(lemma: String, besides form: String) -> Bool {
        let forms = nominal[NominalKey(lemma: lemma, partOfSpeech: .noun)] ?? []
        return forms.contains { $0.form != form && $0.features.definiteNumber == .plural }
    }

    static func unique(_ forms: [String]) -> [String] {
        var seen = Set<String>()
        return forms.filter { seen.insert($0).inserted }
    }
}

/// Builds the inflection index on first use and then shares it: only a
/// sentence with a suspected error needs it, so clean texts and start-up
/// never pay for it.
final class InflectionIndexCache: Sendable {
    private let index = Mutex<InflectionIndex?>(nil)

    /// The index of `lexique`, built on the first call.
    func index(for lexique: Lexique) -> InflectionIndex {
        index.withLock { stored in
            if let stored { return stored }
            let built = InflectionIndex(lexique: lexique)
            stored = built
            return built
        }
    }
}
