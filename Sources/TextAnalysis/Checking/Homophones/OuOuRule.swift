import Tagging
import WritingModel

/// « ou » (or) written for « où » (where, when), and the reverse: « la
/// ville ou j'habite », « d'ou viens-tu », « où bien ».
struct OuOuRule: CheckingRule {
    let id = "grammar.homophone-ou-ou"
    let category = FindingCategory.grammaire
    let examples: [RuleExample] = [
        .wrong("La ville {{ou}} j'habite est belle.", "où"),
        .wrong("Le jour {{ou}} il est venu, il pleuvait.", "où"),
        .wrong("D'{{ou}} viens-tu ?", "où"),
        .wrong("{{Ou}} vas-tu ?", "Où"),
        .wrong("Je vais {{ou}} elle veut.", "où"),
        .wrong("Ils iront {{ou}} ils pourront.", "où"),
        .wrong("Tu viens {{où}} pas ?", "ou"),
        .wrong("Il a deux {{où}} trois chats.", "ou"),
        .wrong("Il faut une intervention urgente {{où}} précoce.", "ou"),
        .right("Où vas-tu, le jour ou la nuit ?"),
        .right("Veux-tu du thé ou du café ?"),
        .right("C'est là où bien des gens se perdent."),
        .right("Il viendra, ou bien il écrira."),
        .right("Au moment précis où seul le silence répond, il part."),
        .wrong("Il cite le chlore {{où}} le phosgène.", "ou"),
        .wrong("Des apôtres {{où}} des pères, tous debout.", "ou"),
        .wrong("Son histoire commence à sa mort ({{où}} de son martyre).", "ou"),
        .right("La ville où des milliers de gens, chaque jour, passent."),
        .right("C'est le pays d'où vient le thé et par où passent les trains."),
        .right("Le jour où, enfin, la paix."),
        .right("Tu viens ou tu restes ? Tu pars ou tu veux rester ?"),
        .right("Il part ou il veut partir, et il vient ou il ne veut pas."),
    ]
    private let conjunction: FoldedWordSet
    private let relative: FoldedWordSet
    private let antecedents: FoldedWordSet
    private let prepositions: FoldedWordSet
    private let subjects: FoldedWordSet
    private let conjunctionPartners: FoldedWordSet
    private let motionLemmas: Set<String>
    private let ellipticLemmas: Set<String>

    /// The two forms the rule distinguishes.
    private let forms: HomophonePair

    /// Reads the rule's word classes.
    init(lexicon: HomophoneLexicon) throws {
        conjunction = try lexicon.words("conjunction-ou")
        relative = try lexicon.words("relative-ou")
        antecedents = try lexicon.words("antecedent-of-ou")
        prepositions = try lexicon.words("preposition-before-ou")
        subjects = try lexicon.words("subject-pronoun")
        conjunctionPartners = try lexicon.words("after-conjunction-ou")
        motionLemmas = Set(try lexicon.list("motion-lemma-before-ou"))
        ellipticLemmas = Set(try lexicon.list("elliptic-lemma-after-ou"))
        forms = HomophonePair(conjunction, relative)
    }

    func check(_ sentence: SentenceContext, into findings: inout [Finding]) {
        let words = sentence.words
        for (index, side) in forms.occurrences(in: words, requiringPrevious: false) {
            switch side {
            case .first where needsRelative(words, index):
                findings.append(finding(sentence, words[index], "où", relativeWritten: false))
            case .second where needsConjunction(words, index, sentence):
                findings.append(finding(sentence, words[index], "ou", relativeWritten: true))
            default: break
            }
        }
    }

    /// Returns whether « ou » at `index` follows a place or time noun and comes
    /// before a subject pronoun, follows « d' », « par », « jusqu' », or
    /// opens a question with an inverted subject (« ou vas-tu »).
    private func needsRelative(_ words: [TaggedWord], _ index: Int) -> Bool {
        let next = words[index + 1]
        guard index > 0 else {
            return next.partOfSpeech.isVerbal
                && words.word(at: index + 2)?.form.hasPrefix("-") == true
        }
        let previous = words[index - 1]
        if prepositions.contains(previous.form) { return true }
        if isAfterMotionVerb(words, index) { return true }
        return antecedents.contains(previous.form) && subjects.contains(next.form)
    }

    /// Returns whether « ou » at `index` follows a verb of motion and comes
    /// before a subject pronoun and « vouloir » or « pouvoir » that end the
    /// clause (« je vais ou elle veut »). The motion verb lacks its place
    /// complement, which « où elle veut » supplies. An alternative would
    /// go on after the second verb (« ou tu veux rester »).
    private func isAfterMotionVerb(_ words: [TaggedWord], _ index: Int) -> Bool {
        let previous = words[index - 1]
        guard previous.partOfSpeech == .verb, motionLemmas.contains(previous.lemma),
            subjects.contains(words[index + 1].form),
            let verb = words.word(at: index + 2), verb.isFiniteVerb,
            ellipticLemmas.contains(verb.lemma)
        else { return false }
        return words.isBoundary(at: index + 3)
    }

    /// Returns whether « où » at `index` is between two numbers or two adjectives,
    /// or before « bien », « non » or « pas » followed by punctuation or a
    /// subject. Only « ou » fits there (but « là où bien des gens »).
    private func needsConjunction(
        _ words: [TaggedWord], _ index: Int, _ sentence: SentenceContext
    ) -> Bool {
        let next = words[index + 1]
        if index > 0, words[index - 1].partOfSpeech == .num, next.partOfSpeech == .num {
            return true
        }
        if index > 0, isBetweenAdjectives(words, index, sentence) { return true }
        if index > 0, opensVerblessPhrase(words, index) { return true }
        guard conjunctionPartners.contains(next.form) else { return false }
        if let previous = words.word(at: index - 1),
            previous.partOfSpeech == .adv || antecedents.contains(previous.form)
        {
            return false
        }
        return words.isBoundary(at: index + 2) || subjects.contains(words[index + 2].form)
    }

    /// Returns whether « où » at `index` comes before a noun phrase or « de »
    /// and nothing after it up to the end of the sentence, a closing
    /// bracket, a semicolon or a colon is a conjugated verb. A relative
    /// « où » opens a clause with a verb (« le jour où il vint »), so a
    /// phrase alone calls for « ou » (« le chlore où le phosgène »). « D'où »
    /// and « par où » are left to the tests above.
    private func opensVerblessPhrase(_ words: [TaggedWord], _ index: Int) -> Bool {
        let previous = words[index - 1]
        let next = words[index + 1]
        guard !prepositions.contains(previous.form), previous.partOfSpeech != .adp,
            previous.partOfSpeech != .adv
        else { return false }
        switch next.partOfSpeech {
        case .det, .noun, .propn, .num: break
        case .adp: guard next.form == "de" || next.form == "d'" else { return false }
        default: return false
        }
        for word in words[(index + 1)...] {
            if word.isFiniteVerb { return false }
            if word.partOfSpeech == .punct, [")", ";", ":", "."].contains(word.form) { break }
        }
        return true
    }

    /// Returns whether « où » at `index` comes between two adjectives and before
    /// punctuation, a preposition or a conjunction (« une intervention
    /// urgente où précoce »). A relative « où » opens a clause, which never
    /// starts with a lone adjective.
    private func isBetweenAdjectives(
        _ words: [TaggedWord], _ index: Int, _ sentence: SentenceContext
    ) -> Bool {
        let previous = words[index - 1]
        let next = words[index + 1]
        guard previous.partOfSpeech == .adj, next.partOfSpeech == .adj,
            sentence.readings(of: next).only(.adjective)
        else { return false }
        guard let after = words.word(at: index + 2) else { return true }
        switch after.partOfSpeech {
        case .punct, .adp, .cconj: return true
        default: return false
        }
    }

    private func finding(
        _ sentence: SentenceContext, _ word: TaggedWord, _ replacement: String,
        relativeWritten: Bool
    ) -> Finding {
        let message =
            relativeWritten
            ? "Avec un accent, « où » indique le lieu ou le temps ; pour un choix, il faut "
                + "« ou », que l’on peut remplacer par « ou bien »."
            : "Sans accent, « ou » marque un choix ; pour le lieu ou le temps, il faut « où »."
        return sentence.homophoneFinding(
            self, span: word.span, message: message,
            shortMessage: relativeWritten ? "Conjonction « ou »" : "Relatif « où »",
            replacements: [replacement], confidence: 0.8)
    }
}
