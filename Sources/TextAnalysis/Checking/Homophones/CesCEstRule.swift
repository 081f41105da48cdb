import Tagging
import WritingModel

/// « ces » or « ses » (determiners) written for « c'est » or « s'est »,
/// and the reverse: « ces un bon livre », « il ses trompé », « c'est
/// amis ».
struct CesCEstRule: CheckingRule {
    let id = "grammar.homophone-ces-c-est"
    let category = FindingCategory.grammaire
    let examples: [RuleExample] = [
        .wrong("{{Ces}} un bon livre.", "C'est"),
        .wrong("Je crois que {{ses}} un piège.", "c'est"),
        .wrong("Il {{ses}} trompé de route.", "s'est"),
        .wrong("Elle {{ces}} levée tôt.", "s'est"),
        .wrong("Il aime {{c'est}} chiens.", "ces"),
        .right("Ces livres sont à lui."),
        .right("Il prend ses affaires, c'est normal."),
        .right("Elle s'est levée tôt avec ses amies."),
        .right("Ces quelques jours ont passé."),
    ]
    private let determiners: FoldedWordSet
    private let subjects: FoldedWordSet
    private let afterCEst: FoldedWordSet
    private let demonstrative: FoldedWordSet
    private let etre: FoldedWordSet

    /// Every word the rule starts from.
    private let triggers: FoldedWordSet

    /// Reads the rule's word classes.
    init(lexicon: HomophoneLexicon) throws {
        determiners = try lexicon.words("determiner-ces-ses")
        subjects = try lexicon.words("subject-clitic")
        afterCEst = try lexicon.words("after-c-est")
        demonstrative = try lexicon.words("elided-ce")
        etre = try lexicon.words("etre-est")
        triggers = FoldedWordSet(demonstrative, determiners)
    }

    func check(_ sentence: SentenceContext, into findings: inout [Finding]) {
        let words = sentence.words
        for index in words.indices(matching: triggers) where !words.isBoundary(at: index + 1) {
            let word = words[index]
            if demonstrative.contains(word.form), etre.contains(words[index + 1].form),
                let noun = words.word(at: index + 2), isPluralNoun(noun, sentence)
            {
                findings.append(determinerFinding(sentence, word.span.union(words[index + 1].span)))
                continue
            }
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

    /// Returns whether `word` is a noun that Lexique knows only in the plural, so
    /// that « c'est » cannot come before it (« c'est amis »).
    private func isPluralNoun(_ word: TaggedWord, _ sentence: SentenceContext) -> Bool {
        // « c'est Paris »: a capital marks a name, whatever Lexique says of
        // the lowercase form.
        guard word.partOfSpeech != .propn, word.form.first?.isLowercase == true else {
            return false
        }
        let readings = sentence.readings(of: word)
        return readings.contains([.noun, .plural]) && !readings.contains(.singular)
            && readings.only([.noun, .adjective])
    }

    private func determinerFinding(_ sentence: SentenceContext, _ span: TextSpan) -> Finding {
        sentence.homophoneFinding(
            self, span: span,
            message: "Devant un nom au pluriel, il faut un déterminant, « ces » ou « ses » ; "
                + "« c’est » veut dire « cela est ».",
            shortMessage: "« ces » ou « ses »", replacements: ["ces", "ses"], confidence: 0.8)
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
