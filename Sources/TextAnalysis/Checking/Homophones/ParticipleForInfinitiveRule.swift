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
        .right("Il travaille pour gagner sa vie et il a mangé."),
        .right("Il se fait passer pour mort."),
        .right("Un plat de poulet rôti et un verre de rosé."),
    ]
    private let prepositions: FoldedWordSet
    private let modals: Set<String>

    /// Reads the rule's word classes.
    init(lexicon: HomophoneLexicon) throws {
        prepositions = try lexicon.words("preposition-before-infinitive")
        modals = Set(try lexicon.list("modal-lemma"))
    }

    func check(_ sentence: SentenceContext, into findings: inout [Finding]) {
        let words = sentence.words
        for index in words.indices.dropFirst() where words[index].partOfSpeech == .verb {
            let verb = words[index]
            guard verb.features.verbForm != "Inf", verb.features.verbForm != "Ger" else {
                continue
            }
            let previous = words[index - 1]
            let afterModal = previous.partOfSpeech == .verb && previous.features.isFinite
                && modals.contains(previous.lemma)
            guard afterModal || prepositions.contains(previous.form),
                let infinitive = infinitive(of: verb, sentence)
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

    /// The infinitive of a participle in -é or a form in -ez that can be
    /// nothing else.
    private func infinitive(of verb: TaggedWord, _ sentence: SentenceContext) -> String? {
        let readings = sentence.readings(of: verb)
        if readings.contains(.pastParticiple), readings.only([.pastParticiple, .adjective]) {
            return sentence.respelled(verb, suffix: "é", as: "er", needed: .infinitive)
        }
        if readings.only(.finiteVerb) {
            return sentence.respelled(verb, suffix: "ez", as: "er", needed: .infinitive)
        }
        return nil
    }
}
