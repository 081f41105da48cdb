import Tagging
import WritingModel

/// A past participle in -é or a form in -ez written for the infinitive
/// after a preposition or a modal verb: « pour mangé », « il veut mangez ».
struct ParticipleForInfinitiveRule: CheckingRule {
    let id = "grammar.verb-form-participle-for-infinitive"
    let category = FindingCategory.grammaire
    let examples: [RuleExample] = [
        .wrong("Il travaille pour {{gagné}} sa vie.", "gagner"),
        .wrong("Il part sans {{mangé}}.", "manger"),
        .wrong("Il veut {{mangé}} une pomme.", "manger"),
        .wrong("Je vais {{mangez}} au restaurant.", "manger"),
        .wrong("Il vient de {{terminé}} son travail.", "terminer"),
        .wrong("Il a la possibilité de {{créé}} une entreprise.", "créer"),
        .right("Il travaille pour gagner sa vie et il a mangé."),
        .right("Il se fait passer pour mort."),
        .right("Un plat de poulet rôti et un verre de rosé."),
        .right("Il y avait quelque chose de tourmenté, rien de changé."),
        .right("Il n'y avait que lui de changé, c'est autant de gagné."),
        .right("Il se fit passer pour estropié."),
    ]
    private let prepositions: FoldedWordSet
    private let modals: Set<String>
    private let elidablePrepositions: FoldedWordSet
    private let adjectiveHeads: FoldedWordSet

    /// Reads the rule's word classes.
    init(lexicon: HomophoneLexicon) throws {
        prepositions = try lexicon.words("preposition-before-infinitive")
        modals = Set(try lexicon.list("modal-lemma"))
        elidablePrepositions = try lexicon.words("preposition-de")
        adjectiveHeads = try lexicon.words("before-de-adjective")
    }

    func check(_ sentence: SentenceContext, into findings: inout [Finding]) {
        let words = sentence.words
        for index in words.indices(where: { $0 == .verb }) where index > 0 {
            let verb = words[index]
            guard verb.features.verbForm != "Inf", verb.features.verbForm != "Ger" else {
                continue
            }
            let previous = words[index - 1]
            let afterModal =
                previous.partOfSpeech == .verb && previous.features.isFinite
                && modals.contains(previous.lemma)
            guard afterModal || isAfterInfinitivePreposition(words, index),
                let infinitive = infinitive(of: verb, words.word(at: index + 1), sentence)
            else { continue }
            findings.append(
                sentence.homophoneFinding(
                    self, span: verb.span,
                    message: "Après une préposition ou un verbe comme « vouloir » ou « aller », "
                        + "il faut l’infinitif en « er », que l’on peut remplacer par "
                        + "« prendre ».",
                    shortMessage: "Infinitif en « er »", replacements: [infinitive],
                    confidence: 0.85))
        }
    }

    /// Whether the word before `index` is « pour » or « sans », or « de »
    /// after a verb or a noun (« il a décidé de », « le fait de »), but not
    /// after « chose », « rien » or a pronoun (« quelque chose de changé »,
    /// « lui de changé », « autant de gagné »).
    private func isAfterInfinitivePreposition(_ words: [TaggedWord], _ index: Int) -> Bool {
        let previous = words[index - 1]
        if prepositions.contains(previous.form) { return true }
        guard index >= 2, elidablePrepositions.contains(previous.form) else { return false }
        let head = words[index - 2]
        if head.partOfSpeech == .verb { return true }
        return head.partOfSpeech == .noun && !adjectiveHeads.contains(head.form)
    }

    /// The infinitive of a participle in -é or a form in -ez that can be
    /// nothing else; a participle that is also an adjective counts only
    /// before its object (« pour gagné sa vie », but « passer pour
    /// estropié »).
    private func infinitive(
        of verb: TaggedWord, _ next: TaggedWord?, _ sentence: SentenceContext
    ) -> String? {
        let readings = sentence.readings(of: verb)
        let objectFollows = next?.partOfSpeech == .det || next?.partOfSpeech == .propn
        if readings.only(.pastParticiple)
            || (readings.contains(.pastParticiple) && objectFollows
                && readings.only([.pastParticiple, .adjective]))
        {
            return sentence.respelled(verb, suffix: "é", as: "er", needed: .infinitive)
        }
        if readings.only(.finiteVerb) {
            return sentence.respelled(verb, suffix: "ez", as: "er", needed: .infinitive)
        }
        return nil
    }
}
