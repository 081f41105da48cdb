import Tagging
import WritingModel

/// « sans » (the preposition) written for « s'en » (the reflexive pronoun
/// and « en »), and the reverse: « il sans va », « s'en un bruit ».
struct SansSEnRule: CheckingRule {
    let id = "grammar.homophone-sans-s-en"
    let category = FindingCategory.grammaire
    let examples: [RuleExample] = [
        .wrong("Il {{sans}} va demain.", "s'en"),
        .wrong("Elle ne {{sans}} souvient pas.", "s'en"),
        .wrong("Il part {{s'en}} un bruit.", "sans"),
        .right("Il s'en va sans un bruit."),
        .right("Il travaille sans cesse."),
        .right("Il s'en doute, sans le dire."),
    ]
    private let preposition: FoldedWordSet
    private let reflexive: FoldedWordSet
    private let en: FoldedWordSet

    /// Every word the rule starts from.
    private let triggers: FoldedWordSet

    /// Reads the rule's word classes.
    init(lexicon: HomophoneLexicon) throws {
        preposition = try lexicon.words("preposition-sans")
        reflexive = try lexicon.words("elided-se")
        en = try lexicon.words("pronoun-en")
        triggers = FoldedWordSet(preposition, reflexive)
    }

    func check(_ sentence: SentenceContext, into findings: inout [Finding]) {
        let words = sentence.words
        for index in words.indices(matching: triggers)
        where index > 0 && !words.isBoundary(at: index + 1) {
            let word = words[index]
            let next = words[index + 1]
            if preposition.contains(word.form),
                words[index - 1].partOfSpeech == .pron
                    || words[index - 1].partOfSpeech == .adv,
                next.partOfSpeech.isVerbal, sentence.readings(of: next).only(.finiteVerb)
            {
                findings.append(finding(sentence, word.span, "s'en", pronounNeeded: true))
            } else if reflexive.contains(word.form), en.contains(next.form),
                let after = words.word(at: index + 2), after.partOfSpeech == .det,
                sentence.readings(of: after).isDisjoint(
                    with: [.finiteVerb, .infinitive, .pastParticiple])
            {
                let span = word.span.union(next.span)
                findings.append(finding(sentence, span, "sans", pronounNeeded: false))
            }
        }
    }

    private func finding(
        _ sentence: SentenceContext, _ span: TextSpan, _ replacement: String,
        pronounNeeded: Bool
    ) -> Finding {
        let message =
            pronounNeeded
            ? "Devant un verbe conjugué, il faut « s’en » (« il s’en va ») ; la préposition "
                + "« sans » marque l’absence."
            : "Pour marquer l’absence, il faut la préposition « sans » ; « s’en » se place "
                + "devant un verbe."
        return sentence.homophoneFinding(
            self, span: span, message: message,
            shortMessage: pronounNeeded ? "« s’en »" : "Préposition « sans »",
            replacements: [replacement], confidence: 0.85)
    }
}
