import Tagging
import WritingModel

/// « on » (the pronoun) written for « ont » (the verb avoir), and the
/// reverse: « ils on mangé », « ont va au cinéma ».
struct OnOntRule: CheckingRule {
    let id = "grammar.homophone-on-ont"
    let category = FindingCategory.grammaire
    let examples: [RuleExample] = [
        .wrong("Ils {{on}} mangé.", "ont"),
        .wrong("Elles {{on}} faim.", "ont"),
        .wrong("Les enfants {{on}} fini leurs devoirs.", "ont"),
        .wrong("{{Ont}} va au cinéma ce soir.", "On"),
        .wrong("Ceux qui {{on}} gagné sont contents.", "ont"),
        .wrong("Demain, {{ont}} part en vacances.", "on"),
        .wrong("{{Ont}} y retrouve les lieux de culte.", "On"),
        .wrong("{{Ont}} ne sait jamais.", "On"),
        .right("Ils ont mangé et on est partis."),
        .right("On a fini, ils ont été contents."),
        .right("Les enfants ont peur du noir."),
        .right("Ce qu'on dit ne compte pas."),
        .right("Les élèves ont en effet raison."),
        .right("Ont-ils compris ? Elles y ont vécu."),
        .right("Elles n'ont pas vu, elles n'ont eu aucun doute."),
    ]
    private let pronoun: FoldedWordSet
    private let verb: FoldedWordSet
    private let pluralSubjects: FoldedWordSet
    private let relatives: FoldedWordSet
    private let preverbal: FoldedWordSet

    /// The two forms the rule distinguishes.
    private let forms: HomophonePair

    /// Reads the rule's word classes.
    init(lexicon: HomophoneLexicon) throws {
        pronoun = try lexicon.words("pronoun-on")
        verb = try lexicon.words("avoir-ont")
        pluralSubjects = try lexicon.words("plural-subject-clitic")
        relatives = try lexicon.words("subject-relative")
        preverbal = FoldedWordSet(
            try lexicon.words("negation-ne"), try lexicon.words("adverbial-pronoun"))
        forms = HomophonePair(pronoun, verb)
    }

    func check(_ sentence: SentenceContext, into findings: inout [Finding]) {
        let words = sentence.words
        for (index, side) in forms.occurrences(in: words, requiringPrevious: false) {
            switch side {
            case .first where needsVerb(words, index, sentence):
                findings.append(finding(sentence, words[index], "ont", verbWritten: false))
            case .second where needsPronoun(words, index, sentence):
                findings.append(finding(sentence, words[index], "on", verbWritten: true))
            default: break
            }
        }
    }

    /// Returns whether « on » at `index` follows « ils » or « elles », or follows a
    /// plural noun or « qui » and comes before a past participle.
    private func needsVerb(
        _ words: [TaggedWord], _ index: Int, _ sentence: SentenceContext
    ) -> Bool {
        guard index > 0 else { return false }
        let previous = words[index - 1]
        if pluralSubjects.contains(previous.form) { return true }
        let pluralNoun = previous.partOfSpeech == .noun && previous.features.number == .plural
        guard pluralNoun || relatives.contains(previous.form) else { return false }
        let next = words[index + 1]
        let readings = sentence.readings(of: next)
        return next.features.verbForm == "Part" && readings.contains(.pastParticiple)
            && readings.only([.pastParticiple, .adjective])
    }

    /// Returns whether « ont » at `index` has no subject before it and comes before
    /// a verb conjugated in the third person singular that is no participle,
    /// perhaps after « ne », « y » or « en » (« ont va », « ont y va »).
    private func needsPronoun(
        _ words: [TaggedWord], _ index: Int, _ sentence: SentenceContext
    ) -> Bool {
        // « les patients ont subit »: after a subject, « ont » is right and
        // the next word is the mistake, a conjugation one.
        if let previous = words.word(at: index - 1) {
            // « elles n'ont eut aucun effet »: « on » never follows « ne ».
            if preverbal.contains(previous.form) { return false }
            switch previous.partOfSpeech {
            case .punct, .cconj, .sconj, .adv, .adp: break
            default: return false
            }
        }
        var position = index + 1
        while position < min(words.count - 1, index + 3), preverbal.contains(words[position].form) {
            position += 1
        }
        let next = words[position]
        guard next.isFiniteVerb else { return false }
        let readings = sentence.readings(of: next)
        return readings.contains(.thirdSingular)
            && readings.isDisjoint(with: [.pastParticiple, .infinitive])
    }

    private func finding(
        _ sentence: SentenceContext, _ word: TaggedWord, _ replacement: String,
        verbWritten: Bool
    ) -> Finding {
        let message =
            verbWritten
            ? "Le mot « ont » est le verbe avoir ; devant un verbe conjugué, il faut le pronom « on »."
            : "Le mot « on » est un pronom sujet ; ici il faut le verbe avoir, « ont », "
                + "que l’on peut remplacer par « avaient »."
        return sentence.homophoneFinding(
            self, span: word.span, message: message,
            shortMessage: verbWritten ? "Pronom « on »" : "Verbe « ont »",
            replacements: [replacement], confidence: 0.9)
    }
}
