import Lexicon
import Tagging
import WritingModel

/// Determiner, noun and adjectives that disagree in gender or number
/// (« les enfant », « une beau maison », « des fille intelligente »).
///
/// The determiner gives the number and the noun the gender. A word is
/// flagged only when no Lexique reading of its form agrees, and only when
/// Lexique has a form of the same word that does, which is suggested.
struct NounPhraseAgreementRule: CheckingRule {
    let id = "grammar.agreement-noun-phrase"
    let category = FindingCategory.grammaire
    let examples: [RuleExample] = [
        .wrong("Les {{enfant}} jouent dans la cour.", "enfants"),
        .wrong("Elle habite une {{beau}} maison.", "belle"),
        .wrong("Ce sont des {{fille}} intelligentes.", "filles"),
        .wrong("Ce sont des filles {{intelligente}}.", "intelligentes"),
        .wrong("Il a acheté {{un}} voiture rouge.", "une"),
        .wrong("J’aime les {{petit}} chats.", "petits"),
        .wrong("Mes {{ami}} sont venus.", "amis"),
        .wrong("Il a publié de {{nombreuse}} études.", "nombreuses"),
        .wrong("Il prend d’autres {{traitement}} contre la douleur.", "traitements"),
        .wrong("Ce groupe a deux compagnies {{aérienne}}.", "aériennes"),
        .wrong("C’est une priorité et une condition {{essentiel}}.", "essentielle"),
        .wrong("Cette créatrice {{inspiré}} fait des chaussures.", "inspirée"),
        .wrong("Une représentation {{théâtral}} remarquable.", "théâtrale"),
        .wrong("Il dirige la {{futur}} Banque centrale.", "future"),
        .wrong("Les {{plaine}} s’étendent au nord.", "plaines"),
        .right("Les gens sont contents."),
        .right("Un élève et une élève sont arrivés."),
        .right("Des cours et un pays lointain."),
        .right("Le prix a augmenté, les prix montent."),
        .right("Mon amie habite une belle maison ancienne."),
        .right("Un vieil homme et un bel arbre."),
        .right("Elle porte une chemise et un pantalon blancs."),
        .right("Il a vingt et un ans."),
        .right("La plupart des élèves mangent à la cantine."),
        .right("Les après-midi sont longs."),
        .right("Les vieilles gens se souviennent."),
        .right("Elle a les yeux grand ouverts."),
        .right("Elle porte une robe bleu marine et des gants rouge vif."),
        .right("Il a publié d’autre part deux études."),
        .right("Le prix des billets fixé par la mairie reste bas."),
        .right("La Banque centrale européenne et le Parti socialiste."),
        .right("Rendez le devoir d'ici lundi ou d'ici mardi."),
        .right("Ça fait longtemps, sa fille va bien."),
    ]
    let resources: AgreementResources

    func check(_ sentence: SentenceContext, into findings: inout [Finding]) {
        let words = sentence.words
        for index in words.indices {
            switch words[index].partOfSpeech {
            case .det, .num, .adp: break
            default: continue
            }
            guard
                let phrase = NounPhrase.starting(
                    at: index, in: words, agreementWords: resources.words,
                    lexique: sentence.lexique),
                !sentence.hasEarlierFinding(on: phrase.determiner...phrase.end, in: findings)
            else { continue }
            let refined = withInferredNumber(
                withInferredGender(phrase, words, sentence), words, sentence)
            check(refined, words, sentence, &findings)
        }
    }

    /// Fills in the noun's gender where Lexique leaves it empty (« maison »,
    /// « voiture »), when the tagger reads the noun with the gender that
    /// every gendered form of the noun's lemma has in Lexique. Epicene
    /// nouns (« une enfant ») keep both genders because the tagger follows
    /// their determiner. Only phrases with something to check pay for the
    /// lookup.
    private func withInferredGender(
        _ phrase: NounPhrase, _ words: [TaggedWord], _ sentence: SentenceContext
    ) -> NounPhrase {
        guard phrase.nounFeatures.definiteGender == nil, !phrase.isEpicene,
            let taggedGender = words[phrase.noun].features.gender,
            !phrase.adjectives.isEmpty
                || phrase.determinerFeatures.definiteGender.map({ $0 != taggedGender }) == true
        else { return phrase }
        let nouns = phrase.nounEntries.filter { $0.partOfSpeech == .noun }
        guard nouns.allSatisfy({ $0.gender == nil }) else { return phrase }
        let lemmas = Set(nouns.map(\.lemma))
        let index = resources.inflections(sentence.lexique)
        guard !lemmas.isEmpty, lemmas.allSatisfy({ index.nounGender(of: $0) == taggedGender })
        else { return phrase }
        var refined = phrase
        refined.nounFeatures.formIntersection(GenderNumberSet(gender: taggedGender, number: nil))
        return refined
    }

    /// Fills in the noun's number where Lexique leaves it empty although
    /// the lemma has a distinct plural (« livre », « livres »), when the
    /// determiner is plural. Invariable nouns (« prix ») have no other
    /// form and keep both numbers.
    private func withInferredNumber(
        _ phrase: NounPhrase, _ words: [TaggedWord], _ sentence: SentenceContext
    ) -> NounPhrase {
        guard phrase.determinerFeatures.definiteNumber == .plural,
            phrase.nounFeatures.definiteNumber == nil, !phrase.isEpicene, !phrase.isName
        else { return phrase }
        let form = Lexique.withoutLigature(words[phrase.noun].form.lowercased())
        let nouns = phrase.nounEntries.filter { $0.partOfSpeech == .noun }
        let index = resources.inflections(sentence.lexique)
        guard !nouns.isEmpty,
            nouns.allSatisfy({
                $0.number == nil && index.hasDistinctPlural(lemma: $0.lemma, besides: form)
            })
        else { return phrase }
        var refined = phrase
        refined.nounFeatures.formIntersection(.singular)
        return refined
    }

    private func check(
        _ phrase: NounPhrase, _ words: [TaggedWord], _ sentence: SentenceContext,
        _ findings: inout [Finding]
    ) {
        if phrase.isName {
            // Only the adjectives of « la futur Banque centrale » are checked.
        } else if phrase.hasNumberConflict {
            flagNoun(phrase, words, sentence, &findings)
        } else if phrase.hasGenderConflict {
            flagDeterminer(phrase, words, sentence, &findings)
        }
        let needed = phrase.features
        let nounText = FrenchTypography.quoted(words[phrase.noun].form)
        for adjective in phrase.adjectives {
            let form = words[adjective].form
            let entries = sentence.lexique.agreementLookup(form)
            let features = GenderNumberSet.of(entries, classes: [.adjective, .verb, .noun])
            guard !features.isEmpty, features.isDisjoint(with: needed) else { continue }
            // « une chemise et un pantalon blancs »: a plural adjective
            // after coordinated nouns may qualify all of them.
            if adjective == phrase.adjectiveAfter, phrase.followsCoordination,
                !features.isDisjoint(with: .plural)
            {
                continue
            }
            // « le prix des billets fixé par la mairie »: after a « de »
            // complement, the adjective may qualify a noun before it.
            if adjective == phrase.adjectiveAfter,
                qualifiesEarlierNoun(adjective, features, phrase, words, sentence)
            {
                continue
            }
            // « les juges ont une nouvelle fois demandé »: after « avoir »
            // and an adverbial phrase, the participle belongs to the verb.
            if adjective == phrase.adjectiveAfter, words[adjective].partOfSpeech == .verb,
                isAfterParticipleAuxiliary(phrase, words)
            {
                continue
            }
            // « les études dure six ans »: a form that may be a conjugated
            // verb after the noun may be the verb of the phrase.
            if adjective == phrase.adjectiveAfter, entries.contains(where: \.hasSubjectInflection) {
                continue
            }
            // « le bâtiment voyageurs »: a noun in apposition keeps its number.
            if adjective == phrase.adjectiveAfter, Self.isMainlyNoun(entries),
                features.numbers.isDisjoint(with: needed.numbers)
            {
                continue
            }
            let suggestions = nominalForms(of: entries, needed: needed, form: form, sentence)
            guard !suggestions.isEmpty else { continue }
            findings.append(
                sentence.finding(
                    self, span: words[adjective].span,
                    message: "L’adjectif \(FrenchTypography.quoted(form)) s’accorde en genre "
                        + "et en nombre avec le nom \(nounText) qu’il qualifie.",
                    shortMessage: "Accord de l’adjectif", replacements: suggestions,
                    confidence: 0.75))
        }
    }

    /// Checks whether the word before the phrase is an auxiliary that
    /// takes a past participle without agreement (« avoir »).
    private func isAfterParticipleAuxiliary(_ phrase: NounPhrase, _ words: [TaggedWord]) -> Bool {
        guard phrase.determiner > 0 else { return false }
        let previous = words[phrase.determiner - 1]
        return previous.partOfSpeech == .aux
            && resources.words.participleAuxiliaries.contains(previous.lemma)
    }

    /// Checks whether Lexique reads a form far more often as a noun than
    /// as an adjective. The adjective « voyageurs » is about a tenth as
    /// frequent as the noun, « suivants » about as frequent and « présents »
    /// about half, so the 0.4 ratio sits between them.
    static func isMainlyNoun(_ entries: LexicalEntries) -> Bool {
        func frequency(_ partOfSpeech: LexiquePartOfSpeech) -> Double {
            entries.filter { $0.partOfSpeech == partOfSpeech }.map(\.formFrequency).max() ?? 0
        }
        return frequency(.adjective) < 0.4 * frequency(.noun)
    }

    /// Checks whether the phrase is a « de » or « à » complement and a
    /// noun it completes may take the adjective's `features` (« le prix
    /// des billets fixé », « la bourse aux plantes organisée »). From
    /// « de », the search climbs a chain of complements, numbers,
    /// coordinations and commas (« l’album de photos de police exposé »,
    /// « une commission de 500 millions de dollars autorisée », « les
    /// fractures de la colonne et de la hanche survenues ») up to three
    /// nouns back. « à » more often opens a complement of the verb
    /// (« imputer la débâcle des budgets aux personnes âgées »), so only a
    /// noun right before it counts.
    private func qualifiesEarlierNoun(
        _ adjective: Int, _ features: GenderNumberSet, _ phrase: NounPhrase,
        _ words: [TaggedWord], _ sentence: SentenceContext
    ) -> Bool {
        let prepositions = resources.words.complementPrepositions
        var index = phrase.hasDeterminer ? phrase.determiner - 1 : phrase.determiner
        guard index > 0 else { return false }
        func fits(_ word: TaggedWord) -> Bool {
            let nounFeatures = GenderNumberSet.of(
                sentence.lexique.agreementLookup(word.form), classes: [.noun, .adjective])
            return !nounFeatures.isDisjoint(with: features)
        }
        let preposition = words[index].form.lowercased()
        if resources.words.subjectComplementPrepositions.contains(preposition) {
            return words[index - 1].partOfSpeech == .noun && fits(words[index - 1])
        }
        guard prepositions.contains(preposition) else { return false }
        var nounsLeft = 3
        while index > 0, nounsLeft > 0 {
            index -= 1
            let word = words[index]
            switch word.partOfSpeech {
            case .adj, .det, .adv, .cconj, .propn, .num: continue
            case .punct where word.form == ",": continue
            case .adp where prepositions.contains(word.form.lowercased()): continue
            case .noun:
                if fits(word) { return true }
                nounsLeft -= 1
            default:
                return false
            }
        }
        return false
    }

    private func flagNoun(
        _ phrase: NounPhrase, _ words: [TaggedWord], _ sentence: SentenceContext,
        _ findings: inout [Finding]
    ) {
        let form = words[phrase.noun].form
        let needed = phrase.nounFeatures.genders.intersection(phrase.determinerFeatures.numbers)
        let nouns = LexicalEntries(phrase.nounEntries.filter { $0.partOfSpeech == .noun })
        var suggestions = nominalForms(of: nouns, needed: needed, form: form, sentence)
        // Lexique may file a noun's plural under another lemma (« plaines »
        // under « plain »), so the adjective readings are tried too.
        if suggestions.isEmpty {
            suggestions = nominalForms(of: phrase.nounEntries, needed: needed, form: form, sentence)
        }
        guard !suggestions.isEmpty else { return }
        let number = phrase.determinerFeatures.definiteNumber == .plural ? "pluriel" : "singulier"
        let source = words[phrase.numberSource].form
        let sourceName = phrase.numberSource == phrase.determiner ? "le déterminant" : "l’adjectif"
        findings.append(
            sentence.finding(
                self, span: words[phrase.noun].span,
                message: "Le nom \(FrenchTypography.quoted(form)) doit être au \(number), "
                    + "comme \(sourceName) \(FrenchTypography.quoted(source.lowercased())).",
                shortMessage: "Accord en nombre", replacements: suggestions, confidence: 0.8))
    }

    private func flagDeterminer(
        _ phrase: NounPhrase, _ words: [TaggedWord], _ sentence: SentenceContext,
        _ findings: inout [Finding]
    ) {
        let word = words[phrase.determiner]
        // The tagger reads epicene nouns by their determiner (« la
        // ministre »), which Lexique may list with one gender only.
        // « Sa va bien »: a form read far more often as a verb than as a
        // noun makes the determiner another word (« ça »), not a gender slip.
        guard let gender = phrase.nounFeatures.definiteGender,
            !word.isContractionPart,
            words[phrase.noun].features.gender.map({ $0 == gender }) ?? true,
            !NounPhrase.isMainly(.verb, phrase.nounEntries),
            !NounPhrase.isMainly(.auxiliary, phrase.nounEntries)
        else { return }
        // « une femelle pseudo gestante »: unless every adjective between
        // them takes the noun's gender only, the tagger may have misread
        // which word is the noun.
        for adjective in phrase.adjectivesBefore {
            let features = GenderNumberSet.of(
                sentence.lexique.agreementLookup(words[adjective].form),
                classes: [.adjective, .noun])
            guard phrase.nounFeatures.genders.isSuperset(of: features.genders) else { return }
        }
        let needed = phrase.nounFeatures.genders.intersection(phrase.determinerFeatures.numbers)
        let beforeVowel = NounPhrase.startsWithVowelSound(words[phrase.determiner + 1].form)
        let paradigm = resources.words.paradigms[phrase.determinerEntry.paradigm] ?? []
        let fitting = paradigm.filter {
            !$0.features.isDisjoint(with: needed) && $0.form != phrase.determinerEntry.form
                && $0.form.hasSuffix("'") == beforeVowel
        }
        guard let first = fitting.first else { return }
        let suggestion = Self.matchingCase(first.form, word.form)
        let genderName = gender == .feminine ? "féminin" : "masculin"
        findings.append(
            sentence.finding(
                self, span: word.span,
                message: "Le déterminant prend le genre du nom "
                    + "\(FrenchTypography.quoted(words[phrase.noun].form)), qui est \(genderName).",
                shortMessage: "Genre du déterminant", replacements: [suggestion],
                confidence: 0.7))
    }

    /// Forms of the lemmas of `entries` (nouns, adjectives or participles)
    /// that take `needed`.
    private func nominalForms(
        of entries: LexicalEntries, needed: GenderNumberSet, form: String,
        _ sentence: SentenceContext
    ) -> [String] {
        let index = resources.inflections(sentence.lexique)
        var forms: [String] = []
        for entry in entries {
            let partOfSpeech: LexiquePartOfSpeech
            switch entry.partOfSpeech {
            case .noun, .adjective: partOfSpeech = entry.partOfSpeech
            case .verb where entry.isPastParticiple: partOfSpeech = .verb
            default: continue
            }
            forms += index.nominalForms(
                lemma: entry.lemma, partOfSpeech: partOfSpeech, needed: needed,
                excluding: Lexique.withoutLigature(form.lowercased()))
        }
        return InflectionIndex.unique(
            forms.map { Self.matchingCase(Lexique.withLigature($0, like: form), form) })
    }

    /// `suggestion` capitalised like `original` when that starts a sentence.
    static func matchingCase(_ suggestion: String, _ original: String) -> String {
        guard NounPhrase.startsUppercase(original), let first = suggestion.first else {
            return suggestion
        }
        return first.uppercased() + suggestion.dropFirst()
    }
}
