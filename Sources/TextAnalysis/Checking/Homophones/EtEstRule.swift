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
        .wrong("Il court {{est}} je marche.", "et"),
        .wrong("Il mange {{est}} boit.", "et"),
        .right("Elle et moi sommes partis."),
        .right("Il est grand et fort."),
        .right("Est-ce que c'est vrai ?"),
        .right("Avec elle et ses amis, il est parti."),
        .right("Elle et maître Sylvain voyaient bien."),
        .right("Ce qui est est."),
        .right("Il s'est tu."),
    ]
    private let conjunction: FoldedWordSet
    private let verb: FoldedWordSet
    private let clitics: FoldedWordSet
    private let stressable: FoldedWordSet
    private let firstPersons: FoldedWordSet

    /// Reads the rule's word classes.
    init(lexicon: HomophoneLexicon) throws {
        conjunction = try lexicon.words("conjunction-et")
        verb = try lexicon.words("etre-est")
        clitics = try lexicon.words("est-subject")
        stressable = try lexicon.words("stressable-subject")
        firstPersons = try lexicon.words("subject-first-second")
    }

    func check(_ sentence: SentenceContext, into findings: inout [Finding]) {
        let words = sentence.words
        for index in words.indices.dropFirst() where !words.isBoundary(at: index + 1) {
            let word = words[index]
            if conjunction.contains(word.form), needsVerb(words, index) {
                findings.append(finding(sentence, word, "est", verbWritten: false))
            } else if verb.contains(word.form), needsConjunction(words, index, sentence) {
                findings.append(finding(sentence, word, "et", verbWritten: true))
            }
        }
    }

    /// Whether « et » at `index` follows a subject pronoun that cannot be
    /// coordinated (« il », « c' »), or « elle » with no preposition before
    /// and an adjective, a participle or an adverb after.
    private func needsVerb(_ words: [TaggedWord], _ index: Int) -> Bool {
        let previous = words[index - 1]
        if clitics.contains(previous.form) { return true }
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
