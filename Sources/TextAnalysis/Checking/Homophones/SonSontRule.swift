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
        .wrong("Elle parle avec {{sont}} frère.", "son"),
        .right("Ils sont partis avec son frère."),
        .right("Les élèves qui lisent sont contents."),
        .right("Il donne aux enfants son livre."),
        .right("Ils sont médecins."),
    ]
    private let possessive: FoldedWordSet
    private let verb: FoldedWordSet
    private let pluralSubjects: FoldedWordSet

    /// Reads the rule's word classes.
    init(lexicon: HomophoneLexicon) throws {
        possessive = try lexicon.words("possessive-son")
        verb = try lexicon.words("etre-sont")
        pluralSubjects = try lexicon.words("plural-subject-clitic")
    }

    func check(_ sentence: SentenceContext, into findings: inout [Finding]) {
        let words = sentence.words
        for index in words.indices.dropFirst() where !words.isBoundary(at: index + 1) {
            let word = words[index]
            if possessive.contains(word.form), pluralSubjects.contains(words[index - 1].form) {
                findings.append(finding(sentence, word, "sont", verbWritten: false))
            } else if verb.contains(word.form), needsPossessive(words, index, sentence) {
                findings.append(finding(sentence, word, "son", verbWritten: true))
            }
        }
    }

    /// Whether « sont » at `index` stands between a verb or a preposition
    /// and a noun that can only be singular (« prend sont livre »).
    private func needsPossessive(
        _ words: [TaggedWord], _ index: Int, _ sentence: SentenceContext
    ) -> Bool {
        let previous = words[index - 1]
        let afterVerb =
            previous.partOfSpeech == .verb && previous.features.isFinite
            && previous.lemma != "être"
        guard afterVerb || previous.partOfSpeech == .adp else { return false }
        let readings = sentence.readings(of: words[index + 1])
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
