import Tagging
import WritingModel

/// « quelle » (the interrogative determiner) written for « qu'elle » (the
/// conjunction and the pronoun): « je pense quelle viendra », « parce
/// quelle dort ».
struct QuelleQuElleRule: CheckingRule {
    let id = "grammar.homophone-quelle-qu-elle"
    let category = FindingCategory.grammaire
    let examples: [RuleExample] = [
        .wrong("Je pense {{quelle}} viendra demain.", "qu'elle"),
        .wrong("Il part parce {{quelle}} dort.", "qu'elle"),
        .wrong("Il faut {{quelle}} se repose.", "qu'elle"),
        .wrong("Je crois {{quelles}} ne viendront pas.", "qu'elles"),
        .wrong("Je veux {{quel}} vienne.", "qu'elle"),
        .wrong("Je pense {{quelle}} est partie tôt.", "qu'elle"),
        .wrong("Il croit {{quelles}} ont fini.", "qu'elles"),
        .right("Je sais quelle est ta couleur préférée."),
        .right("Quelle heure est-il ? Je pense qu'elle viendra."),
        .right("Pour quelle raison part-il ?"),
        .right("Quelle ne fut pas sa surprise !"),
        .right("Je sais quelle a été sa réponse et quelle est partie de la ville."),
    ]
    private let singular: FoldedWordSet
    private let plural: FoldedWordSet
    private let conjunctionHeads: FoldedWordSet
    private let clitics: FoldedWordSet

    /// Every word the rule starts from.
    private let triggers: FoldedWordSet

    /// Reads the rule's word classes.
    init(lexicon: HomophoneLexicon) throws {
        singular = try lexicon.words("quelle-singular")
        plural = try lexicon.words("quelle-plural")
        conjunctionHeads = try lexicon.words("before-que")
        clitics = try lexicon.words("preverbal-clitic")
        triggers = FoldedWordSet(singular, plural)
    }

    func check(_ sentence: SentenceContext, into findings: inout [Finding]) {
        let words = sentence.words
        for index in words.indices(matching: triggers)
        where index > 0 && !words.isBoundary(at: index + 1) {
            let word = words[index]
            let isPlural = plural.contains(word.form)
            guard isPlural || singular.contains(word.form),
                let verb = verbAfter(words, index), verb.partOfSpeech.isVerbal,
                verb.features.isFinite
            else { continue }
            let previous = words[index - 1]
            let afterConjunction = conjunctionHeads.contains(previous.form)
            let isAuxiliary = verb.lemma == "être" || verb.lemma == "avoir"
            // « est » is also a noun (the east), but not before a participle.
            let isCompoundTense = isAuxiliary && startsCompoundTense(words, index, sentence)
            let afterVerb =
                previous.partOfSpeech == .verb && previous.features.isFinite
                && (!isAuxiliary || isCompoundTense)
            guard afterConjunction || afterVerb,
                isCompoundTense
                    || sentence.readings(of: words[index + 1]).isDisjoint(with: [.noun, .adjective])
            else { continue }
            findings.append(
                sentence.homophoneFinding(
                    self, span: word.span,
                    message: "Devant un verbe conjugué, il faut « qu’elle » (« que » et le "
                        + "pronom « elle ») ; « quelle » se place devant un nom.",
                    shortMessage: "« qu’elle »",
                    replacements: replacements(
                        for: word.form, plural: isPlural || verb.features.number == .plural),
                    confidence: 0.85))
        }
    }

    /// « qu'elle », and « qu'il » after « quel », which may stand for either.
    private func replacements(for form: String, plural: Bool) -> [String] {
        let feminine = form.hasSuffix("e") || form.hasSuffix("es")
        let pronouns = plural ? ["qu'elles", "qu'ils"] : ["qu'elle", "qu'il"]
        return feminine ? [pronouns[0]] : pronouns
    }

    /// Returns whether the auxiliary after « quelle » at `index` comes
    /// before a past participle that no noun phrase follows (« je pense
    /// quelle est partie tôt »). With a noun phrase, « quelle » opens a
    /// question (« je sais quelle a été sa réponse »).
    private func startsCompoundTense(
        _ words: [TaggedWord], _ index: Int, _ sentence: SentenceContext
    ) -> Bool {
        guard let participle = words.word(at: index + 2),
            participle.features.verbForm == "Part",
            sentence.readings(of: participle).contains(.pastParticiple)
        else { return false }
        guard let after = words.word(at: index + 3) else { return true }
        switch after.partOfSpeech {
        case .det, .noun, .propn, .num, .adj, .pron: return false
        default: return after.form != "de" && after.form != "d'"
        }
    }

    /// The first word after `index` that is no preverbal pronoun.
    private func verbAfter(_ words: [TaggedWord], _ index: Int) -> TaggedWord? {
        var position = index + 1
        while position < min(words.count, index + 4), clitics.contains(words[position].form) {
            position += 1
        }
        return words.word(at: position)
    }
}
