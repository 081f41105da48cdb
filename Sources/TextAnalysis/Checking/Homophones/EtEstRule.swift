import Tagging
import WritingModel

/// « et » (the conjunction) written for « est » (the verb être), and the
/// reverse: « il et grand », « il mange est il boit ».
struct EtEstRule: CheckingRule {
    let id = "grammar.homophone-et-est"
    let category = FindingCategory.grammaire
    let examples: [RuleExample] = [
        .wrong("Il {{et}} grand.", "est"),
        .wrong("C'{{et}} vrai.", "est"),
        .wrong("Elle {{et}} partie hier.", "est"),
        .wrong("On {{et}} en retard.", "est"),
        .wrong("Le film {{et}} terminé.", "est"),
        .wrong("Le chat est noir et le chien {{et}} blanc.", "est"),
        .wrong("Il court {{est}} je marche.", "et"),
        .wrong("Il mange {{est}} boit.", "et"),
        .right("Elle et moi sommes partis."),
        .right("Il est grand et fort."),
        .right("Est-ce que c'est vrai ?"),
        .right("Avec elle et ses amis, il est parti."),
        .right("Elle et maître Sylvain voyaient bien."),
        .right("Ce qui est est."),
        .right("Il s'est tu."),
        .right("Il a les cheveux longs et noirs, la peau mate et ridée."),
        .right("Né le 2 juin 1911 à Paris et décédé à Toulouse, il était physicien."),
        .right("Une desserte complète de la Chine et partielle de l'Inde."),
        .right("Ce fut un très long baiser, muet et profond."),
        .right("Malgré ces discours et autres de l'entomologiste, il part."),
    ]
    private let conjunction: FoldedWordSet
    private let verb: FoldedWordSet
    private let clitics: FoldedWordSet
    private let stressable: FoldedWordSet
    private let firstPersons: FoldedWordSet

    /// The two forms the rule distinguishes.
    private let forms: HomophonePair

    /// Reads the rule's word classes.
    init(lexicon: HomophoneLexicon) throws {
        conjunction = try lexicon.words("conjunction-et")
        verb = try lexicon.words("etre-est")
        clitics = try lexicon.words("est-subject")
        stressable = try lexicon.words("stressable-subject")
        firstPersons = try lexicon.words("subject-first-second")
        forms = HomophonePair(conjunction, verb)
    }

    func check(_ sentence: SentenceContext, into findings: inout [Finding]) {
        let words = sentence.words
        for (index, side) in forms.occurrences(in: words, requiringPrevious: true) {
            switch side {
            case .first where needsVerb(words, index, sentence):
                findings.append(finding(sentence, words[index], "est", verbWritten: false))
            case .second where needsConjunction(words, index, sentence):
                findings.append(finding(sentence, words[index], "et", verbWritten: true))
            default: break
            }
        }
    }

    /// Whether « et » at `index` follows a subject pronoun that cannot be
    /// coordinated (« il », « c' »), or « elle » with no preposition before
    /// and an adjective, a participle or an adverb after.
    private func needsVerb(
        _ words: [TaggedWord], _ index: Int, _ sentence: SentenceContext
    ) -> Bool {
        let previous = words[index - 1]
        if clitics.contains(previous.form) { return true }
        if previous.partOfSpeech == .noun {
            return isVerblessAttribute(words, index, sentence)
        }
        guard stressable.contains(previous.form) else { return false }
        if let before = words.word(at: index - 2),
            before.partOfSpeech == .adp || before.partOfSpeech.isVerbal
        {
            return false
        }
        let next = words[index + 1]
        // « elle et maître Sylvain »: a noun after the adjective means a
        // coordinated subject.
        if let after = words.word(at: index + 2),
            after.partOfSpeech == .noun || after.partOfSpeech == .propn
        {
            return false
        }
        switch next.partOfSpeech {
        case .adj, .adv: return true
        case .verb: return next.features.verbForm == "Part"
        default: return false
        }
    }

    /// Whether « et » at `index` stands between a noun and an adjective or
    /// participle that ends the clause, in a clause with no conjugated verb,
    /// participle or adjective before it (« le film et terminé. »), where
    /// only « est » gives the clause a verb.
    private func isVerblessAttribute(
        _ words: [TaggedWord], _ index: Int, _ sentence: SentenceContext
    ) -> Bool {
        let next = words[index + 1]
        guard next.partOfSpeech == .adj || next.features.verbForm == "Part",
            words.isBoundary(at: index + 2) || words[index + 2].partOfSpeech == .adp,
            index >= 2, words[index - 2].partOfSpeech == .det
        else { return false }
        // « un baiser, muet et profond », « ces discours et autres »: the
        // word before « et » must be a noun only, and the word after no
        // determiner or pronoun.
        let nounReadings = sentence.readings(of: words[index - 1])
        let nextReadings = sentence.readings(of: next)
        guard nounReadings.only(.noun),
            nextReadings.isDisjoint(with: [.determiner, .pronoun])
        else { return false }
        var back = index - 1
        while back >= 0 {
            let word = words[back]
            switch word.partOfSpeech {
            case .punct, .cconj, .sconj: back = -1
            // A participle or an adjective before « et » may be the first
            // of two coordinated ones (« né à Paris et décédé à Toulouse »).
            case .verb, .aux:
                if word.features.isFinite || word.features.verbForm == "Part" {
                    return false
                }
            case .adj: return false
            case .pron: if word.features["PronType"] == "Rel" { back = -1 }
            default: break
            }
            back -= 1
        }
        return !nextReadings.isDisjoint(with: [.adjective, .pastParticiple])
    }

    /// Whether « est » at `index` joins two conjugated verbs or stands
    /// before « je » or « tu », where only « et » fits.
    private func needsConjunction(
        _ words: [TaggedWord], _ index: Int, _ sentence: SentenceContext
    ) -> Bool {
        let next = words[index + 1]
        let previous = words[index - 1]
        if firstPersons.contains(next.form) {
            // « il s'est tu »: « tu » is also the participle of « taire ».
            guard let verb = words.word(at: index + 2) else { return false }
            return previous.partOfSpeech != .pron && verb.partOfSpeech.isVerbal
                && verb.features.isFinite
        }
        guard previous.partOfSpeech == .verb, previous.features.isFinite,
            next.partOfSpeech == .verb, next.features.isFinite
        else { return false }
        return sentence.readings(of: next).only(.finiteVerb)
            && sentence.readings(of: previous).only(.finiteVerb)
    }

    private func finding(
        _ sentence: SentenceContext, _ word: TaggedWord, _ replacement: String,
        verbWritten: Bool
    ) -> Finding {
        let message =
            verbWritten
            ? "Le mot « est » est le verbe être ; pour relier deux mots ou deux verbes, "
                + "il faut la conjonction « et »."
            : "La conjonction « et » relie deux mots ; après un sujet, il faut le verbe être, « est », "
                + "que l’on peut remplacer par « était »."
        return sentence.homophoneFinding(
            self, span: word.span, message: message,
            shortMessage: verbWritten ? "Conjonction « et »" : "Verbe « est »",
            replacements: [replacement], confidence: verbWritten ? 0.8 : 0.9)
    }
}
