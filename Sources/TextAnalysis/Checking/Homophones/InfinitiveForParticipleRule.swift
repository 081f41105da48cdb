import Tagging
import WritingModel

/// An infinitive in -er or a form in -ez written for the past participle
/// after avoir or être: « il a manger », « il a changez » for « il a
/// mangé », « il a changé ».
struct InfinitiveForParticipleRule: CheckingRule {
    let id = "grammar.verb-form-infinitive-for-participle"
    let category = FindingCategory.grammaire
    let examples: [RuleExample] = [
        .wrong("Il a {{manger}} une pomme.", "mangé"),
        .wrong("Nous avons bien {{travailler}}.", "travaillé"),
        .wrong("Elle n'a pas {{parler}} de toi.", "parlé"),
        .wrong("Il est {{aller}} au marché.", "allé"),
        .wrong("Elle s'est {{lever}} tôt.", "levé"),
        .wrong("Le projet a été {{refuser}} hier.", "refusé"),
        .wrong("L'association a {{changez}} les décors.", "changé"),
        .wrong("Ce produit ne doit pas être {{utilisez}} ici.", "utilisé"),
        .wrong("Le tribunal a {{valider}} la mise en examen.", "validé"),
        .wrong("Le chromosome sera {{inactiver}}.", "inactivé"),
        .wrong("Étant {{donnez}} que la durée est longue, il attend.", "donné"),
        .wrong("Le film est {{réalises}} par J. Howe.", "réalisé"),
        .right("Il a mangé ; il a à manger."),
        .right("Le but est de manger, c'est manger."),
        .right("Il n'a pas à parler de toi."),
        .right("Il avait beau regarder, il ne voyait rien."),
        .right("Il était fier, il est officier."),
        .right("Vous avez assez mangé chez lui."),
        .right("C'eût été trop demander ; je m'en fus trouver un tailleur."),
    ]
    private let subjects: FoldedWordSet
    private let adverbs: FoldedWordSet
    private let reflexives: FoldedWordSet
    private let demonstratives: FoldedWordSet
    private let etreVerbs: Set<String>
    private let agents: FoldedWordSet

    /// Reads the rule's word classes.
    init(lexicon: HomophoneLexicon) throws {
        subjects = try lexicon.words("subject-pronoun")
        adverbs = try lexicon.words("adverb-before-participle")
        reflexives = try lexicon.words("reflexive-pronoun")
        demonstratives = try lexicon.words("demonstrative-subject")
        etreVerbs = Set(try lexicon.list("etre-verb-lemma"))
        agents = try lexicon.words("passive-agent")
    }

    func check(_ sentence: SentenceContext, into findings: inout [Finding]) {
        let words = sentence.words
        // From the first word on: « Étant donnez que » opens sentences.
        for index in words.indices(where: \.isVerbal) {
            let auxiliary = words[index]
            guard auxiliary.lemma == "avoir" || auxiliary.lemma == "être" else { continue }
            var position = index + 1
            // Listed adverbs only: « il a bien mangé », « il avait beau manger ».
            while position < min(words.count, index + 3), adverbs.contains(words[position].form) {
                position += 1
            }
            // « c'eût été trop demander », « je m'en fus trouver »: an
            // adverb, or the simple past after « en » or in the first or
            // second person, before the infinitive means an idiom. In the
            // third person it is the passive (« il fut nommé »).
            let simplePast = auxiliary.features.isFinite && auxiliary.features.tense == "Past"
            let afterEn = index > 0 && words[index - 1].form == "en"
            let idiomaticPast = simplePast && (auxiliary.features.person != 3 || afterEn)
            let plain = position == index + 1 && !idiomaticPast
            guard let verb = words.word(at: position), verb.partOfSpeech != .propn,
                let participle = participle(
                    of: verb, after: auxiliary, at: index, plain: plain, words, sentence)
            else { continue }
            findings.append(
                sentence.homophoneFinding(
                    self, span: verb.span,
                    message: "Après l’auxiliaire avoir ou être, il faut le participe passé en "
                        + "« é » (« il a mangé ») ; l’infinitif en « er » se met après une "
                        + "préposition ou un autre verbe.",
                    shortMessage: "Participe passé en « é »", replacements: [participle],
                    confidence: 0.9))
        }
    }

    /// The participle of a form in -ez or -es that is only a conjugated
    /// verb (« il a changez », « il est réalises »), or of an infinitive in
    /// -er that fits no other way after the auxiliary. Lexique gives some
    /// infinitives a conjugated reading too (« porter »), which no form in
    /// -er has, so that reading is set aside.
    private func participle(
        of verb: TaggedWord, after auxiliary: TaggedWord, at index: Int, plain: Bool,
        _ words: [TaggedWord], _ sentence: SentenceContext
    ) -> String? {
        let readings = sentence.verbFormReadings(of: verb)
        if verb.form.hasSuffixBytes("ez") && readings.only(.finiteVerb) {
            return sentence.respelled(verb, suffix: "ez", as: "é", needed: .pastParticiple)
        }
        // Most words in -es are plural nouns or adjectives, so rare rows
        // count too.
        // NOTE: only a third-person auxiliary is read, so « tu as manges »
        // is left alone.
        if verb.form.hasSuffixBytes("es"), auxiliary.features.person == 3,
            WordReadings(of: verb.form.lowercased(), in: sentence.lexique, includingRareRows: true)
                .only(.finiteVerb)
        {
            return sentence.respelled(verb, suffix: "es", as: "é", needed: .pastParticiple)
        }
        guard verb.form.hasSuffixBytes("er"), !isPrepositionA(auxiliary, at: index, words),
            readings.contains(.infinitive),
            readings.subtracting(.finiteVerb).only([.infinitive, .noun]),
            auxiliary.lemma == "avoir"
                || (plain && takesEtre(verb, readings, after: index, in: words))
        else { return nil }
        return sentence.respelled(verb, suffix: "er", as: "é", needed: .pastParticiple)
    }

    /// Returns whether « a » at `index` is the preposition « à » typed
    /// without its accent, which the a/à rule flags: it opens the sentence
    /// (« A conserver au frais ») or follows a verb, past listed adverbs
    /// (« il consiste a traiter », « destinée aussi a faciliter »). A
    /// plural noun before it may end a complement of the subject
    /// (« l'incidence de ces symptômes a diminué »).
    private func isPrepositionA(
        _ auxiliary: TaggedWord, at index: Int, _ words: [TaggedWord]
    ) -> Bool {
        guard auxiliary.form.lowercased() == "a" else { return false }
        var before = index - 1
        while before > 0, adverbs.contains(words[before].form) {
            before -= 1
        }
        return before < 0 || words[before].partOfSpeech.isVerbal
    }

    /// Returns whether `verb` after the form of être at `index` is a
    /// mistyped participle. It is after a reflexive pronoun (« il s'est
    /// lever »), after a subject pronoun (« il est aller »), before the
    /// agent of a passive (« il est lancer par »), or when it cannot be a
    /// noun (« il a été refuser »). It is not after « c'est » (« c'est
    /// manger »), nor when it may be a noun or an adjective (« il est
    /// officier », « il était fier »).
    private func takesEtre(
        _ verb: TaggedWord, _ readings: WordReadings, after index: Int, in words: [TaggedWord]
    ) -> Bool {
        if index > 0 {
            let previous = words[index - 1]
            if reflexives.contains(previous.form) { return true }
            if demonstratives.contains(previous.form) { return false }
            if subjects.contains(previous.form) && etreVerbs.contains(verb.lemma) { return true }
        }
        if let next = words.word(at: index + 2), agents.contains(next.form) { return true }
        return readings.subtracting(.finiteVerb).only(.infinitive)
    }
}
