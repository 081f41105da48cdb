import Tagging
import WritingModel

/// « quand » (when), « quant » (in « quant à ») and « qu'en » written for
/// one another: « quand à moi », « quant il vient », « qu'en il pleut ».
struct QuandQuantRule: CheckingRule {
    let id = "grammar.homophone-quand-quant"
    let category = FindingCategory.grammaire
    let examples: [RuleExample] = [
        .wrong("{{Quand}} à moi, je reste.", "Quant"),
        .wrong("{{Quand}} au film, il était long.", "Quant"),
        .wrong("Je pars {{quant}} il arrive.", "quand"),
        .wrong("Il sort {{qu'en}} il pleut.", "quand"),
        .right("Quant à moi, je pars quand il arrive."),
        .right("Qu'en pensez-vous ?"),
        .right("Quand à huit heures il arrive, je pars."),
        .right("Depuis quand a-t-on vu cela ?"),
        .right("Il sourit quand au fond du théâtre apparut une femme."),
    ]
    private let when: FoldedWordSet
    private let asFor: FoldedWordSet
    private let preposition: FoldedWordSet
    private let que: FoldedWordSet
    private let en: FoldedWordSet
    private let subjects: FoldedWordSet
    private let stressedPronouns: FoldedWordSet

    /// Every word the rule starts from.
    private let triggers: FoldedWordSet

    /// Reads the rule's word classes.
    init(lexicon: HomophoneLexicon) throws {
        when = try lexicon.words("conjunction-quand")
        asFor = try lexicon.words("quant")
        preposition = try lexicon.words("after-quant")
        que = try lexicon.words("elided-que")
        en = try lexicon.words("pronoun-en")
        subjects = try lexicon.words("quand-subject")
        stressedPronouns = try lexicon.words("stressed-pronoun")
        triggers = FoldedWordSet(when, asFor, que)
    }

    func check(_ sentence: SentenceContext, into findings: inout [Finding]) {
        let words = sentence.words
        for index in words.indices(matching: triggers) where !words.isBoundary(at: index + 1) {
            let word = words[index]
            let next = words[index + 1]
            if when.contains(word.form), preposition.contains(next.form),
                next.partOfSpeech == .adp, isShortTopic(words, index)
            {
                findings.append(finding(sentence, word.span, "quant", .asFor))
            } else if asFor.contains(word.form), !preposition.contains(next.form) {
                findings.append(finding(sentence, word.span, "quand", .when))
            } else if que.contains(word.form), en.contains(next.form),
                let after = words.word(at: index + 2), subjects.contains(after.form)
            {
                findings.append(finding(sentence, word.span.union(next.span), "quand", .when))
            }
        }
    }

    /// Returns whether « quand à » at `index` opens a short topic, as « quant à »
    /// does: a stressed pronoun, or a name or noun phrase closed by a comma
    /// (« quand au film, … »). « quand au fond du théâtre apparut… » is a
    /// clause.
    private func isShortTopic(_ words: [TaggedWord], _ index: Int) -> Bool {
        if let topic = words.word(at: index + 2), stressedPronouns.contains(topic.form) {
            return true
        }
        return words.word(at: index + 3)?.partOfSpeech == .punct
            || words.word(at: index + 4)?.partOfSpeech == .punct
    }

    /// The form the student should have written.
    private enum Target {
        case asFor, when
    }

    private func finding(
        _ sentence: SentenceContext, _ span: TextSpan, _ replacement: String, _ target: Target
    ) -> Finding {
        let message =
            target == .asFor
            ? "Devant « à », « au » ou « aux », on écrit « quant » (« quant à moi », au sens "
                + "de « pour ce qui est de ») ; « quand » indique le temps."
            : "Pour indiquer le temps, il faut « quand », que l’on peut remplacer par "
                + "« lorsque »."
        return sentence.homophoneFinding(
            self, span: span, message: message,
            shortMessage: target == .asFor ? "« quant à »" : "« quand »",
            replacements: [replacement], confidence: 0.9)
    }
}
