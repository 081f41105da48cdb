import Tagging
import WritingModel

/// The tests that find « est » written where only the conjunction « et »
/// fits.
extension EtEstRule {
    /// Returns whether « est » at `index` joins two conjugated verbs, comes before
    /// a subject and its verb or a bare plural noun, or follows a noun or a
    /// name in a clause that already has its verb.
    func needsConjunction(
        _ words: [TaggedWord], _ index: Int, _ sentence: SentenceContext
    ) -> Bool {
        let next = words[index + 1]
        let previous = words[index - 1]
        if firstPersons.contains(next.form) {
            // « il s'est tu »: « tu » is also the participle of « taire ».
            guard let verb = words.word(at: index + 2) else { return false }
            return previous.partOfSpeech != .pron && verb.isFiniteVerb
        }
        if previous.partOfSpeech == .verb, previous.features.isFinite,
            next.partOfSpeech == .verb, next.features.isFinite,
            sentence.readings(of: next).only(.finiteVerb),
            sentence.readings(of: previous).only(.finiteVerb)
        {
            return true
        }
        // « c'est », « l'est », « de l'est »: a pronoun, a determiner or a
        // preposition before « est » makes it the verb or the noun.
        switch previous.partOfSpeech {
        case .pron, .det, .adp: return false
        default: break
        }
        if isBarePluralNoun(next, sentence) || opensClause(words, index + 1, sentence) {
            return true
        }
        return isSecondVerb(words, index, sentence)
            || opensVerbPhrase(words, index, sentence)
            || joinsNumbers(words, index, sentence)
            || comesBeforePluralAttribute(words, index, sentence)
            || endsList(words, index)
            || closesPairedPreposition(words, index)
            || isFollowedByMainVerb(words, index)
            || followsPluralObject(words, index, sentence)
    }

    /// Returns whether « est » at `index` ends the first term after a
    /// preposition that joins two terms with « et » (« entre le Cambodge
    /// est la Thaïlande »), with only a noun phrase between.
    private func closesPairedPreposition(_ words: [TaggedWord], _ index: Int) -> Bool {
        guard isNominal(words[index - 1]), isNominal(words[index + 1]) else { return false }
        var position = index - 1
        while position >= max(0, index - 6) {
            let word = words[position]
            if pairedPrepositions.contains(word.form) { return word.partOfSpeech == .adp }
            switch word.partOfSpeech {
            case .det, .noun, .propn, .adj, .num: position -= 1
            default: return false
            }
        }
        return false
    }

    /// Returns whether « est » at `index`, between two noun phrases, is
    /// followed in the same clause by another conjugated verb (« la
    /// cohabitation des Hutu est les Tutsi est exemplaire »). The later verb
    /// is the clause's, so « est » joins the two phrases. A relative
    /// pronoun, a conjunction or a verb form that is not conjugated ends
    /// the search, because a verb after them may belong to another clause.
    /// A later « est » before a noun phrase leaves the question open: either
    /// of the two may be the slip.
    private func isFollowedByMainVerb(_ words: [TaggedWord], _ index: Int) -> Bool {
        let previous = words[index - 1]
        let next = words[index + 1]
        guard previous.partOfSpeech == .noun || previous.partOfSpeech == .propn,
            next.partOfSpeech == .det || next.partOfSpeech == .propn,
            !words.hasMainClauseVerb(before: index)
        else { return false }
        for position in (index + 2)..<words.count {
            let word = words[position]
            switch word.partOfSpeech {
            case .punct, .cconj, .sconj: return false
            case .pron where word.features["PronType"] == "Rel": return false
            case .verb, .aux:
                guard word.features.isFinite else { return false }
                let after = words.word(at: position + 1)
                return !(verb.contains(word.form) && after.map(isNominal) == true)
            default: break
            }
        }
        return false
    }

    /// Returns whether « est » at `index` follows a plural noun phrase that
    /// is the object of an earlier verb, as in « j'apprécie les dentistes
    /// est la qualité ».
    /// A singular « est » cannot have that phrase as its subject, so it
    /// joins it to the next phrase. A plural phrase that opens the sentence
    /// may be a name (« les Andalouses est une station »).
    private func followsPluralObject(
        _ words: [TaggedWord], _ index: Int, _ sentence: SentenceContext
    ) -> Bool {
        let next = words[index + 1]
        // « des » after « est » may be read as « de » + « les ».
        guard next.partOfSpeech == .det || next.partOfSpeech == .propn || next.isContractionPart,
            let determiner = sentence.pluralPhraseDeterminer(endingAt: index - 1, in: words)
        else { return false }
        return words[..<determiner].contains { $0.isFiniteVerb }
    }

    /// Returns whether « est » at `index` comes before a pronoun and a verb
    /// that can only be conjugated (« il stoppe tout est se rend »), or
    /// before « en » and a present participle (« est en interdisant »).
    /// The verb « est » takes neither.
    private func opensVerbPhrase(
        _ words: [TaggedWord], _ index: Int, _ sentence: SentenceContext
    ) -> Bool {
        guard let clitic = words.word(at: index + 1), let verb = words.word(at: index + 2),
            preverbalClitics.contains(clitic.form)
        else { return false }
        if clitic.form == "en" {
            return verb.partOfSpeech == .verb && verb.features.verbForm == "Part"
                && verb.features.tense == "Pres"
        }
        return verb.isFiniteVerb && sentence.readings(of: verb).only(.finiteVerb)
    }

    /// Returns whether « est » at `index` comes between two numbers after a
    /// plural noun and its determiner (« les articles 1645 est 1646 »).
    /// Otherwise the numbers may be a sum and its result (« deux plus deux
    /// est quatre », « 12 fois 3 est 36 »).
    private func joinsNumbers(
        _ words: [TaggedWord], _ index: Int, _ sentence: SentenceContext
    ) -> Bool {
        guard index >= 3, words[index - 1].partOfSpeech == .num,
            words[index + 1].partOfSpeech == .num, words[index - 3].partOfSpeech == .det
        else { return false }
        let noun = words[index - 2]
        let readings = sentence.readings(of: noun)
        return noun.partOfSpeech == .noun && readings.contains(.plural)
            && !readings.contains(.singular)
    }

    /// Returns whether « est » at `index`, after an adjective, comes before
    /// an adjective or participle that is plural in every reading, perhaps
    /// after adverbs (« des plats variés est très complets »). The singular
    /// « est » never takes a plural attribute.
    private func comesBeforePluralAttribute(
        _ words: [TaggedWord], _ index: Int, _ sentence: SentenceContext
    ) -> Bool {
        guard words[index - 1].partOfSpeech == .adj else { return false }
        var position = index + 1
        while position < words.count - 1, words[position].partOfSpeech == .adv,
            sentence.readings(of: words[position]).only(.adverb)
        {
            position += 1
        }
        let attribute = words[position]
        guard attribute.partOfSpeech == .adj || attribute.features.verbForm == "Part",
            words.word(at: position + 1)?.partOfSpeech != .noun
        else { return false }
        let readings = sentence.readings(of: attribute)
        return readings.contains(.plural) && !readings.contains(.singular)
            && readings.only([.adjective, .pastParticiple, .plural, .masculine, .feminine])
    }

    /// Returns whether « est » at `index` ends a list of at least three
    /// terms, each ending with a noun or a name, and comes before a noun
    /// phrase (« l'eau, le gaz, l'électricité est le téléphone »). One comma may be an apposition (« son frère, Pierre
    /// est le chef »), so two are needed.
    private func endsList(_ words: [TaggedWord], _ index: Int) -> Bool {
        guard isTermEnd(words[index - 1]), isNominal(words[index + 1]) else { return false }
        var commas = 0
        var position = index - 1
        while position >= 0, commas < 2 {
            let word = words[position]
            if word.form == "," {
                guard position > 0, isTermEnd(words[position - 1]) else { return false }
                commas += 1
            } else {
                switch word.partOfSpeech {
                case .det, .noun, .propn, .adj, .num: break
                default: return false
                }
            }
            position -= 1
        }
        return commas == 2
    }

    /// Returns whether `word` may end a term of a list: a noun or a name.
    private func isTermEnd(_ word: TaggedWord) -> Bool {
        word.partOfSpeech == .noun || word.partOfSpeech == .propn
    }

    /// Returns whether `word` may end or open a noun phrase.
    private func isNominal(_ word: TaggedWord) -> Bool {
        switch word.partOfSpeech {
        case .det, .noun, .propn, .num: true
        default: false
        }
    }

    /// Returns whether `word` is a lowercase noun that Lexique lists only in the
    /// plural. « est » never comes before one without a determiner
    /// (« des droits est devoirs »).
    private func isBarePluralNoun(_ word: TaggedWord, _ sentence: SentenceContext) -> Bool {
        guard word.partOfSpeech == .noun, word.form.first?.isLowercase == true else {
            return false
        }
        let readings = sentence.readings(of: word)
        return readings.contains([.noun, .plural]) && !readings.contains(.singular)
            && readings.only([.noun, .adjective])
    }

    /// Returns whether `start` opens a clause with its own verb (« … est elle sera
    /// soumise », « …, est le serveur ne viendra pas »). A subject may come
    /// first: a pronoun, names, or a determiner and a noun or a name with
    /// their adjectives. Clitic pronouns (« ne », « s' ») may follow, then
    /// a conjugated verb that cannot be a participle, an infinitive or an
    /// adjective. Questions are left alone, because « est il » there may
    /// lack its hyphen.
    private func opensClause(
        _ words: [TaggedWord], _ start: Int, _ sentence: SentenceContext
    ) -> Bool {
        guard words.last?.form != "?" else { return false }
        var position = start
        let first = words[position]
        if subjects.contains(first.form) {
            position += 1
        } else if first.partOfSpeech == .propn {
            position = words.index(skipping: [.propn], from: position)
        } else if first.partOfSpeech == .det {
            position = words.index(skipping: [.adj], from: position + 1)
            guard let head = words.word(at: position),
                head.partOfSpeech == .noun || head.partOfSpeech == .propn
            else { return false }
            position = words.index(skipping: [.noun, .propn, .adj], from: position)
        } else if !followsCommaOrVerb(words, start - 2) {
            // « le gâteau est mange »: after a noun, a verb form after
            // « est » may be a participle missing its accent.
            return false
        }
        while position < min(words.count, start + 6),
            preverbalClitics.contains(words[position].form)
        {
            position += 1
        }
        guard let verb = words.word(at: position), verb.isFiniteVerb else { return false }
        let readings = sentence.readings(of: verb)
        return readings.contains(.finiteVerb)
            && readings.isDisjoint(with: [.pastParticiple, .infinitive, .adjective])
    }

    /// Returns whether « est » at `index` follows a noun or a name in a clause that
    /// already has its conjugated verb (« il ferme la porte est descend »).
    /// The word after must be a name, a determiner, a bare noun or a word
    /// that can only be a conjugated verb. An adjective, a participle or an
    /// adverb there may be the attribute of « est » in a sentence that
    /// lacks punctuation, so they are left alone.
    private func isSecondVerb(
        _ words: [TaggedWord], _ index: Int, _ sentence: SentenceContext
    ) -> Bool {
        let previous = words[index - 1]
        switch previous.partOfSpeech {
        case .noun, .propn, .adj: break
        default: return false
        }
        guard words.hasMainClauseVerb(before: index), !isInQuestion(words, before: index)
        else { return false }
        let next = words[index + 1]
        switch next.partOfSpeech {
        case .propn, .det:
            return previous.partOfSpeech != .adj
        case .noun:
            return previous.partOfSpeech != .adj && next.form.first?.isLowercase == true
        case .verb:
            return sentence.readings(of: next).only(.finiteVerb)
        case .adj:
            // « il est heureux est populaire »: two adjectives joined.
            return previous.partOfSpeech == .adj && sentence.readings(of: next).only(.adjective)
        case .adp:
            // « les provinces de Biella est de Verceil »: the same
            // preposition on both sides of a coordination.
            return words[max(0, index - 6)..<index].contains {
                $0.partOfSpeech == .adp && $0.form.lowercased() == next.form.lowercased()
            }
        default:
            return false
        }
    }

    /// Returns whether the word at `position` is a comma or a conjugated verb
    /// (« …, est comporte », « tourne est retourne »).
    private func followsCommaOrVerb(_ words: [TaggedWord], _ position: Int) -> Bool {
        guard let word = words.word(at: position) else { return false }
        return word.form == "," || word.isFiniteVerb
    }

    /// Returns whether an interrogative word or a word that opens a clause of its
    /// own (« comment », « pourquoi », « si », « quel ») comes before
    /// `index` in its clause. The « est » after such a word belongs to its
    /// clause (« il se demande pourquoi Pierre est parti »).
    private func isInQuestion(_ words: [TaggedWord], before index: Int) -> Bool {
        var position = index - 1
        while position >= 0, words[position].partOfSpeech != .punct {
            if interrogatives.contains(words[position].form) { return true }
            position -= 1
        }
        return false
    }
}
