import Lexicon
import Tagging

/// Conjugation errors that sound right: the third person for the first or
/// second (« je prend », « tu peut »), a finite form for a past participle
/// (« il a finit », « il a prit ») and the reverse (« il fini »).
/// The imperfect's -ais/-ait belongs to the verb-form category instead.
struct ConjugationInjector: ErrorInjector {
    let category = ErrorCategory.conjugation
    let inflections: InflectionIndex
    let lexique: Lexique

    func injections(in surface: SentenceSurface) -> [Injection] {
        surface.wordInjections(category) { index, form, word in
            guard word.partOfSpeech.isVerbal else { return [] }
            let afterAvoir = surface.isAuxiliary(index - 1, lemma: "avoir")
            return confusions(form, word, afterAvoir: afterAvoir).filter { _, wrong in
                wrong.map { lexique.soundsAlike($0, form) } ?? false
            }
        }
    }

    private func confusions(_ form: String, _ word: AnnotatedWord, afterAvoir: Bool)
        -> [(String, String?)]
    {
        let features = word.features
        let lemma = word.lemma
        var result: [(String, String?)] = []
        if features.isFinite && features.mood == "Ind" && features.tense == "Pres"
            && features.number == .singular && (features.person == 1 || features.person == 2)
        {
            result.append(("first-or-second-as-third", thirdSingular(lemma, .present)))
        }
        if word.partOfSpeech == .verb && !lemma.hasSuffix("er") && afterAvoir
            && features.verbForm == "Part" && features.tense == "Past"
        {
            result.append(("participle-as-finite", thirdSingular(lemma, .present)))
            result.append(("participle-as-finite", thirdSingular(lemma, .past)))
        }
        if word.partOfSpeech == .verb && !lemma.hasSuffix("er") && features.isFinite
            && features.mood == "Ind" && features.tense == "Pres" && features.person == 3
            && features.number == .singular && form.hasSuffix("t")
        {
            let participle = inflections.participle(
                of: lemma, gender: .masculine, number: .singular)
            result.append(("finite-as-participle", participle?.form))
        }
        return result
    }

    private func thirdSingular(_ lemma: String, _ tense: VerbInflection.Tense) -> String? {
        inflections.verbForm(
            of: lemma, mood: .indicative, tense: tense, person: 3, number: .singular)?.form
    }
}
