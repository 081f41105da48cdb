import Tagging
import WritingModel

/// « ni » (the negative conjunction) written for « n'y » (the negation and
/// the pronoun « y »), and the reverse: « il ni a pas », « ni chaud n'y
/// froid ».
struct NiNyRule: CheckingRule {
    let id = "grammar.homophone-ni-n-y"
    let category = FindingCategory.grammaire
    let examples: [RuleExample] = [
        .wrong("Il {{ni}} a pas de pain.", "n'y"),
        .wrong("Je {{ni}} vais jamais.", "n'y"),
        .wrong("Il ne fait ni chaud {{n'y}} froid.", "ni"),
        .right("Il n'y a ni pain ni eau."),
        .right("Il ne mange ni ne boit."),
        .right("Il n'y en a plus."),
    ]
    private let conjunction: FoldedWordSet
    private let negation: FoldedWordSet
    private let there: FoldedWordSet
    private let subjects: FoldedWordSet

    /// The two forms the rule distinguishes.
    private let forms: HomophonePair

    /// Reads the rule's word classes.
    init(lexicon: HomophoneLexicon) throws {
        conjunction = try lexicon.words("conjunction-ni")
        negation = try lexicon.words("negation-ne")
        there = try lexicon.words("there")
        subjects = try lexicon.words("subject-pronoun")
        forms = HomophonePair(conjunction, negation)
    }

    func check(_ sentence: SentenceContext, into findings: inout [Finding]) {
        let words = sentence.words
        for (index, side) in forms.occurrences(in: words, requiringPrevious: true) {
            let word = words[index]
            let next = words[index + 1]
            switch side {
            case .first
            where subjects.contains(words[index - 1].form) && next.partOfSpeech.isVerbal
                && next.features.isFinite:
                findings.append(finding(sentence, word.span, "n'y", pronounNeeded: true))
            case .second
            where there.contains(next.form) && needsConjunction(words, index, sentence):
                let span = word.span.union(next.span)
                findings.append(finding(sentence, span, "ni", pronounNeeded: false))
            default: break
            }
        }
    }

    /// Returns whether « n'y » at `index` comes before a word that is no verb nor
    /// pronoun, in a sentence that has « ni » before it.
    private func needsConjunction(
        _ words: [TaggedWord], _ index: Int, _ sentence: SentenceContext
    ) -> Bool {
        guard let after = words.word(at: index + 2), after.partOfSpeech != .punct,
            words[..<index].contains(where: { conjunction.contains($0.form) })
        else { return false }
        let readings = sentence.readings(of: after)
        return readings.isKnown
            && readings.isDisjoint(with: [.finiteVerb, .pronoun, .infinitive])
    }

    private func finding(
        _ sentence: SentenceContext, _ span: TextSpan, _ replacement: String,
        pronounNeeded: Bool
    ) -> Finding {
        let message =
            pronounNeeded
            ? "Devant un verbe, il faut « n’y » (la négation et le pronom « y », comme dans "
                + "« il n’y a pas ») ; « ni » relie deux mots niés."
            : "Pour relier deux mots niés, il faut la conjonction « ni » ; « n’y » se place "
                + "devant un verbe."
        return sentence.homophoneFinding(
            self, span: span, message: message,
            shortMessage: pronounNeeded ? "« n’y »" : "Conjonction « ni »",
            replacements: [replacement], confidence: 0.85)
    }
}
