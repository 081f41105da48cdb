import Tagging
import WritingModel

/// An infinitive in -er written for the past participle after avoir or
/// être: « il a manger » for « il a mangé ».
struct InfinitiveForParticipleRule: CheckingRule {
    let id = "grammar.verb-form-infinitive-for-participle"
    let category = FindingCategory.grammaire
    let examples: [RuleExample] = [
        .wrong("Il a {{manger}} une pomme.", "mangé"),
        .wrong("Nous avons bien {{travailler}}.", "travaillé"),
        .wrong("Elle n'a pas {{parler}} de toi.", "parlé"),
        .wrong("Il est {{aller}} au marché.", "allé"),
        .right("Il a mangé ; il a à manger."),
        .right("Le but est de manger, c'est manger."),
        .right("Il n'a pas à parler de toi."),
    ]
    private let subjects: FoldedWordSet

    /// Reads the rule's word classes.
    init(lexicon: HomophoneLexicon) throws {
        subjects = try lexicon.words("subject-pronoun")
    }

    func check(_ sentence: SentenceContext, into findings: inout [Finding]) {
        let words = sentence.words
        for index in words.indices.dropFirst()
        where words[index].partOfSpeech.isVerbal && words[index].features.isFinite {
            let auxiliary = words[index]
            guard auxiliary.lemma == "avoir"
                || (auxiliary.lemma == "être" && subjects.contains(words[index - 1].form))
            else { continue }
            var position = index + 1
            while position < min(words.count, index + 3), words[position].partOfSpeech == .adv {
                position += 1
            }
            guard let verb = words.word(at: position), verb.partOfSpeech == .verb,
                verb.features.verbForm == "Inf",
                let participle = sentence.respelled(
                    verb, suffix: "er", as: "é", needed: .pastParticiple)
            else { continue }
            findings.append(
                sentence.homophoneFinding(
                    self, span: verb.span,
                    message: "Après l’auxiliaire avoir ou être, il faut le participe passé en "
                        + "« é » (« il a mangé ») ; l’infinitif en « er » se met après une "
                        + "préposition ou un autre verbe.",
                    shortMessage: "Participe passé en « é »", replacements: [participle],
                    confidence: 0.9))
        }
    }
}
