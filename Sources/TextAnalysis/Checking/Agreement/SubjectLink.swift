import Lexicon
import Tagging

/// A subject and the conjugated verb it governs, found only where the
/// structure leaves no doubt. The subject is a subject pronoun, a noun
/// phrase that opens a clause, or « qui » after a noun phrase, and only
/// clitics stand between it and the verb (« les élèves ne le disent
/// pas »). A subject far from its verb is not linked.
struct SubjectLink {
    enum Kind {
        /// A subject pronoun before its verb.
        case pronoun(AgreementWords.SubjectPronoun)
        /// A subject pronoun after its verb (« mangent-ils »).
        case invertedPronoun(AgreementWords.SubjectPronoun)
        /// A noun phrase.
        case nounPhrase(NounPhrase)
        /// « qui » with the noun phrase before it as antecedent.
        case relative(NounPhrase)
    }

    var kind: Kind
    /// Word index of the subject pronoun or of the phrase's noun.
    var subject: Int
    /// Word index of the conjugated verb.
    var verb: Int
    /// Persons the verb may take.
    var persons: PersonNumberSet
    /// Genders and numbers a participle after « être » may take.
    var participleFeatures: GenderNumberSet
    /// Whether a reflexive clitic is between subject and verb.
    var isReflexive: Bool
    /// Whether the subject follows « et », « ou » or « ni », so that it may
    /// be the last of several coordinated subjects.
    var mayBeCoordinated: Bool
    /// Whether the verb comes right after the subject's phrase or its
    /// complement, with no clitic between, where a participle may start
    /// a participle clause instead (« les mesures prises »).
    var followsSubjectDirectly = false

    /// Whether the subject is a pronoun before or after the verb.
    var pronoun: AgreementWords.SubjectPronoun? {
        switch kind {
        case .pronoun(let pronoun), .invertedPronoun(let pronoun): pronoun
        default: nil
        }
    }

    /// Word indices from the first word of the subject to the verb, or
    /// from the verb to an inverted pronoun.
    var wordRange: ClosedRange<Int> {
        switch kind {
        case .pronoun: subject...verb
        case .invertedPronoun: verb...subject
        case .nounPhrase(let phrase), .relative(let phrase): phrase.determiner...verb
        }
    }

    /// Finds every link of a sentence, in text order.
    static func links(
        in words: [TaggedWord], agreementWords: AgreementWords, lexique: Lexique
    ) -> [SubjectLink] {
        var links: [SubjectLink] = []
        for index in words.indices {
            switch words[index].partOfSpeech {
            case .pron:
                if let link = pronounLink(at: index, in: words, agreementWords) {
                    links.append(link)
                }
            case .det:
                guard mayPrecedeVerb(index, in: words, agreementWords),
                    let phrase = NounPhrase.starting(
                        at: index, in: words, agreementWords: agreementWords, lexique: lexique),
                    phrase.hasDeterminer
                else { continue }
                if let link = phraseLink(phrase, in: words, agreementWords) {
                    links.append(link)
                }
            default:
                continue
            }
        }
        return links
    }

    /// Checks whether the words after determiner `start` look like a
    /// phrase followed by its verb. Only tags are read, so that most
    /// phrases (objects, complements) cost no Lexique lookup.
    private static func mayPrecedeVerb(
        _ start: Int, in words: [TaggedWord], _ agreementWords: AgreementWords
    ) -> Bool {
        var index = start + 1
        while index < words.count,
            words[index].partOfSpeech == .adj
                || words[index].partOfSpeech == .adv
        {
            index += 1
        }
        guard index < words.count, words[index].partOfSpeech == .noun else { return false }
        // The phrase may end with an adjective, a participle or a « de »
        // complement.
        for next in index + 1..<min(index + 8, words.count) {
            if words[next].partOfSpeech == .pron,
                agreementWords.relatives.contains(words[next].form.lowercased())
            {
                return verbAfterClitics(next + 1, in: words, agreementWords) != nil
            }
            if verbAfterClitics(next, in: words, agreementWords) != nil { return true }
            switch words[next].partOfSpeech {
            case .adj, .verb, .adp, .det, .num, .noun, .propn: continue
            default: return false
            }
        }
        return false
    }

    private static func pronounLink(
        at index: Int, in words: [TaggedWord], _ agreementWords: AgreementWords
    ) -> SubjectLink? {
        let form = words[index].form.lowercased()
        if form.hasPrefix("-") {
            return invertedLink(at: index, form: form, in: words, agreementWords)
        }
        guard let pronoun = agreementWords.subjects[form] else { return nil }
        // « nous » and « vous » are also objects: only a clause start makes
        // them subjects. « elle(s) » is also a stressed form, which follows
        // a preposition (« pour elle »).
        if pronoun.person != 3 {
            guard opensClause(before: index, in: words, agreementWords) else { return nil }
        } else if pronoun.gender == .feminine, index > 0, words[index - 1].partOfSpeech == .adp {
            return nil
        }
        guard
            let (verb, reflexive) = verbAfterClitics(
                index + 1, in: words, agreementWords, subject: pronoun.verbPersons)
        else { return nil }
        return SubjectLink(
            kind: .pronoun(pronoun), subject: index, verb: verb, persons: pronoun.verbPersons,
            participleFeatures: participleFeatures(of: pronoun, form: form),
            isReflexive: reflexive, mayBeCoordinated: false)
    }

    /// « mangent-ils », « a-t-elle »; « -nous » and « -vous » are left out
    /// because they follow imperatives as objects (« donnez-nous »).
    private static func invertedLink(
        at index: Int, form: String, in words: [TaggedWord], _ agreementWords: AgreementWords
    ) -> SubjectLink? {
        let bare = bareForm(form)
        guard index > 0, words[index - 1].partOfSpeech.isVerbal,
            let pronoun = agreementWords.subjects[bare],
            pronoun.person == 3 || pronoun.number == .singular
        else { return nil }
        return SubjectLink(
            kind: .invertedPronoun(pronoun), subject: index, verb: index - 1,
            persons: pronoun.verbPersons,
            participleFeatures: participleFeatures(of: pronoun, form: bare),
            isReflexive: false, mayBeCoordinated: false)
    }

    private static func phraseLink(
        _ phrase: NounPhrase, in words: [TaggedWord], _ agreementWords: AgreementWords
    ) -> SubjectLink? {
        guard !phrase.hasNumberConflict, !phrase.isName,
            let number = phrase.features.definiteNumber,
            !agreementWords.collectives.contains(words[phrase.noun].form.lowercased())
        else { return nil }
        var next = phrase.end + 1
        if phrase.adjectiveAfter == nil, next < words.count, words[next].partOfSpeech == .verb,
            words[next].features.verbForm == "Part"
        {
            next += 1
        }
        guard next < words.count else { return nil }
        let start = phrase.determiner
        let isRelative =
            words[next].partOfSpeech == .pron
            && agreementWords.relatives.contains(words[next].form.lowercased())
        let complementEnd = Self.complementEnd(at: next, in: words, agreementWords)
        if isRelative {
            guard start == 0 || words[start - 1].partOfSpeech != .adp else { return nil }
            next += 1
        } else if !opensClause(before: start, in: words, agreementWords)
            || followsCoordinatedComplement(start, in: words, agreementWords)
        {
            return nil
        } else if let complementEnd {
            next = complementEnd + 1
        }
        let subject = PersonNumberSet(person: 3, number: number)
        guard
            let (verb, reflexive) = verbAfterClitics(
                next, in: words, agreementWords, subject: subject)
        else { return nil }
        let previous = start > 0 ? words[start - 1] : nil
        return SubjectLink(
            kind: isRelative ? .relative(phrase) : .nounPhrase(phrase), subject: phrase.noun,
            verb: verb, persons: PersonNumberSet(person: 3, number: number),
            participleFeatures: phrase.features, isReflexive: reflexive,
            mayBeCoordinated: previous?.partOfSpeech == .cconj,
            followsSubjectDirectly: verb == phrase.end + 1 || verb == (complementEnd ?? -2) + 1)
    }

    /// Finds the last word of a noun complement that starts at `index`
    /// (« de la solution », « des enfants », « d’Angiox », « aux
    /// bénéfices »), or returns nil.
    /// The subject's head noun stays the one before the complement.
    static func complementEnd(
        at index: Int, in words: [TaggedWord], _ agreementWords: AgreementWords
    ) -> Int? {
        guard index < words.count, words[index].partOfSpeech == .adp else { return nil }
        let preposition = words[index].form.lowercased()
        guard
            agreementWords.complementPrepositions.contains(preposition)
                || agreementWords.subjectComplementPrepositions.contains(preposition)
        else { return nil }
        var end = index + 1
        if end < words.count, words[end].partOfSpeech == .det { end += 1 }
        if end < words.count, words[end].partOfSpeech == .num { end += 1 }
        while end < words.count, words[end].partOfSpeech == .adj { end += 1 }
        guard end < words.count,
            words[end].partOfSpeech == .noun || words[end].partOfSpeech == .propn
        else { return nil }
        // A name may take several words (« de Gura Vitioarei »).
        while end + 1 < words.count, words[end].partOfSpeech == .propn,
            words[end + 1].partOfSpeech == .propn
        {
            end += 1
        }
        if end + 1 < words.count, words[end + 1].partOfSpeech == .adj { end += 1 }
        // Complements may nest (« la réfutation de l’immatérialisme de Berkeley »).
        return complementEnd(at: end + 1, in: words, agreementWords) ?? end
    }

    /// Checks whether the phrase at `start` follows « et » or « ou » after
    /// a phrase that a preposition other than « de » or « à » opens
    /// (« chez l’enfant et l’adolescent », « avec les inhibiteurs ou les
    /// anticoagulants »). Such a phrase is a complement, not a subject.
    private static func followsCoordinatedComplement(
        _ start: Int, in words: [TaggedWord], _ agreementWords: AgreementWords
    ) -> Bool {
        guard start >= 2, words[start - 1].partOfSpeech == .cconj else { return false }
        var index = start - 2
        while index >= 0 {
            let word = words[index]
            switch word.partOfSpeech {
            case .noun, .propn, .adj, .det, .num:
                index -= 1
            case .adp where word.form.first?.isLetter == true:
                // « la commune de Lyon et la ville »: a noun complement
                // leaves the phrase before it as a possible subject.
                let form = word.form.lowercased()
                guard agreementWords.complementPrepositions.contains(form)
                    || agreementWords.subjectComplementPrepositions.contains(form)
                else { return true }
                index -= 1
            default:
                return false
            }
        }
        return false
    }

    /// Strips the hyphen and euphonic « t » of an inverted pronoun
    /// (« -t-il » → « il ») and returns other forms unchanged.
    static func bareForm(_ form: String) -> String {
        guard form.hasPrefix("-") else { return form }
        let bare = form.dropFirst()
        return String(bare.hasPrefix("t-") ? bare.dropFirst(2) : bare)
    }

    /// Checks whether a subject may start at `index`: at the sentence
    /// start, or after punctuation, a conjunction, an adverb other than
    /// « ne », or a relative pronoun other than a subject one (« que »,
    /// « dont », « où »).
    static func opensClause(
        before index: Int, in words: [TaggedWord], _ agreementWords: AgreementWords
    ) -> Bool {
        guard index > 0 else { return true }
        let previous = words[index - 1]
        switch previous.partOfSpeech {
        case .adv: return !agreementWords.clitics.contains(previous.form.lowercased())
        case .punct, .cconj, .sconj: return true
        case .pron:
            return previous.features["PronType"] == "Rel"
                && !agreementWords.relatives.contains(previous.form.lowercased())
        default: return false
        }
    }

    /// Finds the verb after the clitics that start at `index`, and whether
    /// one of them is reflexive for `subject` (« se » for a third person,
    /// « nous » for « nous »). Returns nil when the next word that is not
    /// a clitic is no verb.
    static func verbAfterClitics(
        _ start: Int, in words: [TaggedWord], _ agreementWords: AgreementWords,
        subject: PersonNumberSet = []
    ) -> (verb: Int, isReflexive: Bool)? {
        var index = start
        var reflexive = false
        while index < words.count,
            words[index].partOfSpeech == .pron || words[index].partOfSpeech == .adv
        {
            let form = words[index].form.lowercased()
            guard agreementWords.clitics.contains(form) else { return nil }
            reflexive = reflexive || agreementWords.isReflexive(form, for: subject)
            index += 1
        }
        guard index < words.count, words[index].partOfSpeech.isVerbal,
            !NounPhrase.startsUppercase(index, in: words)
        else { return nil }
        return (index, reflexive)
    }

    /// Returns the genders and numbers a participle after « être » may
    /// take with this pronoun. « on » and « vous » take any (« on est
    /// partis », polite « vous êtes parti »), « je » and « tu » either gender.
    private static func participleFeatures(
        of pronoun: AgreementWords.SubjectPronoun, form: String
    ) -> GenderNumberSet {
        if pronoun.person == 2 && pronoun.number == .plural { return .any }
        if pronoun.person == 3 && pronoun.number == .singular && pronoun.gender == nil {
            return .any
        }
        return GenderNumberSet(gender: pronoun.gender, number: pronoun.number)
    }
}
