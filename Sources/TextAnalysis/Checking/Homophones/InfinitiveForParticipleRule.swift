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
        .wrong("Elle s'est {{lever}} tôt.", "levé"),
        .right("Il a mangé ; il a à manger."),
        .right("Le but est de manger, c'est manger."),
        .right("Il n'a pas à parler de toi."),
        .right("Il avait beau regarder, il ne voyait rien."),
        .right("Il était fier, il est officier."),
    ]
    private let subjects: FoldedWordSet
    private let adverbs: FoldedWordSet
    private let reflexives: FoldedWordSet
    private let etreVerbs: Set<String>

    /// Reads the rule's word classes.
    init(lexicon: HomophoneLexicon) throws {
        subjects = try lexicon.words("subject-pronoun")
        adverbs = try lexicon.words("adverb-before-participle")
        reflexives = try lexicon.words("reflexive-pronoun")
        etreVerbs = Set(try lexicon.list("etre-verb-lemma"))
    }

    func check(_ sentence: SentenceContext, into findings: inout [Finding]) {
        let words = sentence.words
        for index in words.indices(where: \.isVerbal)
        where index > 0 && words[index].features.isFinite {
            let auxiliary = words[index].lemma
            guard auxiliary == "avoir" || auxiliary == "être" else { continue }
            var position = index + 1
            // Listed adverbs only: « il a bien mangé », « il avait beau manger ».
            while position < min(words.count, index + 3), adverbs.contains(words[position].form) {
                position += 1
            }
            guard let verb = words.word(at: position), verb.partOfSpeech == .verb,
                verb.features.verbForm == "Inf",
                sentence.readings(of: verb).only([.infinitive, .noun]),
                auxiliary == "avoir" || takesEtre(verb, after: words[index - 1]),
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

    /// Whether `verb` is conjugated with être after `previous`: a listed
    /// verb of movement after a subject pronoun (« il est aller »), or any
    /// verb after a reflexive pronoun (« il s'est lever »). « il est
    /// officier » and « il était fier » stay alone.
    private func takesEtre(_ verb: TaggedWord, after previous: TaggedWord) -> Bool {
        if reflexives.contains(previous.form) { return true }
        return subjects.contains(previous.form) && etreVerbs.contains(verb.lemma)
    }
}
