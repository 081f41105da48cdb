import Tagging
import WritingModel

/// « c'est » (cela est) written for « s'est » (the reflexive past), and the
/// reverse: « il c'est trompé », « s'est un bon film ».
struct CEstSEstRule: CheckingRule {
    let id = "grammar.homophone-c-est-s-est"
    let category = FindingCategory.grammaire
    let examples: [RuleExample] = [
        .wrong("Il {{c'est}} trompé.", "s'est"),
        .wrong("Elle {{c'est}} levée tôt.", "s'est"),
        .wrong("{{S'est}} un bon film.", "C'est"),
        .right("C'est lui qui s'est trompé."),
        .right("Il s'est levé et c'est tout."),
        .right("S'est-il trompé ?"),
    ]
    private let demonstrative: FoldedWordSet
    private let reflexive: FoldedWordSet
    private let etre: FoldedWordSet
    private let subjects: FoldedWordSet

    /// Every word the rule starts from.
    private let triggers: FoldedWordSet

    /// Reads the rule's word classes.
    init(lexicon: HomophoneLexicon) throws {
        demonstrative = try lexicon.words("elided-ce")
        reflexive = try lexicon.words("elided-se")
        etre = try lexicon.words("etre-est")
        subjects = try lexicon.words("subject-clitic")
        triggers = FoldedWordSet(demonstrative, reflexive)
    }

    func check(_ sentence: SentenceContext, into findings: inout [Finding]) {
        let words = sentence.words
        for index in words.indices(matching: triggers) where !words.isBoundary(at: index + 2) {
            guard etre.contains(words[index + 1].form) else { continue }
            let word = words[index]
            let next = words[index + 2]
            if demonstrative.contains(word.form), index > 0,
                subjects.contains(words[index - 1].form)
            {
                findings.append(finding(sentence, word, words[index + 1], "s'est", true))
            } else if reflexive.contains(word.form), index == 0, !next.form.hasPrefix("-"),
                next.features.verbForm != "Part"
            {
                findings.append(finding(sentence, word, words[index + 1], "c'est", false))
            }
        }
    }

    private func finding(
        _ sentence: SentenceContext, _ first: TaggedWord, _ second: TaggedWord,
        _ replacement: String, _ reflexiveNeeded: Bool
    ) -> Finding {
        let message =
            reflexiveNeeded
            ? "Après un sujet, « c’est » ne convient pas ; le verbe pronominal s’écrit "
                + "« s’est » (« il s’est trompé »)."
            : "La forme « s’est » accompagne un verbe pronominal (« il s’est levé ») ; ici il faut "
                + "« c’est », que l’on peut remplacer par « cela est »."
        return sentence.homophoneFinding(
            self, span: first.span.union(second.span), message: message,
            shortMessage: reflexiveNeeded ? "« s’est »" : "« c’est »",
            replacements: [replacement], confidence: 0.9)
    }
}
