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
        var result: [Injection] = []
        for index in surface.forms.indices.dropFirst() {
            let form = surface.forms[index]
            guard let word = surface.word(at: index), word.partOfSpeech.isVerbal,
                form.isLowercaseWord
            else { continue }
            let afterAvoir = surface.isAuxiliary(index - 1, lemma: "avoir")
            for (kind, wrong) in confusions(form, word, afterAvoir: afterAvoir)
            where wrong != form && lexique.soundsAlike(wrong, form) {
                result.append(
                    Injection(
                        category: category, subKind: kind, tokens: index..<index + 1,
                        replacement: wrong))
            }
        }
        return result
    }

    private func confusions(_ form: String, _ word: AnnotatedWord, afterAvoir: Bool)
        -> [(String, String)]
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
        return result.compactMap { kind, wrong in wrong.map { (kind, $0) } }
    }

    private func thirdSingular(_ lemma: String, _ tense: VerbInflection.Tense) -> String? {
        inflections.verbForm(
            of: lemma, mood: .indicative, tense: tense, person: 3, number: .singular)?.form
    }
}
