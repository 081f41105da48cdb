import Lexicon
import Tagging

/// Agreement errors inside a noun phrase: a plural noun after a plural
/// determiner written singular (« les enfant »), a feminine adjective
/// written masculine (« une beau maison »), a plural adjective written
/// singular. Number errors are kept only when both forms sound alike, as
/// a student hears them.
struct NounPhraseAgreementInjector: ErrorInjector {
    let category = ErrorCategory.agreementNounPhrase
    let inflections: InflectionIndex
    let lexique: Lexique

    func injections(in surface: SentenceSurface) -> [Injection] {
        surface.wordInjections(category) { index, form, word in
            var wrongs: [(String, String?)] = []
            if word.partOfSpeech == .noun && word.features.number == .plural
                && surface.hasPluralDeterminer(before: index)
            {
                wrongs.append(("noun-number", singular(word, .noun, form)))
            }
            if word.partOfSpeech == .adj, surface.hasNoun(besides: index, like: word) {
                if word.features.gender == .feminine && word.features.number == .singular {
                    wrongs.append(("adjective-gender", masculine(word)))
                }
                if word.features.number == .plural {
                    wrongs.append(("adjective-number", singular(word, .adjective, form)))
                }
            }
            return wrongs
        }
    }

    private func singular(_ word: AnnotatedWord, _ partOfSpeech: LexiquePartOfSpeech, _ form: String)
        -> String?
    {
        guard
            let found = inflections.nominal(
                of: word.lemma, partOfSpeech, gender: word.features.gender, number: .singular),
            lexique.soundsAlike(found.form, form)
        else { return nil }
        return found.form
    }

    private func masculine(_ word: AnnotatedWord) -> String? {
        inflections.forms(of: word.lemma, .adjective).first {
            $0.entry.gender == .masculine && $0.entry.number == .singular
        }?.form
    }
}

/// A plural verb written singular after « ils », « elles » or a plural
/// noun (« ils mange », « les élèves joue »), when both forms sound alike.
struct SubjectVerbAgreementInjector: ErrorInjector {
    let category = ErrorCategory.agreementSubjectVerb
    let inflections: InflectionIndex
    let lexique: Lexique

    func injections(in surface: SentenceSurface) -> [Injection] {
        surface.wordInjections(category) { index, form, word in
            guard word.partOfSpeech == .verb, word.features.isFinite, word.features.person == 3,
                word.features.number == .plural, let mood = word.features.lexiqueMood,
                surface.hasPluralSubject(before: index),
                let singular = inflections.verbForm(
                    of: word.lemma, mood: mood, tense: word.features.lexiqueTense, person: 3,
                    number: .singular),
                lexique.soundsAlike(singular.form, form)
            else { return [] }
            return [("plural-as-singular", singular.form)]
        }
    }
}

/// A past participle after « être » written masculine singular (« elles
/// sont parti »), when both forms sound alike.
struct ParticipleAgreementInjector: ErrorInjector {
    let category = ErrorCategory.agreementParticiple
    let inflections: InflectionIndex
    let lexique: Lexique

    func injections(in surface: SentenceSurface) -> [Injection] {
        surface.wordInjections(category) { index, form, word in
            guard word.partOfSpeech == .verb, word.features.verbForm == "Part",
                word.features.tense == "Past",
                word.features.gender == .feminine || word.features.number == .plural,
                surface.isAuxiliary(index - 1, lemma: "être"),
                let masculine = inflections.participle(
                    of: word.lemma, gender: .masculine, number: .singular),
                lexique.soundsAlike(masculine.form, form)
            else { return [] }
            return [("participle-with-etre", masculine.form)]
        }
    }
}

extension SentenceSurface {
    /// Returns whether a plural determiner precedes token `index`, directly or
    /// before one adjective (« les enfants », « les petits enfants »).
    func hasPluralDeterminer(before index: Int) -> Bool {
        for distance in 1...2 where index - distance >= 0 {
            guard let word = word(at: index - distance) else { return false }
            if word.partOfSpeech == .det { return word.features.number == .plural }
            if word.partOfSpeech != .adj { return false }
        }
        return false
    }

    /// Returns whether a neighbouring token is a noun of `adjective`'s gender and
    /// number.
    func hasNoun(besides index: Int, like adjective: AnnotatedWord) -> Bool {
        [index - 1, index + 1].contains { neighbour in
            guard neighbour >= 0, neighbour < forms.count, let noun = word(at: neighbour),
                noun.partOfSpeech == .noun
            else { return false }
            return noun.features.gender == adjective.features.gender
                && noun.features.number == adjective.features.number
        }
    }

    /// Returns whether the subject before token `index` is plural: « ils »,
    /// « elles » or a plural noun, possibly followed by « ne » and object
    /// clitics (« ils ne les voient »).
    func hasPluralSubject(before index: Int) -> Bool {
        var position = index - 1
        while position >= 0, let word = word(at: position), word.isClitic {
            position -= 1
        }
        guard position >= 0, let word = word(at: position) else { return false }
        let features = word.features
        if word.partOfSpeech == .pron {
            // Subject pronouns carry a gender, object clitics (« les ») do not.
            return features["PronType"] == "Prs" && features["Emph"] == "No"
                && features.person == 3 && features.number == .plural && features.gender != nil
        }
        return word.partOfSpeech == .noun && features.number == .plural
    }
}

extension AnnotatedWord {
    /// Whether the word is « ne » or an object clitic, which may stand
    /// between a subject and its verb.
    var isClitic: Bool {
        if partOfSpeech == .adv { return features["Polarity"] == "Neg" }
        return partOfSpeech == .pron && features["PronType"] == "Prs" && features.gender == nil
    }
}

extension MorphFeatures {
    /// The UD `Mood` as Lexique's mood, for finite forms.
    var lexiqueMood: VerbInflection.Mood? {
        switch mood {
        case "Ind": .indicative
        case "Sub": .subjunctive
        case "Cnd": .conditional
        default: nil
        }
    }

    /// The UD `Tense` as Lexique's tense.
    var lexiqueTense: VerbInflection.Tense? {
        switch tense {
        case "Pres": .present
        case "Imp": .imperfect
        case "Fut": .future
        case "Past": .past
        default: nil
        }
    }
}
