import Lexicon
import Tagging

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
    var nounEntries: [LexicalEntry]
    /// What Lexique allows for the noun form, as a noun or adjective.
    var nounFeatures: GenderNumberSet
    /// Whether the noun is listed as taking both genders.
    var isEpicene: Bool
    /// Word index of the adjective right after the noun, when one is
    /// checked (not for coordinated nouns or compound colours).
    var adjectiveAfter: Int?

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
    /// lower-case noun that Lexique lists.
    static func starting(
        at start: Int, in words: [TaggedWord], agreementWords: AgreementWords, lexique: Lexique
    ) -> NounPhrase? {
        guard let determiner = determiner(at: start, in: words, agreementWords) else {
            return nil
        }
        var adjectives: [Int] = []
        var index = start + 1
        while index < words.count {
            switch words[index].partOfSpeech {
            case .adj: adjectives.append(index)
            case .adv: break
            case .noun:
                // Without a determiner only the adjectives before the noun
                // are sure to qualify it (« de petits budgets »).
                if determiner.paradigm.isEmpty && adjectives.isEmpty { return nil }
                return make(start, determiner, adjectives, index, words, agreementWords, lexique)
            default: return nil
            }
            index += 1
        }
        return nil
    }

    /// The determiner at `start`, or a stand-in that allows any gender and
    /// number (empty paradigm) for a number or a « de » that opens a phrase
    /// without determiner (« deux grands arbres », « de grands arbres »).
    private static func determiner(
        at start: Int, in words: [TaggedWord], _ agreementWords: AgreementWords
    ) -> AgreementWords.Determiner? {
        let word = words[start]
        switch word.partOfSpeech {
        case .det:
            guard !isNumeralUnit(at: start, in: words) else { return nil }
            return agreementWords.determiners[word.form.lowercased()]
        case .num, .adp:
            guard
                word.partOfSpeech == .num
                    || agreementWords.complementPrepositions.contains(word.form.lowercased())
            else { return nil }
            return AgreementWords.Determiner(
                form: word.form, features: .any, paradigm: "", isFeminineBeforeVowel: false)
        default:
            return nil
        }
    }

    /// Whether the phrase has a real determiner, not a number or « de ».
    var hasDeterminer: Bool { !determinerEntry.paradigm.isEmpty }

    private static func make(
        _ start: Int, _ determiner: AgreementWords.Determiner, _ adjectives: [Int], _ noun: Int,
        _ words: [TaggedWord], _ agreementWords: AgreementWords, _ lexique: Lexique
    ) -> NounPhrase? {
        let form = words[noun].form
        guard !startsUppercase(form), words[noun - 1].partOfSpeech != .adv else { return nil }
        let entries = lexique.agreementLookup(form)
        var nounFeatures = GenderNumberSet.of(entries, classes: [.noun, .adjective])
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
        return NounPhrase(
            determiner: start, determinerEntry: determiner,
            determinerFeatures: determinerFeatures, adjectivesBefore: adjectives, noun: noun,
            nounEntries: entries, nounFeatures: nounFeatures, isEpicene: isEpicene,
            adjectiveAfter: agreementWords.collectives.contains(lowercased)
                || determiner.paradigm.isEmpty
                ? nil : checkedAdjective(after: noun, start: start, in: words))
    }

    /// Whether the most frequent reading of a form is `partOfSpeech`
    /// (« peu » tagged as a noun in « un peu petites »).
    static func isMainly(_ partOfSpeech: LexiquePartOfSpeech, _ entries: [LexicalEntry]) -> Bool {
        entries.max { $0.formFrequency < $1.formFrequency }?.partOfSpeech == partOfSpeech
    }

    /// The adjective right after the noun, unless the noun is coordinated
    /// (« une chemise et un pantalon blancs »), the adjective is one of a
    /// list (« les langues anglaise et française »), qualifies the next
    /// noun (« l'époque second niveau ») or is followed by another (« des
    /// yeux bleu clair »).
    private static func checkedAdjective(after noun: Int, start: Int, in words: [TaggedWord])
        -> Int?
    {
        let next = noun + 1
        guard next < words.count, words[next].partOfSpeech == .adj,
            !startsUppercase(words[next].form),
            start == 0 || words[start - 1].partOfSpeech != .cconj
        else { return nil }
        if next + 1 < words.count {
            let following = words[next + 1]
            switch following.partOfSpeech {
            case .adj, .noun, .cconj: return nil
            case .punct where following.form == ",":
                if next + 2 < words.count, words[next + 2].partOfSpeech == .adj { return nil }
            default: break
            }
        }
        return next
    }

    /// Whether the determiner is the « un » of a number (« vingt et un ans »).
    private static func isNumeralUnit(at start: Int, in words: [TaggedWord]) -> Bool {
        start >= 2 && words[start - 1].partOfSpeech == .cconj
            && words[start - 2].partOfSpeech == .num
    }

    static func startsUppercase(_ form: String) -> Bool {
        form.first?.isUppercase == true
    }

    /// Whether `form` starts with a vowel or an « h » (mute or not: the
    /// rules only use this to accept, never to flag).
    static func startsWithVowelSound(_ form: String) -> Bool {
        guard let first = form.lowercased().unicodeScalars.first else { return false }
        return "aàâeéèêëiîïoôuùûüyœh".unicodeScalars.contains(first)
    }
}
