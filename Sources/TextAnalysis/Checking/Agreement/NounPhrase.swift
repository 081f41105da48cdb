import Lexicon
import Tagging
import WritingModel

/// A determiner, the adjectives around its noun and the noun, as the
/// agreement rules read them: « une belle maison ancienne ».
struct NounPhrase {
    /// Word index of the determiner.
    var determiner: Int
    var determinerEntry: AgreementWords.Determiner
    /// Genders and numbers the determiner allows, widened to the feminine
    /// for « mon », « ton », « son » before a vowel.
    var determinerFeatures: GenderNumberSet
    /// Word indices of the adjectives between the determiner and the noun.
    var adjectivesBefore: [Int]
    /// Word index of the noun.
    var noun: Int
    var nounEntries: LexicalEntries
    /// What Lexique allows for the noun form, as a noun or adjective.
    var nounFeatures: GenderNumberSet
    /// Whether the noun is listed as taking both genders.
    var isEpicene: Bool
    /// Word index of the adjective or past participle right after the
    /// noun, when one is checked (not for compound colours).
    var adjectiveAfter: Int?
    /// Whether the phrase follows a coordinating conjunction (« et »,
    /// « ou »), so that the adjective after it may qualify several nouns
    /// in the plural (« une chemise et un pantalon blancs »).
    var followsCoordination = false
    /// Whether the noun is a capitalised common noun used in a name (« la
    /// Banque centrale »), of which only the adjectives are checked.
    var isName = false
    /// Whether Lexique lacks the noun (« la bivalirudine »), so that the
    /// determiner alone gives the phrase's gender and number.
    var isUnlisted = false
    /// Word index of the word that gives the phrase its number: the
    /// determiner, or the plural adjective after « de » (« d’autres »).
    var numberSource: Int

    /// Whether no reading of the noun has the determiner's number.
    var hasNumberConflict: Bool {
        nounFeatures.numbers.isDisjoint(with: determinerFeatures.numbers)
    }

    /// Whether no reading of the noun has the determiner's gender.
    var hasGenderConflict: Bool {
        nounFeatures.genders.isDisjoint(with: determinerFeatures.genders)
    }

    /// The gender and number the whole phrase takes: the number of the
    /// determiner (students drop plural endings far more often than they
    /// pick a wrong determiner), the gender of the noun (a word's gender
    /// is fixed, determiners and adjectives follow it).
    var features: GenderNumberSet {
        let number = determinerFeatures.definiteNumber ?? nounFeatures.definiteNumber
        let gender = nounFeatures.definiteGender ?? determinerFeatures.definiteGender
        return GenderNumberSet(gender: gender, number: number)
    }

    /// Word indices of the adjectives the phrase checks.
    var adjectives: [Int] { adjectivesBefore + (adjectiveAfter.map { [$0] } ?? []) }

    /// Index of the last word of the phrase.
    var end: Int { adjectiveAfter ?? noun }

    /// The phrase that starts at `start`, or nil when `start` is not a
    /// known determiner followed by optional adjectives and adverbs and a
    /// noun: a lower-case one, or a capitalised one in a name whose gender
    /// Lexique gives.
    static func starting(
        at start: Int, in words: [TaggedWord], agreementWords: AgreementWords, lexique: Lexique
    ) -> NounPhrase? {
        guard let determiner = determiner(at: start, in: words, agreementWords, lexique) else {
            return nil
        }
        var adjectives: [Int] = []
        var index = start + 1
        while index < words.count {
            switch words[index].partOfSpeech {
            case .adj: adjectives.append(index)
            case .adv:
                // « pour pas grand chose »: after a preposition other than
                // « de », an adverb may belong to the clause, not the phrase.
                if words[start].partOfSpeech == .adp,
                    !checksAdjectiveAfter(determiner, agreementWords)
                {
                    return nil
                }
            case .noun, .propn:
                if !checksAdjectiveAfter(determiner, agreementWords) && adjectives.isEmpty {
                    return nil
                }
                // « en particulier face à », « en général »: after a bare
                // preposition, a word read as often as a noun may close an
                // adverbial phrase of its own.
                if words[start].partOfSpeech == .adp, let first = adjectives.first,
                    isOftenANoun(lexique.agreementLookup(words[first].form))
                {
                    return nil
                }
                return make(start, determiner, adjectives, index, words, agreementWords, lexique)
            default: return nil
            }
            index += 1
        }
        return nil
    }

    /// The determiner at `start`, or a stand-in that allows any gender and
    /// number (empty paradigm) for a number or a preposition that opens a
    /// phrase without determiner (« deux grands arbres », « de grands
    /// arbres », « en pleine nuit »).
    private static func determiner(
        at start: Int, in words: [TaggedWord], _ agreementWords: AgreementWords,
        _ lexique: Lexique
    ) -> AgreementWords.Determiner? {
        let word = words[start]
        switch word.partOfSpeech {
        case .det:
            guard !isNumeralUnit(at: start, in: words) else { return nil }
            let form = word.form.lowercased()
            if let determiner = agreementWords.determiners[form] { return determiner }
            // The tagger reads « de » before an adjective as a determiner
            // (« de nombreuses conclusions »).
            guard agreementWords.complementPrepositions.contains(form) else { return nil }
            return AgreementWords.Determiner(
                form: word.form, features: .any, paradigm: "", isFeminineBeforeVowel: false)
        case .num, .adp:
            // A number written in words other than « un » is plural (« deux
            // compagnies aériennes »). Digits are left out because they may
            // also be a rank or a page (« page 2 ligne 3 »).
            // « d'ici lundi »: the tagger may read another word as a number,
            // so Lexique must list it as one.
            let isPlural =
                word.partOfSpeech == .num && word.form.allSatisfy(\.isLetter)
                && !agreementWords.singularNumerals.contains(word.form.lowercased())
                && lexique.lookup(word.form).contains { $0.partOfSpeech == .numeralAdjective }
            return AgreementWords.Determiner(
                form: word.form, features: isPlural ? .plural : .any, paradigm: "",
                isFeminineBeforeVowel: false)
        default:
            return nil
        }
    }

    /// Whether the phrase has a real determiner, not a number or « de ».
    var hasDeterminer: Bool { !determinerEntry.paradigm.isEmpty }

    /// Checks whether the phrase may have its noun alone, with an adjective
    /// after it: after a determiner, a number in words (« deux compagnies
    /// aériennes ») or « de » (« de manière industrielle »). After other
    /// prepositions only the adjectives before the noun are sure to
    /// qualify it (« en pleine nuit », but « elle part en vacances ravie »).
    private static func checksAdjectiveAfter(
        _ determiner: AgreementWords.Determiner, _ agreementWords: AgreementWords
    ) -> Bool {
        !determiner.paradigm.isEmpty || determiner.features == .plural
            || agreementWords.complementPrepositions.contains(determiner.form.lowercased())
    }

    private static func make(
        _ start: Int, _ determiner: AgreementWords.Determiner, _ adjectives: [Int], _ noun: Int,
        _ words: [TaggedWord], _ agreementWords: AgreementWords, _ lexique: Lexique
    ) -> NounPhrase? {
        let form = words[noun].form
        guard words[noun - 1].partOfSpeech != .adv else { return nil }
        let isName = startsUppercase(noun, in: words)
        let entries = lexique.agreementLookup(isName ? form.lowercased() : form)
        var nounFeatures = GenderNumberSet.of(entries, classes: [.noun, .adjective])
        let isUnlisted = entries.isEmpty && !isName && words[noun].partOfSpeech == .noun
        if isUnlisted {
            nounFeatures = .any
        }
        guard !nounFeatures.isEmpty, !isMainly(.adverb, entries) else { return nil }
        let lowercased = form.lowercased()
        let isEpicene = agreementWords.epicenes.contains(lowercased)
        if isEpicene {
            nounFeatures.formUnion(nounFeatures.numbers)
        }
        var determinerFeatures = determiner.features
        if determiner.isNumberHomophone {
            determinerFeatures.formUnion(determinerFeatures.genders)
        }
        if determiner.isFeminineBeforeVowel, startsWithVowelSound(words[start + 1].form) {
            determinerFeatures.formUnion(.feminineSingular)
        }
        if isName {
            // A capitalised noun is a name's common noun only when Lexique
            // gives it one gender, the determiner's (« la Banque »).
            let nouns = GenderNumberSet.of(entries, classes: [.noun])
            guard let gender = nouns.definiteGender,
                !determinerFeatures.genders.isDisjoint(with: nouns.genders),
                determiner.features.definiteGender != nil
            else { return nil }
            nounFeatures = GenderNumberSet(gender: gender, number: nil)
        }
        var numberSource = start
        if determiner.paradigm.isEmpty, determinerFeatures == .any,
            let plural = pluralAdjective(among: adjectives, words, lexique)
        {
            determinerFeatures = .plural
            numberSource = plural
        }
        let adjectiveAfter =
            agreementWords.collectives.contains(lowercased)
                || !checksAdjectiveAfter(determiner, agreementWords)
            ? nil : checkedAdjective(after: noun, in: words, agreementWords, lexique)
        return NounPhrase(
            determiner: start, determinerEntry: determiner,
            determinerFeatures: determinerFeatures, adjectivesBefore: adjectives, noun: noun,
            nounEntries: entries, nounFeatures: nounFeatures, isEpicene: isEpicene,
            adjectiveAfter: adjectiveAfter,
            followsCoordination: start > 0 && words[start - 1].partOfSpeech == .cconj,
            isName: isName, isUnlisted: isUnlisted, numberSource: numberSource)
    }

    /// Returns the first adjective of `adjectives` that Lexique lists as
    /// plural only. After « de », it gives the phrase its number (« d’autres
    /// traitements »), because students drop plural endings far more often
    /// than they add them.
    private static func pluralAdjective(
        among adjectives: [Int], _ words: [TaggedWord], _ lexique: Lexique
    ) -> Int? {
        adjectives.first { index in
            let features = GenderNumberSet.of(
                lexique.agreementLookup(words[index].form), classes: [.adjective])
            return features.definiteNumber == .plural
        }
    }

    /// Returns whether Lexique reads a form as a noun at least half as
    /// often as an adjective: « particulier » (18.8 per million words as an
    /// adjective, 17.4 as a noun) is, « grande » (288 and 14) is not.
    static func isOftenANoun(_ entries: LexicalEntries) -> Bool {
        func frequency(_ partOfSpeech: LexiquePartOfSpeech) -> Double {
            entries.filter { $0.partOfSpeech == partOfSpeech }.map(\.formFrequency).max() ?? 0
        }
        let noun = frequency(.noun)
        return noun > 0 && noun >= 0.5 * frequency(.adjective)
    }

    /// Returns whether the most frequent reading of a form is `partOfSpeech`
    /// (« peu » tagged as a noun in « un peu petites »).
    static func isMainly(_ partOfSpeech: LexiquePartOfSpeech, _ entries: LexicalEntries) -> Bool {
        entries.max { $0.formFrequency < $1.formFrequency }?.partOfSpeech == partOfSpeech
    }

    /// Finds the adjective or past participle right after the noun. It is
    /// left out when it is one of a list (« les langues anglaise et
    /// française ») or qualifies the next noun (« l’époque second niveau »).
    /// It is also left out when a colour comes before a shade (« des yeux
    /// bleu clair »), or before a participle or an adjective that does not
    /// fit the noun, which it may qualify as an adverb (« les yeux grand
    /// ouverts »).
    private static func checkedAdjective(
        after noun: Int, in words: [TaggedWord], _ agreementWords: AgreementWords,
        _ lexique: Lexique
    ) -> Int? {
        let next = noun + 1
        guard next < words.count, !startsUppercase(next, in: words),
            isAdjectival(words[next])
                || isAdjectivalPresentParticiple(at: next, in: words, lexique)
        else { return nil }
        guard next + 1 < words.count else { return next }
        let following = words[next + 1]
        switch following.partOfSpeech {
        // « des rondes toute la nuit »: before a determiner, the word opens
        // the next phrase.
        case .noun, .cconj, .det: return nil
        case .adj,
            .verb where isAdjectival(following):
            guard following.partOfSpeech == .adj,
                !agreementWords.colours.contains(words[next].form.lowercased()),
                !lexique.agreementLookup(following.form).contains(where: \.isPastParticiple)
            else { return nil }
            return fitsNoun(following, words[noun], lexique) ? next : nil
        case .punct where following.form == ",":
            if next + 2 < words.count, words[next + 2].partOfSpeech == .adj { return nil }
        default: break
        }
        return next
    }

    /// Checks whether a word is an adjective or a past participle, which
    /// agree alike with the noun before them (« une créatrice inspirée »).
    private static func isAdjectival(_ word: TaggedWord) -> Bool {
        word.partOfSpeech == .adj
            || (word.partOfSpeech == .verb && word.features.verbForm == "Part"
                && word.features.tense == "Past")
    }

    /// Checks whether a present participle that ends the phrase, before
    /// punctuation, is an adjective in Lexique (« les sujets suivants. »).
    /// With a complement it is a verb and invariable (« les élèves
    /// suivant ce cours »).
    private static func isAdjectivalPresentParticiple(
        at index: Int, in words: [TaggedWord], _ lexique: Lexique
    ) -> Bool {
        let word = words[index]
        guard word.partOfSpeech == .verb, word.features.verbForm == "Part",
            word.features.tense == "Pres",
            index + 1 == words.count || words[index + 1].partOfSpeech == .punct
        else { return false }
        return lexique.agreementLookup(word.form).contains { $0.partOfSpeech == .adjective }
    }

    /// Checks whether Lexique gives `adjective` a gender and number of `noun`.
    private static func fitsNoun(_ adjective: TaggedWord, _ noun: TaggedWord, _ lexique: Lexique)
        -> Bool
    {
        let nounFeatures = GenderNumberSet.of(
            lexique.agreementLookup(noun.form), classes: [.noun, .adjective])
        let features = GenderNumberSet.of(
            lexique.agreementLookup(adjective.form), classes: [.adjective])
        return !features.isDisjoint(with: nounFeatures)
    }

    /// Returns whether the determiner is the « un » of a number (« vingt et un ans »).
    private static func isNumeralUnit(at start: Int, in words: [TaggedWord]) -> Bool {
        start >= 2 && words[start - 1].partOfSpeech == .cconj
            && words[start - 2].partOfSpeech == .num
    }

    static func startsUppercase(_ form: String) -> Bool {
        form.startsWithCapital
    }

    /// Returns whether word `index` starts with a capital in a sentence not
    /// written in capitals, where a capital may mark a name.
    static func startsUppercase(_ index: Int, in words: [TaggedWord]) -> Bool {
        words[index].form.startsWithCapital && !words.isWrittenInCapitals
    }

    /// Returns whether `form` starts with a vowel or an « h » (mute or not: the
    /// rules only use this to accept, never to flag).
    static func startsWithVowelSound(_ form: String) -> Bool {
        guard let first = form.lowercased().unicodeScalars.first else { return false }
        return "aàâeéèêëiîïoôuùûüyœh".unicodeScalars.contains(first)
    }
}
