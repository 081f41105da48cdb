import Lexicon
import Tagging

/// The -er/-é/-ez/-ait/-ais confusions: « pour mangé », « il a manger »,
/// « il mangeais ». Every wrong form is a real inflection of the same verb
/// taken from Lexique.
struct VerbFormInjector: ErrorInjector {
    let category = ErrorCategory.verbForm
    let inflections: InflectionIndex

    func injections(in surface: SentenceSurface) -> [Injection] {
        surface.wordInjections(category) { index, form, word in
            guard word.partOfSpeech == .verb else { return [] }
            return confusions(form, word, afterAuxiliary: surface.isAuxiliary(index - 1))
        }
    }

    private func confusions(_ form: String, _ word: AnnotatedWord, afterAuxiliary: Bool)
        -> [(String, String?)]
    {
        let lemma = word.lemma
        let features = word.features
        var result: [(String, String?)] = []
        if lemma.hasSuffix("er") && features.verbForm == "Inf" && form == lemma {
            result.append(("infinitive-as-participle", participle(lemma)))
            result.append(("infinitive-as-ez", secondPlural(lemma)))
        }
        if lemma.hasSuffix("er") && features.verbForm == "Part" && features.tense == "Past"
            && form.hasSuffix("é") && afterAuxiliary
        {
            result.append(("participle-as-infinitive", lemma))
            result.append(("participle-as-ez", secondPlural(lemma)))
        }
        if features.mood == "Ind" && features.tense == "Imp" && features.number == .singular {
            let person: UInt8 = features.person == 3 ? 1 : 3
            let name = person == 1 ? "imperfect-ait-as-ais" : "imperfect-ais-as-ait"
            let other = inflections.verbForm(
                of: lemma, mood: .indicative, tense: .imperfect, person: person, number: .singular)
            result.append((name, other?.form))
        }
        return result
    }

    private func participle(_ lemma: String) -> String? {
        inflections.participle(of: lemma, gender: .masculine, number: .singular)?.form
    }

    private func secondPlural(_ lemma: String) -> String? {
        inflections.verbForm(
            of: lemma, mood: .indicative, tense: .present, person: 2, number: .plural)?.form
    }
}

extension SentenceSurface {
    /// Returns whether token `index` is an auxiliary (« a », « est », « été »).
    func isAuxiliary(_ index: Int, lemma: String? = nil) -> Bool {
        guard index >= 0, let word = word(at: index), word.partOfSpeech == .aux else {
            return false
        }
        return lemma == nil || word.lemma == lemma
    }
}

extension Lexique {
    /// Returns whether `first` and `second` have a pronunciation in common.
    func soundsAlike(_ first: String, _ second: String) -> Bool {
        let sounds = Set(entries(for: first).map(\.phonemes))
        return entries(for: second).contains { sounds.contains($0.phonemes) }
    }
}
