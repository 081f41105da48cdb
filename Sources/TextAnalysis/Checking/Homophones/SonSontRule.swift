import Tagging
import WritingModel

/// « son » (the possessive) written for « sont » (the verb être), and the
/// reverse: « ils son partis », « il prend sont livre ».
struct SonSontRule: CheckingRule {
    let id = "grammar.homophone-son-sont"
    let category = FindingCategory.grammaire
    let examples: [RuleExample] = [
        .wrong("Ils {{son}} partis.", "sont"),
        .wrong("Elles {{son}} très contentes.", "sont"),
        .wrong("Il prend {{sont}} livre.", "son"),
        .wrong("Les enfants {{son}} partis.", "sont"),
        .wrong("Ceux qui {{son}} malades restent.", "sont"),
        .wrong("Les philosophes {{son}} encore présents.", "sont"),
        .wrong("Les églises {{son}} des édifices religieux.", "sont"),
        .wrong("{{Sont}} siège social se trouve à Paris.", "Son"),
        .wrong("Il détient 40 % de {{sont}} capital.", "son"),
        .wrong("Il égale {{sont}} premier record.", "son"),
        .wrong("Elle parle avec {{sont}} frère.", "son"),
        .wrong("Les personnages ne {{son}} pas représentés.", "sont"),
        .wrong("Certaines {{son}} également barophiles.", "sont"),
        .wrong("Ceux-ci {{son}} la cause des changements.", "sont"),
        .wrong("Équipiers et adversaires {{son}} sur la même longueur d'onde.", "sont"),
        .wrong("Les effets cliniques {{son}} visibles au bout d'un mois.", "sont"),
        .wrong("Les villes situées le long du fleuve {{son}}, de l'amont vers l'aval, Lyon et Arles.", "sont"),
        .right("Ils sont partis avec son frère."),
        .right("Les élèves qui lisent sont contents."),
        .right("Il donne aux enfants son livre."),
        .right("Ils sont médecins."),
        .right("Sont-ils partis ? Son très beau livre est là."),
        .right("Un spectacle son et lumière, un ingénieur du son."),
        .right("Il règle le son, puis le beau son, et l'ingénieur du son."),
        .right("Il entend des différences de son, puis le mixage de son (en salle)."),
        .right("Les enfants de son frère et les amis de son père."),
        .right("Les cloches son de fête, dit le titre."),
    ]
    private let possessive: FoldedWordSet
    private let verb: FoldedWordSet
    private let pluralSubjects: FoldedWordSet
    private let relatives: FoldedWordSet
    private let negation: FoldedWordSet
    private let complementPrepositions: FoldedWordSet

    /// The two forms the rule distinguishes.
    private let forms: HomophonePair

    /// Reads the rule's word classes.
    init(lexicon: HomophoneLexicon) throws {
        possessive = try lexicon.words("possessive-son")
        verb = try lexicon.words("etre-sont")
        pluralSubjects = try lexicon.words("plural-subject-clitic")
        relatives = try lexicon.words("subject-relative")
        negation = try lexicon.words("negation-ne")
        complementPrepositions = try lexicon.words("preposition-de")
        forms = HomophonePair(possessive, verb)
    }

    func check(_ sentence: SentenceContext, into findings: inout [Finding]) {
        let words = sentence.words
        // « les villes le long du fleuve son, de l'amont… »: before
        // punctuation, « son » is the noun unless a plural subject opens a
        // sentence that has no verb yet.
        for index in words.indices(matching: possessive)
        where index > 0 && words.isBoundary(at: index + 1)
            && lacksVerbAfterPluralSubject(words, before: index)
        {
            switch words[index - 1].partOfSpeech {
            case .det, .adj, .adp, .punct: continue
            default: findings.append(finding(sentence, words[index], "sont", verbWritten: false))
            }
        }
        for (index, side) in forms.occurrences(in: words, requiringPrevious: false) {
            switch side {
            case .first where index > 0 && needsVerb(words, index, sentence):
                findings.append(finding(sentence, words[index], "sont", verbWritten: false))
            case .second where needsPossessive(words, index, sentence):
                findings.append(finding(sentence, words[index], "son", verbWritten: true))
            default: break
            }
        }
    }

    /// Returns whether « son » at `index` follows « ils » or « elles », or follows a
    /// plural noun or « qui » before a plural determiner or a plural
    /// participle or adjective with no noun after it. An adverb may come
    /// between (« les enfants son partis », « ils son également présents »).
    private func needsVerb(
        _ words: [TaggedWord], _ index: Int, _ sentence: SentenceContext
    ) -> Bool {
        let previous = words[index - 1]
        if pluralSubjects.contains(previous.form) || negation.contains(previous.form) {
            return true
        }
        let pluralNoun =
            (previous.partOfSpeech == .noun || previous.partOfSpeech == .propn
                || previous.partOfSpeech == .adj)
            && previous.features.number == .plural
        // « certaines son », « ceux-ci son »: a plural pronoun of the third
        // person, not an object clitic.
        let pluralPronoun =
            previous.partOfSpeech == .pron && previous.features.number == .plural
            && (previous.features["Person"] ?? "3") == "3"
            && previous.features["PronType"] != "Prs"
        guard pluralNoun || pluralPronoun || relatives.contains(previous.form) else {
            return false
        }
        var position = index + 1
        // « les effets son également possibles »: no adverb, preposition or
        // determiner follows the possessive.
        if pluralPronoun || pluralNoun, startsNoPhrase(words[position], sentence) { return true }
        if words[position].partOfSpeech == .adv, position + 1 < words.count { position += 1 }
        // « des » is read as « de » + « les »: look at the article.
        if words[position].isContractionPart, position + 1 < words.count { position += 1 }
        let next = words[position]
        if next.partOfSpeech == .det { return next.features.number == .plural }
        guard words.word(at: position + 1)?.partOfSpeech != .noun else { return false }
        // The singular « son » cannot come before a plural word, so a plural
        // adjective or participle there calls for the verb.
        let readings = sentence.readings(of: next)
        return readings.contains(.plural) && !readings.contains(.singular)
            && !readings.isDisjoint(with: [.adjective, .pastParticiple])
    }

    /// Returns whether the sentence opens with a plural determiner and has
    /// no conjugated verb before `index`.
    private func lacksVerbAfterPluralSubject(_ words: [TaggedWord], before index: Int) -> Bool {
        guard let first = words.first, first.partOfSpeech == .det,
            first.features.number == .plural
        else { return false }
        return !words[..<index].contains { $0.isFiniteVerb }
    }

    /// Returns whether `word` can never follow the possessive « son »: an
    /// adverb that is nothing else, a preposition other than « de », or a
    /// determiner.
    private func startsNoPhrase(_ word: TaggedWord, _ sentence: SentenceContext) -> Bool {
        switch word.partOfSpeech {
        case .det: return !word.isContractionPart
        case .adp: return !complementPrepositions.contains(word.form) && !word.isContractionPart
        case .adv: return sentence.readings(of: word).only(.adverb)
        default: return false
        }
    }

    /// Returns whether « sont » at `index` is where only the possessive fits:
    /// after a preposition (« de sont capital »), or at the start or after
    /// a verb other than être, before a singular noun, perhaps after an
    /// adjective (« prend sont livre », « sont premier titulaire »).
    private func needsPossessive(
        _ words: [TaggedWord], _ index: Int, _ sentence: SentenceContext
    ) -> Bool {
        let next = words[index + 1]
        guard !next.form.hasPrefix("-") else { return false }
        guard index > 0 else { return isSingularNounPhrase(words, index + 1, sentence) }
        let previous = words[index - 1]
        if previous.partOfSpeech == .adp { return true }
        guard previous.partOfSpeech == .verb, previous.features.isFinite,
            previous.lemma != "être"
        else { return false }
        return isSingularNounPhrase(words, index + 1, sentence)
    }

    /// Returns whether `index` starts a singular noun that is nothing else, or a
    /// singular adjective before such a noun.
    private func isSingularNounPhrase(
        _ words: [TaggedWord], _ index: Int, _ sentence: SentenceContext
    ) -> Bool {
        var readings = sentence.readings(of: words[index])
        if readings.contains([.adjective, .singular]), !readings.contains(.plural),
            let noun = words.word(at: index + 1)
        {
            readings = sentence.readings(of: noun)
        }
        return readings.contains([.noun, .singular]) && !readings.contains(.plural)
            && readings.isDisjoint(with: [.adjective, .pastParticiple, .adverb])
    }

    private func finding(
        _ sentence: SentenceContext, _ word: TaggedWord, _ replacement: String,
        verbWritten: Bool
    ) -> Finding {
        let message =
            verbWritten
            ? "Le mot « sont » est le verbe être ; devant un nom, il faut le déterminant possessif "
                + "« son »."
            : "Le mot « son » est un déterminant possessif ; après un sujet, il faut le verbe être, "
                + "« sont », que l’on peut remplacer par « étaient »."
        return sentence.homophoneFinding(
            self, span: word.span, message: message,
            shortMessage: verbWritten ? "Possessif « son »" : "Verbe « sont »",
            replacements: [replacement], confidence: 0.85)
    }
}
