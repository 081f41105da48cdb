import Tagging
import WritingModel

/// « mes » (the possessive), « mais » (the conjunction) and « met » (the
/// verb mettre) written for one another: « mes il ne vient pas », « il
/// mais son manteau ».
struct MesMaisRule: CheckingRule {
    let id = "grammar.homophone-mes-mais"
    let category = FindingCategory.grammaire
    let examples: [RuleExample] = [
        .wrong("Il voulait venir, {{mes}} il est malade.", "mais"),
        .wrong("{{Mes}} je ne sais pas.", "Mais"),
        .wrong("Il {{mais}} son manteau.", "met"),
        .wrong("Je {{mais}} la table.", "mets"),
        .right("Mes amis sont là, mais ils partent."),
        .right("Il met son manteau, mais elle reste."),
        .right("Elle mais pas lui ? Non, elle."),
    ]
    private let possessive: FoldedWordSet
    private let conjunction: FoldedWordSet
    private let afterConjunction: FoldedWordSet
    private let thirdPersons: FoldedWordSet
    private let firstPersons: FoldedWordSet

    /// The two forms the rule distinguishes.
    private let forms: HomophonePair

    /// Reads the rule's word classes.
    init(lexicon: HomophoneLexicon) throws {
        possessive = try lexicon.words("possessive-mes")
        conjunction = try lexicon.words("conjunction-mais")
        afterConjunction = try lexicon.words("after-mais")
        thirdPersons = try lexicon.words("clitic-only-third")
        firstPersons = try lexicon.words("subject-first-second")
        forms = HomophonePair(possessive, conjunction)
    }

    func check(_ sentence: SentenceContext, into findings: inout [Finding]) {
        let words = sentence.words
        for (index, side) in forms.occurrences(in: words, requiringPrevious: false) {
            let word = words[index]
            switch side {
            case .first where afterConjunction.contains(words[index + 1].form):
                findings.append(finding(sentence, word, "mais", .conjunction))
            case .second where index > 0:
                let previous = words[index - 1].form
                if thirdPersons.contains(previous) {
                    findings.append(finding(sentence, word, "met", .verb))
                } else if firstPersons.contains(previous) {
                    findings.append(finding(sentence, word, "mets", .verb))
                }
            default: break
            }
        }
    }

    /// The form the student should have written.
    private enum Target {
        case conjunction, verb
    }

    private func finding(
        _ sentence: SentenceContext, _ word: TaggedWord, _ replacement: String, _ target: Target
    ) -> Finding {
        let message =
            target == .conjunction
            ? "Pour marquer une opposition, il faut la conjonction « mais » ; « mes » se place "
                + "devant un nom."
            : "Après un sujet, il faut le verbe mettre, « \(replacement) » ; « mais » marque "
                + "une opposition."
        return sentence.homophoneFinding(
            self, span: word.span, message: message,
            shortMessage: target == .conjunction ? "Conjonction « mais »" : "Verbe mettre",
            replacements: [replacement], confidence: 0.85)
    }
}
