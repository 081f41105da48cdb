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
        .wrong("L'UE doit aussi {{avancez}} dans son travail.", "avancer"),
        .wrong("Il est utile d'{{insérez}} ce texte.", "insérer"),
        .wrong("Il apprend à {{utilisez}} la machine.", "utiliser"),
        .wrong("Il invita Pablo à {{cessé}} sa carrière.", "cesser"),
        .wrong("Elle aimait se {{promené}} le soir.", "promener"),
        .wrong("Il promet de ne pas {{mangé}} trop.", "manger"),
        .wrong("Il décide de la {{retiré}} demain.", "retirer"),
        .wrong("Le conteur a fait {{jouez}} les enfants.", "jouer"),
        .right("Il travaille pour gagner sa vie et il a mangé."),
        .right("Il se fait passer pour mort."),
        .right("Un plat de poulet rôti et un verre de rosé."),
        .right("Il y avait quelque chose de tourmenté, rien de changé."),
        .right("Il n'y avait que lui de changé, c'est autant de gagné."),
        .right("Il se fit passer pour estropié."),
        .right("Il se trompé pas, il n'a pas oublié."),
        .right("Sans être tout à fait méprisé, il part."),
    ]
    private let prepositions: FoldedWordSet
    private let modals: Set<String>
    private let elidablePrepositions: FoldedWordSet
    private let adjectiveHeads: FoldedWordSet
    private let objectPronouns: FoldedWordSet
    private let adverbs: FoldedWordSet
    private let negations: FoldedWordSet
    private let reflexives: FoldedWordSet
    private let infinitivePrepositions: FoldedWordSet

    /// Reads the rule's word classes.
    init(lexicon: HomophoneLexicon) throws {
        prepositions = try lexicon.words("preposition-before-infinitive")
        modals = Set(try lexicon.list("modal-lemma"))
        elidablePrepositions = try lexicon.words("preposition-de")
        adjectiveHeads = try lexicon.words("before-de-adjective")
        objectPronouns = try lexicon.words("object-pronoun")
        adverbs = try lexicon.words("adverb-before-participle")
        negations = try lexicon.words("negation-ne")
        reflexives = try lexicon.words("reflexive-third")
        infinitivePrepositions = try lexicon.words("preposition-a")
    }

    func check(_ sentence: SentenceContext, into findings: inout [Finding]) {
        let words = sentence.words
        for index in words.indices(where: \.isVerbal) where index > 1 {
            let verb = words[index]
            guard verb.features.verbForm != "Inf", verb.features.verbForm != "Ger" else {
                continue
            }
            let readings = sentence.readings(of: verb)
            let conjugated = readings.only(.finiteVerb)
            guard
                let infinitive = infinitive(of: verb, readings, words.word(at: index + 1), sentence)
            else { continue }
            // Object pronouns and listed adverbs may come between
            // (« de la retirer », « doit aussi avancer »).
            var position = index - 1
            while position > 0,
                objectPronouns.contains(words[position].form)
                    || adverbs.contains(words[position].form)
            {
                position -= 1
            }
            guard callsForInfinitive(words, position, before: index, conjugated: conjugated) else {
                continue
            }
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

    /// Whether the word at `position` calls for an infinitive at `index`: a
    /// modal verb, « pour », « sans » or « ne pas ». No preposition comes
    /// before a form in -ez, so « de », « à » and « se » count for it too.
    private func callsForInfinitive(
        _ words: [TaggedWord], _ position: Int, before index: Int, conjugated: Bool
    ) -> Bool {
        let head = words[position]
        if head.partOfSpeech.isVerbal && modals.contains(head.lemma) {
            // « tout à fait méprisé »: a participle head counts only after
            // its auxiliary (« a fait jouer »).
            return head.features.verbForm != "Part"
                || (position > 0 && words[position - 1].partOfSpeech == .aux)
        }
        if prepositions.contains(head.form) { return true }
        if negations.contains(words[index - 2].form), adverbs.contains(words[index - 1].form) {
            return true
        }
        if conjugated {
            return elidablePrepositions.contains(head.form) || reflexives.contains(head.form)
                || infinitivePrepositions.contains(head.form)
        }
        if reflexives.contains(head.form) {
            // « il se trompé » may be « il s'est trompé »: only after a verb.
            return position > 0 && words[position - 1].partOfSpeech == .verb
        }
        if infinitivePrepositions.contains(head.form) {
            // « il invita Pablo à cessé »: the clause has its verb, so « à »
            // is the preposition, and the a/à rule leaves it alone.
            return words.hasMainClauseVerb(before: position)
        }
        return isDeAfterHead(words, position)
    }

    /// Whether the word at `position` is « de » after a verb or a noun
    /// (« il a décidé de », « le fait de »), but not after « chose »,
    /// « rien » or a pronoun (« quelque chose de changé », « lui de
    /// changé », « autant de gagné »).
    private func isDeAfterHead(_ words: [TaggedWord], _ position: Int) -> Bool {
        guard position > 0, elidablePrepositions.contains(words[position].form) else {
            return false
        }
        let head = words[position - 1]
        if head.partOfSpeech == .verb { return true }
        return head.partOfSpeech == .noun && !adjectiveHeads.contains(head.form)
    }

    /// The infinitive of a participle in -é or a form in -ez that can be
    /// nothing else. A participle that is also an adjective counts only
    /// before its object (« pour gagné sa vie », but « passer pour
    /// estropié »).
    private func infinitive(
        of verb: TaggedWord, _ readings: WordReadings, _ next: TaggedWord?,
        _ sentence: SentenceContext
    ) -> String? {
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
