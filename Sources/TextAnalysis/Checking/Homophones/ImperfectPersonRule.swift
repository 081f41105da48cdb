import Tagging
import WritingModel

/// The imperfect ending of the first and second persons written for the
/// third, and the reverse: « il mangeais » for « il mangeait », « je
/// mangeait » for « je mangeais ».
struct ImperfectPersonRule: CheckingRule {
    let id = "grammar.verb-form-ais-ait"
    let category = FindingCategory.grammaire
    let examples: [RuleExample] = [
        .wrong("Il {{mangeais}} une pomme.", "mangeait"),
        .wrong("Le voisin {{avais}} 44 ans.", "avait"),
        .wrong("Il y {{avais}} du monde.", "avait"),
        .wrong("Le chat qui {{dormais}} se réveille.", "dormait"),
        .wrong("Je {{mangeait}} une pomme.", "mangeais"),
        .wrong("Tu ne le {{voyait}} pas.", "voyais"),
        .wrong("Le contrat signé en 1991 {{interdisais}} la vente.", "interdisait"),
        .wrong("Elle montait à cheval, {{chassais}} et lisait.", "chassait"),
        .wrong("M. Hosneld {{avais}} 44 ans.", "avait"),
        .wrong("Ainsi cela s'{{écrivais}}-il autrefois.", "écrivait"),
        .wrong("Je chantais le matin et {{dansait}} le soir.", "dansais"),
        .right("Je mangeais et il mangeait."),
        .right("C'est moi qui restais là."),
        .right(
            "Moi, ma cousine, qui voudrais lui trouver un mari. De quel droit exigerais-je cela ?"),
        .right("Tu le voyais, il le savait."),
        .right("Je partais quand il arrivait et repartait aussitôt."),
        .right("Hier, moi, je restais là et pensais à toi."),
        .right("Que faisais-tu ? Fais attention."),
    ]
    private let thirdPersons: FoldedWordSet
    private let firstPersons: FoldedWordSet
    private let clitics: FoldedWordSet
    private let speakers: FoldedWordSet
    private let persons: FoldedWordSet
    private let invertedThirdPersons: FoldedWordSet
    private let invertedFirstPersons: FoldedWordSet
    private let coordinators: FoldedWordSet

    /// Reads the rule's word classes.
    init(lexicon: HomophoneLexicon) throws {
        thirdPersons = try lexicon.words("third-person-subject")
        firstPersons = try lexicon.words("subject-first-second")
        clitics = try lexicon.words("preverbal-clitic")
        speakers = try lexicon.words("first-second-stressed")
        persons = try lexicon.words("first-second-singular")
        invertedThirdPersons = try lexicon.words("inverted-third-person")
        invertedFirstPersons = try lexicon.words("inverted-first-second-singular")
        coordinators = try lexicon.words("infinitive-coordinator")
    }

    func check(_ sentence: SentenceContext, into findings: inout [Finding]) {
        let words = sentence.words
        // Every word, whatever its tag: the tagger may read a wrong ending
        // as a noun (« M. Hosneld avais 44 ans »).
        for index in words.indices where index > 0 {
            // One byte test rejects the words that end in neither « s » nor
            // « t ».
            guard let last = words[index].form.utf8.last, last == 0x73 || last == 0x74 else {
                continue
            }
            let verb = words[index]
            let first = verb.form.hasSuffixBytes("ais")
            // After « je » or « tu » only a finite verb fits, so a rare
            // participle reading does not count there (« rentrait », of
            // « rentraire »).
            guard first || verb.form.hasSuffixBytes("ait"),
                first
                    ? hasThirdPersonSubject(words, index, sentence)
                        && sentence.readings(of: verb).only(.finiteVerb)
                    : hasFirstOrSecondPersonSubject(words, index)
                        && sentence.readings(of: verb).contains(.finiteVerb),
                let replacement = sentence.respelled(
                    verb, suffix: first ? "ais" : "ait", as: first ? "ait" : "ais",
                    needed: .finiteVerb)
            else { continue }
            findings.append(
                sentence.homophoneFinding(
                    self, span: verb.span,
                    message: first
                        ? "Avec un sujet à la troisième personne, l’imparfait se termine par "
                            + "« ait » (« il mangeait ») ; « ais » va avec « je » et « tu »."
                        : "Avec « je » ou « tu », l’imparfait se termine par « ais » "
                            + "(« je mangeais ») ; « ait » va avec « il » ou « elle ».",
                    shortMessage: first ? "Terminaison « ait »" : "Terminaison « ais »",
                    replacements: [replacement], confidence: 0.85))
        }
    }

    /// Returns whether the verb in -ais at `index` has a third-person
    /// subject: the word before it (« il mangeais »). A form that is only
    /// of the first or second person singular also has one when no « je »
    /// or « tu » is in the sentence (« le contrat signé en 1991
    /// interdisais »).
    private func hasThirdPersonSubject(
        _ words: [TaggedWord], _ index: Int, _ sentence: SentenceContext
    ) -> Bool {
        // « s'écrivais-il »: an inverted subject follows the verb, and
        // decides alone (« exigerais-je »).
        if let inverted = invertedSubject(words, after: index) {
            return invertedThirdPersons.contains(inverted.form)
        }
        if let subject = subjectIndex(words, before: index), isThirdPerson(words, subject) {
            return true
        }
        guard !words.contains(where: { persons.contains($0.form) }) else { return false }
        return sentence.lexique.lookup(words[index].form).allSatisfy { entry in
            entry.partOfSpeech.isVerbal
                && entry.inflections.allSatisfy { inflection in
                    inflection.isFinite && inflection.mood != .imperative
                        && inflection.person != 3 && inflection.number == .singular
                }
        }
    }

    /// Returns whether the word before the verb at `index`, past its
    /// pronouns, is « je » or « tu ».
    private func hasFirstOrSecondPersonSubject(_ words: [TaggedWord], _ index: Int) -> Bool {
        if let inverted = invertedSubject(words, after: index) {
            return invertedFirstPersons.contains(inverted.form)
        }
        guard let subject = subjectIndex(words, before: index) else { return false }
        if firstPersons.contains(words[subject].form) { return true }
        return sharesFirstPersonSubject(words, coordinator: subject)
    }

    /// Returns whether the word at `position` is « et » or « ou » after a
    /// verb in -ais whose subject is « je » or « tu ». The verb after it
    /// then shares that subject (« je partais le matin et rentrais »).
    private func sharesFirstPersonSubject(_ words: [TaggedWord], coordinator position: Int)
        -> Bool
    {
        guard coordinators.contains(words[position].form),
            let verb = words[..<position].lastIndex(where: \.isFiniteVerb),
            words[verb].form.hasSuffixBytes("ais"),
            let subject = subjectIndex(words, before: verb)
        else { return false }
        return firstPersons.contains(words[subject].form)
    }

    /// Returns the subject pronoun joined by a hyphen after the verb at
    /// `index` (« -il », « -je »), or nil.
    private func invertedSubject(_ words: [TaggedWord], after index: Int) -> TaggedWord? {
        guard let next = words.word(at: index + 1), next.form.hasPrefix("-") else { return nil }
        return next
    }

    /// The index of the word before `index` once preverbal pronouns
    /// (« ne », « le », « y »…) are passed over.
    private func subjectIndex(_ words: [TaggedWord], before index: Int) -> Int? {
        var position = index - 1
        while position >= 0, clitics.contains(words[position].form) {
            position -= 1
        }
        return position >= 0 ? position : nil
    }

    /// Returns whether the word at `index` is a third-person subject: « il », « on »,
    /// « qui » (but « moi, ma cousine, qui » or « toi, qui »), or a noun or
    /// a name.
    private func isThirdPerson(_ words: [TaggedWord], _ index: Int) -> Bool {
        let word = words[index]
        if thirdPersons.contains(word.form) {
            return !words[max(0, index - 6)..<index].contains { speakers.contains($0.form) }
        }
        return word.partOfSpeech == .noun || word.partOfSpeech == .propn
    }
}
