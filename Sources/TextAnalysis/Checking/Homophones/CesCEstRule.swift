import Tagging
import WritingModel

/// « ces » or « ses » (determiners) written for « c'est » or « s'est »:
/// « ces un bon livre », « il ses trompé ».
struct CesCEstRule: CheckingRule {
    let id = "grammar.homophone-ces-c-est"
    let category = FindingCategory.grammaire
    let examples: [RuleExample] = [
        .wrong("{{Ces}} un bon livre.", "C'est"),
        .wrong("Je crois que {{ses}} un piège.", "c'est"),
        .wrong("Il {{ses}} trompé de route.", "s'est"),
        .wrong("Elle {{ces}} levée tôt.", "s'est"),
        .right("Ces livres sont à lui."),
        .right("Il prend ses affaires, c'est normal."),
        .right("Elle s'est levée tôt avec ses amies."),
        .right("Ces quelques jours ont passé."),
    ]
    private let determiners: FoldedWordSet
    private let subjects: FoldedWordSet
    private let afterCEst: FoldedWordSet

    /// Reads the rule's word classes.
    init(lexicon: HomophoneLexicon) throws {
        determiners = try lexicon.words("determiner-ces-ses")
        subjects = try lexicon.words("subject-clitic")
        afterCEst = try lexicon.words("after-c-est")
    }

    func check(_ sentence: SentenceContext, into findings: inout [Finding]) {
        let words = sentence.words
        for index in words.indices where !words.isBoundary(at: index + 1) {
            let word = words[index]
            guard determiners.contains(word.form) else { continue }
            let next = words[index + 1]
            if index > 0, subjects.contains(words[index - 1].form),
                next.features.verbForm == "Part"
                    || sentence.readings(of: next).contains(.pastParticiple)
            {
                findings.append(finding(sentence, word, "s'est", reflexive: true))
            } else if afterCEst.contains(next.form) {
                findings.append(finding(sentence, word, "c'est", reflexive: false))
            }
        }
    }

    private func finding(
        _ sentence: SentenceContext, _ word: TaggedWord, _ replacement: String,
        reflexive: Bool
    ) -> Finding {
        let message =
            reflexive
            ? "Les mots « ces » et « ses » sont des déterminants placés devant un nom ; devant un "
                + "participe passé, il faut « s’est » (« il s’est trompé »)."
            : "Les mots « ces » et « ses » sont des déterminants placés devant un nom ; ici il faut "
                + "« c’est », que l’on peut remplacer par « cela est »."
        return sentence.homophoneFinding(
            self, span: word.span, message: message,
            shortMessage: reflexive ? "« s’est »" : "« c’est »",
            replacements: [replacement], confidence: 0.85)
    }
}
