import Tagging
import WritingModel

/// A past participle in -é or a form in -ez written for the infinitive
/// after a preposition or a verb that takes an infinitive: « pour mangé »,
/// « il veut mangez », « sans se ruiné ».
///
/// The tagger often reads the wrong form as an adjective or a participle,
/// so the rule looks at the form's Lexique readings and at its left
/// context: the preposition or verb once clitics, negations and adverbs are
/// passed over (`InfinitiveContext`).
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
        .wrong("Elle a besoin de se {{reposé}}.", "reposer"),
        .wrong("J'en ai entendu {{parlé}} hier.", "parler"),
        .wrong("En me voyant {{crié}}, il part.", "crier"),
        .wrong("Il est difficile de {{mangé}} seul.", "manger"),
        .wrong("Tout allait {{changé}}.", "changer"),
        .wrong("Il vaut mieux {{évitez}} ce mot.", "éviter"),
        .wrong("Ils sont là pour cuire et {{chauffé}} l'eau.", "chauffer"),
        .wrong("Il part avant d'{{allé}} à Harvard.", "aller"),
        .wrong("Elle sert à {{voyagé}} dans le temps.", "voyager"),
        .wrong("Pourquoi {{chanté}} Roland ?", "chanter"),
        .wrong("Pensez cependant à {{réservé}} une table.", "réserver"),
        .wrong("Il consiste à reconfirmer et à {{consacré}} un principe.", "consacrer"),
        .wrong("Pour le {{gardé}} sous sa coupe, il le paie.", "garder"),
        .wrong("Ceux que je n'ai pas pu {{sauvez}}.", "sauver"),
        .wrong("Pour elle, « s'{{attaquez}} à l'immigration ».", "attaquer"),
        .wrong("Je voudrais à présent {{abordé}} les sujets suivants.", "aborder"),
        .wrong("Il est invité à « {{goûtez}} » le plaisir.", "goûter"),
        .wrong("Son ami le fait {{engagé}} comme figurant.", "engager"),
        .wrong("On doit {{procédé}} à la création d'un organisme.", "procéder"),
        .wrong("Comment {{utilisé}} ce produit ?", "utiliser"),
        .wrong("Il se vit {{confié}} le commandement.", "confier"),
        .wrong("Les mesures à {{adopté}} sont prêtes.", "adopter"),
        .wrong("Il a décidé de considérer, de {{reconsidéré}} les droits.", "reconsidérer"),
        .wrong("Il part sans pour autant {{empiété}} sur leurs droits.", "empiéter"),
        .wrong("Il tente de s'{{institutionnalisé}}.", "institutionnaliser"),
        .wrong("Entre 1863 et 1879, on dut {{voûté}} cette rivière.", "voûter"),
        .wrong("Pour {{réalises}} cet ouvrage, ils firent appel à lui.", "réaliser"),
        .wrong("Quels sont les objectifs et les stratégies à {{développé}} ?", "développer"),
        .wrong("Il paraît décidé à {{demeuré}} en France.", "demeurer"),
        .wrong("Il est dommage de {{constaté}} que rien ne change.", "constater"),
        .wrong("Ils font tout pour {{facilité}} cet acheminement.", "faciliter"),
        .right("Il travaille pour gagner sa vie et il a mangé."),
        .right("Il se fait passer pour mort."),
        .right("Un plat de poulet rôti et un verre de rosé."),
        .right("Il y avait quelque chose de tourmenté, rien de changé."),
        .right("Il n'y avait que lui de changé, c'est autant de gagné."),
        .right("Il se fit passer pour estropié."),
        .right("Il se trompé pas, il n'a pas oublié."),
        .right("Sans être tout à fait méprisé, il part."),
        .right("Il habite à coté de la gare, il a mis de coté un peu d'argent."),
        .right("Il se voit obligé de partir."),
        .right("Je l'ai vu fatigué, il semble changé."),
        .right("Je l'ai vu arrivé à l'heure, on l'a vu blessé."),
        .right("Le réseau, étant bien entendu motivé par la politique, a fonctionné."),
        .right("Il est plein de bonne volonté, digne de confiance et fier de son passé."),
        .right("Faites comme vous pensez et vous vous trompez."),
        .right("Il a voulu partir et oublié ses clés."),
        .right("Il est parti sans préjugé ni arrêt, il mange à volonté."),
        .right("Il va à pied ; comment, né à Lyon, vit-il ici ?"),
        .right("Pour le passé et le marché, il cite le traité du député."),
        .right("Ça fait daté, c'est fait ; je voudrais à présent un café."),
        .right("Il est venu armé, il a tendance à manger."),
        .right("Je veux que tu manges et que tu te reposes, pour les dames."),
        .right("Elle préférera les frappes à plat ; le ministre pakistanais a décrété."),
        .right("Il a un goût de sucré que je n'aime pas, une tenue de marié cette année."),
    ]
    private let context: InfinitiveContext
    private let misspeltNouns: FoldedWordSet
    private let verbOnlyDeterminers: FoldedWordSet
    private let timeNouns: FoldedWordSet
    private let complementQue: FoldedWordSet

    /// Reads the rule's word classes.
    init(lexicon: HomophoneLexicon) throws {
        context = try InfinitiveContext(lexicon: lexicon)
        misspeltNouns = try lexicon.words("participle-for-misspelt-noun")
        verbOnlyDeterminers = try lexicon.words("determiner-after-verb")
        timeNouns = try lexicon.words("time-noun")
        complementQue = try lexicon.words("complement-que")
    }

    func check(_ sentence: SentenceContext, into findings: inout [Finding]) {
        let words = sentence.words
        for index in words.indices where index > 0 {
            // Only forms ending in « é » (UTF-8 C3 A9), « z » or « s » can
            // match: one byte test rejects the other words.
            guard let last = words[index].form.utf8.last,
                last == 0xA9 || last == 0x7A || last == 0x73
            else { continue }
            let verb = words[index]
            let participle = verb.form.hasSuffixBytes("é")
            // Most words in -es are plural nouns and adjectives, so a form in
            // -es is read only when the tagger calls it a verb.
            let conjugatedSuffix =
                verb.form.hasSuffixBytes("ez")
                ? "ez" : verb.form.hasSuffixBytes("es") && verb.partOfSpeech == .verb ? "es" : nil
            guard participle || conjugatedSuffix != nil, verb.partOfSpeech != .propn,
                verb.form.first?.isLowercase == true,
                let cue = context.cue(
                    before: index, in: words, conjugated: conjugatedSuffix == "ez", sentence)
            else { continue }
            let infinitive =
                participle
                ? participleInfinitive(
                    verb, cue: cue, following: following(index, words), sentence)
                : conjugatedInfinitive(verb, suffix: conjugatedSuffix ?? "ez", sentence)
            guard let infinitive else { continue }
            findings.append(
                sentence.homophoneFinding(
                    self, span: verb.span,
                    message: "Après une préposition ou un verbe comme « vouloir » ou « aller », "
                        + "il faut l’infinitif en « er », que l’on peut remplacer par "
                        + "« prendre ».",
                    shortMessage: "Infinitif en « er »", replacements: [infinitive],
                    confidence: cue == .weak || cue == .objectOnly ? 0.8 : 0.85))
        }
    }

    /// Returns the infinitive of a participle in -é that the context `cue`
    /// calls for. A certain cue accepts any participle. A strong cue accepts
    /// any participle unless a noun reading is more frequent and no object
    /// follows. A weak cue needs a form that
    /// is only a participle, or a participle before its object (« pour
    /// gagné sa vie », but « passer pour estropié »).
    private func participleInfinitive(
        _ verb: TaggedWord, cue: InfinitiveContext.Cue, following: Following,
        _ sentence: SentenceContext
    ) -> String? {
        // Any row counts: Lexique's verb row of « voûté » is rarer than its
        // adjective row (« on dut voûté cette rivière »).
        let readings = sentence.verbFormReadings(of: verb)
        guard !misspeltNouns.contains(verb.form),
            readings.contains(.pastParticiple)
                || WordReadings(
                    of: verb.form.lowercased(), in: sentence.lexique, includingRareRows: true
                ).contains(.pastParticiple)
        else { return nil }
        let objectFollows =
            !following.opensTimePhrase && (following.word.map(context.isObjectStart) ?? false)
        let nounFirst =
            readings.contains(.noun) && sentence.isMainlyNoun(verb) && !following.verbOnlyObject
        let clauseFollows = following.isQue && sentence.isMainlyVerb(verb)
        let accepted: Bool
        switch cue {
        case .certain: accepted = true
        case .strong: accepted = !nounFirst || objectFollows
        case .weak:
            accepted =
                readings.only(.pastParticiple) || ((objectFollows || clauseFollows) && !nounFirst)
        case .objectOnly: accepted = objectFollows && !nounFirst
        }
        guard accepted else { return nil }
        return sentence.respelled(verb, suffix: "é", as: "er", needed: .infinitive)
    }

    /// The context after a form in -é, past adverbs in -ment and adverbial
    /// phrases (« pour prolongé agréablement votre visite »).
    private struct Following {
        /// The first word after the adverbs, if any.
        var word: TaggedWord?
        /// Whether a time noun follows that word closely, so that it opens
        /// an adverbial phrase, not an object (« de marié cette année »).
        var opensTimePhrase = false
        /// Whether that word is a demonstrative or possessive determiner
        /// outside a time phrase. Only a verb's object opens with one.
        var verbOnlyObject = false
        /// Whether that word is « que ».
        var isQue = false
    }

    /// Returns what follows the form in -é at `index`.
    private func following(_ index: Int, _ words: [TaggedWord]) -> Following {
        guard let position = context.indexAfterAdverbs(index, in: words) else {
            return Following()
        }
        let word = words[position]
        let timeNounAfter = words[(position + 1)..<min(words.count, position + 4)]
            .contains { timeNouns.contains($0.form) }
        return Following(
            word: word, opensTimePhrase: timeNounAfter,
            verbOnlyObject: verbOnlyDeterminers.contains(word.form) && !timeNounAfter,
            isQue: complementQue.contains(word.form))
    }

    /// Returns the infinitive of a form in -ez or -es (`suffix`) that can
    /// only be a conjugated verb (« mangez », « réalises »). No preposition
    /// or verb may directly precede one, so every cue counts. A form in -es
    /// must have no rare noun reading either (« préférer les frappes »).
    private func conjugatedInfinitive(
        _ verb: TaggedWord, suffix: String, _ sentence: SentenceContext
    ) -> String? {
        guard sentence.verbFormReadings(of: verb).only(.finiteVerb) else { return nil }
        if suffix == "es",
            !WordReadings(of: verb.form.lowercased(), in: sentence.lexique, includingRareRows: true)
                .only(.finiteVerb)
        {
            return nil
        }
        return sentence.respelled(verb, suffix: suffix, as: "er", needed: .infinitive)
    }
}
