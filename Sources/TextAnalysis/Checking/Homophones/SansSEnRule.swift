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
        .wrong("Il est parti {{s'en}} attendre la fin.", "sans"),
        .wrong("Elle répond {{s'en}} hésiter.", "sans"),
        .right("Il s'en va sans un bruit."),
        .right("Il travaille sans cesse."),
        .right("Il s'en doute, sans le dire."),
        .right("Il faut s'en occuper et s'y attendre."),
    ]
    private let preposition: FoldedWordSet
    private let reflexive: FoldedWordSet
    private let en: FoldedWordSet
    private let infinitivesAfterSans: Set<String>

    /// The two forms the rule distinguishes.
    private let forms: HomophonePair

    /// Reads the rule's word classes.
    init(lexicon: HomophoneLexicon) throws {
        preposition = try lexicon.words("preposition-sans")
        reflexive = try lexicon.words("elided-se")
        en = try lexicon.words("pronoun-en")
        infinitivesAfterSans = Set(try lexicon.list("infinitive-after-sans"))
        forms = HomophonePair(preposition, reflexive)
    }

    func check(_ sentence: SentenceContext, into findings: inout [Finding]) {
        let words = sentence.words
        for (index, side) in forms.occurrences(in: words, requiringPrevious: true) {
            let word = words[index]
            let next = words[index + 1]
            switch side {
            case .first where needsPronoun(words, index, sentence):
                findings.append(finding(sentence, word.span, "s'en", pronounNeeded: true))
            case .second where needsPreposition(words, index, sentence):
                let span = word.span.union(next.span)
                findings.append(finding(sentence, span, "sans", pronounNeeded: false))
            default: break
            }
        }
    }

    /// Returns whether « sans » at `index` follows a pronoun or an adverb and comes
    /// before a word that can only be a conjugated verb (« il sans va »).
    private func needsPronoun(
        _ words: [TaggedWord], _ index: Int, _ sentence: SentenceContext
    ) -> Bool {
        let previous = words[index - 1]
        let next = words[index + 1]
        guard previous.partOfSpeech == .pron || previous.partOfSpeech == .adv else {
            return false
        }
        return next.partOfSpeech.isVerbal && sentence.readings(of: next).only(.finiteVerb)
    }

    /// Returns whether « s'en » at `index` comes before a determiner that is no
    /// verb form (« il part s'en un bruit »), or before an infinitive that
    /// follows « sans » but never « s'en » (« s'en attendre »).
    private func needsPreposition(
        _ words: [TaggedWord], _ index: Int, _ sentence: SentenceContext
    ) -> Bool {
        guard en.contains(words[index + 1].form), let after = words.word(at: index + 2)
        else { return false }
        let readings = sentence.readings(of: after)
        if infinitivesAfterSans.contains(after.form.lowercased()) {
            return readings.contains(.infinitive)
        }
        return after.partOfSpeech == .det
            && readings.isDisjoint(with: [.finiteVerb, .infinitive, .pastParticiple])
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
