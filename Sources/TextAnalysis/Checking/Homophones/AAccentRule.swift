import Lexicon
import Tagging
import WritingModel

/// « a » (the verb avoir) written for « à » (the preposition), and the
/// reverse: « il va a Paris », « il à mangé ».
struct AAccentRule: CheckingRule {
    let id = "grammar.homophone-a-a"
    let category = FindingCategory.grammaire
    let examples: [RuleExample] = [
        .wrong("Je vais {{a}} la plage.", "à"),
        .wrong("Il habite {{a}} Paris depuis un an.", "à"),
        .wrong("Il est resté jusqu'{{a}} midi.", "à"),
        .wrong("Le match est annulé {{a}} cause de la pluie.", "à"),
        .wrong("{{A}} la fin du livre, il part.", "À"),
        .wrong("Il a répondu {{a}} 14 heures.", "à"),
        .wrong("Il {{à}} mangé une pomme.", "a"),
        .wrong("On {{à}} un chat.", "a"),
        .wrong("Elle {{à}} mangé une pomme.", "a"),
        .wrong("Il n'y {{à}} rien.", "a"),
        .wrong("Il n'{{à}} pas compris.", "a"),
        .wrong("Cette agence m'{{à}} vendu un appartement.", "a"),
        .wrong("Laquelle {{à}}-t-elle été ?", "a"),
        .wrong("Le régiment créé en 1902 {{à}} été dissous.", "a"),
        .wrong("Cette demande {{à}} été rejetée.", "a"),
        .wrong("La justice française {{à}} conclu à un accident.", "a"),
        .wrong("Celui qui {{à}} déjà gagné revient.", "a"),
        .wrong("Ils ne sont pas {{a}} la hauteur.", "à"),
        .wrong("Cela ne suffit pas {{a}} subvenir aux besoins.", "à"),
        .wrong("Il habite {{a}} proximité du port.", "à"),
        .wrong("Les États n'arrivent pas {{a}} s'entendre.", "à"),
        .wrong("Il le dit dans un entretien {{a}} paraître dimanche.", "à"),
        .wrong("Je voudrais {{a}} présent aborder ce sujet.", "à"),
        .wrong("Il a visité le siège {{a}} Valenciennes en soirée.", "à"),
        .wrong("C'est ouvert de 14 h 30 {{a}} 18 h.", "à"),
        .wrong("Il a gagné sur le score de 4 {{a}} 3.", "à"),
        .wrong("Il lance le premier navire {{a}} vapeur.", "à"),
        .wrong("Il en devient le président {{a}} vie.", "à"),
        .wrong("Les adhérents {{a}} la fédération votent.", "à"),
        .right("Il a à faire à la maison."),
        .right("Ce qu'il dit a du sens."),
        .right("Elle a une maison à la campagne."),
        .right("C'est tout à fait vrai."),
        .right("Il est resté à moitié endormi, à peine arrivé."),
        .right("Une salle à manger et une machine à laver."),
        .right("Lui à un bout, elle à l'autre bout."),
        .right("La variation passe de -1 à -0,8."),
        .right("Vienne a un V et Berlin a deux barres."),
        .right("Grâce à toi, il a réussi."),
        .right("Ce qu'il ne dit pas a des conséquences."),
        .right("Il mange trop, il a mal au ventre."),
        .right("Il a pouvoir de décision et il a vingt ans."),
        .right("Le chat a mangé, Pierre a Marie au téléphone."),
        .right("En 2010, la ville a 3 000 habitants."),
        .right("Le malade a faim, la ville a besoin d'eau, le chat a tendance à dormir."),
        .right("La liste des adhérents a la forme d'un tableau."),
        .right("Dix euros a suffi, les enfants ont un chat, le maire a rendez-vous."),
    ]
    private let avoir: FoldedWordSet
    private let preposition: FoldedWordSet
    private let cliticSubjects: FoldedWordSet
    private let beforeThereIs: FoldedWordSet
    private let there: FoldedWordSet
    private let beforePreposition: FoldedWordSet
    private let afterPreposition: FoldedWordSet
    private let clauseOpeners: FoldedWordSet
    private let elidedClitics: FoldedWordSet
    private let participleOfEtre: FoldedWordSet
    private let infinitiveClitics: FoldedWordSet
    private let avoirBareNouns: FoldedWordSet

    /// Every word the rule starts from.
    private let triggers: FoldedWordSet

    /// Reads the rule's word classes.
    init(lexicon: HomophoneLexicon) throws {
        avoir = try lexicon.words("avoir-a")
        preposition = try lexicon.words("preposition-a")
        cliticSubjects = try lexicon.words("clitic-only-third")
        beforeThereIs = try lexicon.words("before-there-is")
        there = try lexicon.words("there")
        beforePreposition = try lexicon.words("before-preposition-a")
        afterPreposition = try lexicon.words("after-preposition-a")
        clauseOpeners = try lexicon.words("clause-opener")
        elidedClitics = try lexicon.words("elided-clitic")
        participleOfEtre = try lexicon.words("participle-ete")
        infinitiveClitics = try lexicon.words("infinitive-clitic")
        avoirBareNouns = try lexicon.words("avoir-bare-noun")
        triggers = FoldedWordSet(avoir, preposition)
    }

    func check(_ sentence: SentenceContext, into findings: inout [Finding]) {
        let words = sentence.words
        for index in words.indices(matching: triggers) where !words[index].isContractionPart {
            let word = words[index]
            if avoir.contains(word.form),
                needsPreposition(words, index) || opensInfinitive(words, index, sentence)
                    || opensPlaceOrRange(words, index)
                    || joinsNounToBareNoun(words, index, sentence)
                    || followsPluralSubject(words, index, sentence)
            {
                findings.append(finding(sentence, word, "à", verbWritten: true))
            } else if preposition.contains(word.form), needsVerb(words, index, sentence) {
                findings.append(finding(sentence, word, "a", verbWritten: false))
            }
        }
    }

    /// Returns whether « a » at `index` can only be the preposition: after a word
    /// that calls for « à », before a noun that cannot follow the verb, or
    /// between a verb and a determiner, a name or an infinitive.
    private func needsPreposition(_ words: [TaggedWord], _ index: Int) -> Bool {
        guard let next = words.word(at: index + 1) else { return false }
        // The tagger, trained on correct text, reads this « a » as « à ».
        // Not after a name or a noun, which may be the subject of « a »
        // (« Vienne a un V », « Berlin a deux barres »).
        if words[index].partOfSpeech == .adp, opensComplement(next) || next.partOfSpeech == .num {
            switch words.word(at: index - 1)?.partOfSpeech {
            case .pron, .noun, .propn: break
            default: return true
            }
        }
        guard index > 0 else { return false }
        let previous = words[index - 1]
        if beforePreposition.contains(previous.form),
            words.word(at: index - 2)?.partOfSpeech != .det
        {
            return true
        }
        if afterPreposition.contains(next.form) { return true }
        // « ils ne sont pas a la hauteur »: after an adverb, in a clause
        // that already has its verb.
        if previous.partOfSpeech == .adv, opensComplement(next),
            words.hasMainClauseVerb(before: index), !startsClause(words, before: index)
        {
            return true
        }
        // A capital inside the sentence marks a name the tagger read as a
        // verb (« Vienne a un V »).
        guard previous.partOfSpeech == .verb, opensComplement(next),
            previous.form.first?.isLowercase == true
        else { return false }
        if previous.features.isFinite { return !startsClause(words, before: index - 1) }
        guard previous.features.verbForm == "Inf", let before = words.word(at: index - 2)
        else { return false }
        return before.partOfSpeech == .adp || before.partOfSpeech.isVerbal
    }

    /// Returns whether « a » at `index` comes before an infinitive, which the
    /// verb « a » never takes. Pronouns that only an infinitive takes may
    /// come between (« a s'entendre », « a y aller »). Without them, the
    /// infinitive must not end in « er »: that one sounds like the
    /// participle (« il a manger »), which the verb-form rules handle.
    private func opensInfinitive(
        _ words: [TaggedWord], _ index: Int, _ sentence: SentenceContext
    ) -> Bool {
        var position = index + 1
        while position < min(words.count, index + 3),
            infinitiveClitics.contains(words[position].form)
        {
            position += 1
        }
        guard let verb = words.word(at: position), verb.partOfSpeech == .verb,
            verb.features.verbForm == "Inf"
        else { return false }
        let readings = sentence.readings(of: verb)
        guard readings.contains(.infinitive) else { return false }
        if position > index + 1 { return true }
        // « il a pouvoir de décider »: an infinitive that is also a noun
        // may be what « a » has.
        return !verb.form.hasSuffixBytes("er") && !readings.contains(.noun)
    }

    /// Returns whether « a » at `index` comes before a place name after a
    /// common noun, an adjective or a participle (« il a visité le siège a
    /// Valenciennes »). The tagger must read it as the preposition, or the
    /// clause must already have its verb. It is also true when « a » ends
    /// a range of numbers (« de 14 h a 18 h », « 4 a 3 »). After a name or a
    /// pronoun, « a » may be the verb (« Pierre a Marie au téléphone »). A
    /// number alone after « a » may be what the subject has (« la ville a
    /// 3 000 habitants »).
    private func opensPlaceOrRange(_ words: [TaggedWord], _ index: Int) -> Bool {
        guard index > 0, let next = words.word(at: index + 1) else { return false }
        let previous = words[index - 1]
        if next.partOfSpeech == .num {
            if previous.partOfSpeech == .num { return true }
            return words[max(0, index - 4)..<index].contains {
                $0.partOfSpeech == .adp && ($0.form == "de" || $0.form == "De")
            } && words[max(0, index - 3)..<index].contains { $0.partOfSpeech == .num }
        }
        guard next.partOfSpeech == .propn, next.form.startsWithCapital,
            words[index].partOfSpeech == .adp
                || (words.hasMainClauseVerb(before: index) && !startsClause(words, before: index))
        else { return false }
        switch previous.partOfSpeech {
        case .noun, .adj: return previous.form.startsWithCapital == false
        case .verb: return previous.features.verbForm == "Part"
        default: return false
        }
    }

    /// Returns whether « a » at `index` joins a noun to a bare noun that the
    /// verb « a » does not take without a determiner (« un navire a
    /// vapeur », « le président a vie »). The verb takes a bare noun only in
    /// set phrases (« il a faim », « elle a tendance »), listed as
    /// `avoir-bare-noun`.
    private func joinsNounToBareNoun(
        _ words: [TaggedWord], _ index: Int, _ sentence: SentenceContext
    ) -> Bool {
        guard index > 0, let next = words.word(at: index + 1) else { return false }
        let previous = words[index - 1]
        guard previous.partOfSpeech == .noun, !previous.form.startsWithCapital,
            next.partOfSpeech == .noun, !next.form.startsWithCapital,
            !avoirBareNouns.contains(next.form),
            words.word(at: index + 2)?.partOfSpeech != .noun
        else { return false }
        return sentence.readings(of: next).only([.noun, .singular, .plural, .masculine, .feminine])
    }

    /// Returns whether « a » at `index` follows a plural noun phrase that is
    /// no complement and comes before a determiner or a name (« les
    /// adhérents a la fédération »). The singular « a » cannot have that
    /// phrase as its subject.
    private func followsPluralSubject(
        _ words: [TaggedWord], _ index: Int, _ sentence: SentenceContext
    ) -> Bool {
        guard index >= 2, let next = words.word(at: index + 1),
            next.partOfSpeech == .det || next.partOfSpeech == .propn,
            let determiner = sentence.pluralPhraseDeterminer(endingAt: index - 1, in: words)
        else { return false }
        return !words[determiner].isContractionPart
    }

    /// Returns whether `word` can start what follows the preposition « à » and not
    /// what follows the verb « a »: a determiner, a name or an infinitive.
    private func opensComplement(_ word: TaggedWord) -> Bool {
        switch word.partOfSpeech {
        case .det, .propn: true
        case .verb: word.features.verbForm == "Inf"
        default: false
        }
    }

    /// Returns whether a clause opener comes among the four words before `index`:
    /// the verb there may end a subject clause (« ce qu'il dit a du sens »).
    private func startsClause(_ words: [TaggedWord], before index: Int) -> Bool {
        words[max(0, index - 4)..<index].contains { clauseOpeners.contains($0.form) }
    }

    /// Returns whether « à » at `index` can only be the verb: right after a subject
    /// pronoun or « n' », in « il y a », or between a subject and a past
    /// participle (« la France à proposé », « qui à déjà été »).
    private func needsVerb(
        _ words: [TaggedWord], _ index: Int, _ sentence: SentenceContext
    ) -> Bool {
        guard index > 0, let next = words.word(at: index + 1) else { return false }
        let previous = words[index - 1]
        // « elle » may stand without a verb (« lui à un bout, elle à
        // l'autre »), so it needs the participle test below.
        if cliticSubjects.contains(previous.form) { return true }
        // « n'à », « l'à », « m'à » never stand, nor « à été », « à-t-il ».
        if elidedClitics.contains(previous.form) || participleOfEtre.contains(next.form)
            || (next.form.hasPrefix("-") && next.form.dropFirst().first?.isLetter == true)
        {
            return true
        }
        if there.contains(previous.form), let before = words.word(at: index - 2),
            beforeThereIs.contains(before.form)
        {
            return true
        }
        switch previous.partOfSpeech {
        case .noun, .propn, .adj, .pron: break
        default: return false
        }
        // « il invita Pablo à cessé sa carrière »: the clause has its verb,
        // so « à » stays and the participle is the mistake.
        return !words.hasMainClauseVerb(before: index) && participleFollows(words, index, sentence)
    }

    /// Readings that make a word more than an adverb (« à peine », « à
    /// moitié » are nouns).
    private static let contentReadings: WordReadings = [
        .noun, .adjective, .finiteVerb, .infinitive, .pastParticiple,
    ]

    /// Returns whether a past participle that is nothing else (or an adjective)
    /// follows `index`, perhaps after one or two adverbs (« à déjà été »).
    private func participleFollows(
        _ words: [TaggedWord], _ index: Int, _ sentence: SentenceContext
    ) -> Bool {
        var position = index + 1
        while position < min(words.count - 1, index + 3), words[position].partOfSpeech == .adv,
            sentence.readings(of: words[position]).isDisjoint(with: Self.contentReadings)
        {
            position += 1
        }
        let next = words[position]
        guard next.partOfSpeech.isVerbal, next.features.verbForm == "Part" else { return false }
        if participleOfEtre.contains(next.form) { return true }
        let readings = sentence.readings(of: next)
        return readings.contains(.pastParticiple) && readings.only([.pastParticiple, .adjective])
    }

    private func finding(
        _ sentence: SentenceContext, _ word: TaggedWord, _ replacement: String,
        verbWritten: Bool
    ) -> Finding {
        // « A la fin »: capitals keep their accents in French, and a capital
        // « A » for « À » is the commonest form of this slip. Many printed
        // texts leave capitals unaccented, so it is a hint, not an error.
        let capital = word.form.startsWithCapital
        let message: String
        if !verbWritten {
            message =
                "Avec un accent, « à » est une préposition ; ici il faut le verbe avoir, "
                + "« a », que l’on peut remplacer par « avait »."
        } else if capital {
            message = "Les majuscules gardent leur accent : la préposition s’écrit « À »."
        } else {
            message = "Sans accent, « a » est le verbe avoir ; ici il faut la préposition « à »."
        }
        return sentence.homophoneFinding(
            self, span: word.span, message: message,
            shortMessage: verbWritten ? "Préposition « à »" : "Verbe « a »",
            replacements: [replacement], confidence: verbWritten ? (capital ? 0.7 : 0.8) : 0.9,
            severity: capital && verbWritten ? .hint : .error)
    }
}
