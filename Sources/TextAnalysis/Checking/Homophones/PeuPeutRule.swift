import Tagging
import WritingModel

/// « peu » (the adverb of quantity) written for « peut » (the verb
/// pouvoir), and the reverse: « il peu venir », « un peut de sel ».
struct PeuPeutRule: CheckingRule {
    let id = "grammar.homophone-peu-peut"
    let category = FindingCategory.grammaire
    let examples: [RuleExample] = [
        .wrong("Il {{peu}} venir demain.", "peut"),
        .wrong("On ne {{peu}} pas savoir.", "peut"),
        .wrong("Je {{peu}} le faire.", "peux"),
        .wrong("Ajoute un {{peut}} de sel.", "peu"),
        .wrong("Il est très {{peut}} connu.", "peu"),
        .wrong("Cette méthode {{peu}} sembler étrange au début.", "peut"),
        .right("Il peut venir un peu plus tard."),
        .right("Il a peu mangé, peut-être trop peu."),
        .right("Peu importe ce qu'il peut dire."),
        .right("Un travail peu payé, un plat peu salé."),
    ]
    private let adverb: FoldedWordSet
    private let verb: FoldedWordSet
    private let thirdPersons: FoldedWordSet
    private let firstPersons: FoldedWordSet
    private let negation: FoldedWordSet
    private let quantifiers: FoldedWordSet

    /// The two forms the rule distinguishes.
    private let forms: HomophonePair

    /// Reads the rule's word classes.
    init(lexicon: HomophoneLexicon) throws {
        adverb = try lexicon.words("adverb-peu")
        verb = try lexicon.words("pouvoir-peut")
        thirdPersons = try lexicon.words("subject-clitic")
        firstPersons = try lexicon.words("subject-first-second")
        negation = try lexicon.words("negation-ne")
        quantifiers = try lexicon.words("before-peu")
        forms = HomophonePair(adverb, verb)
    }

    func check(_ sentence: SentenceContext, into findings: inout [Finding]) {
        let words = sentence.words
        for (index, side) in forms.occurrences(in: words, requiringPrevious: true) {
            let word = words[index]
            switch side {
            case .first:
                guard let replacement = verbForm(words, index, sentence) else { continue }
                findings.append(finding(sentence, word, replacement, verbNeeded: true))
            case .second where quantifiers.contains(words[index - 1].form):
                findings.append(finding(sentence, word, "peu", verbNeeded: false))
            default: break
            }
        }
    }

    /// « peut » or « peux » when « peu » at `index` follows a subject
    /// pronoun, directly or after « ne », or « peut » when it comes between
    /// a singular noun and a word that can only be an infinitive (« cette
    /// méthode peu sembler étrange »).
    private func verbForm(
        _ words: [TaggedWord], _ index: Int, _ sentence: SentenceContext
    ) -> String? {
        var subjectIndex = index - 1
        if negation.contains(words[subjectIndex].form) { subjectIndex -= 1 }
        guard let subject = words.word(at: subjectIndex) else { return nil }
        if thirdPersons.contains(subject.form) { return "peut" }
        if firstPersons.contains(subject.form) { return "peux" }
        let previous = words[index - 1]
        guard previous.partOfSpeech == .noun, previous.features.number != .plural,
            sentence.readings(of: words[index + 1]).only(.infinitive)
        else { return nil }
        return "peut"
    }

    private func finding(
        _ sentence: SentenceContext, _ word: TaggedWord, _ replacement: String,
        verbNeeded: Bool
    ) -> Finding {
        let message =
            verbNeeded
            ? "Après un sujet, il faut le verbe pouvoir, « \(replacement) », que l’on peut "
                + "remplacer par « pouvait » ; « peu » indique une petite quantité."
            : "Pour une petite quantité, il faut l’adverbe « peu » ; « peut » est le verbe "
                + "pouvoir."
        return sentence.homophoneFinding(
            self, span: word.span, message: message,
            shortMessage: verbNeeded ? "Verbe « \(replacement) »" : "Adverbe « peu »",
            replacements: [replacement], confidence: 0.9)
    }
}
