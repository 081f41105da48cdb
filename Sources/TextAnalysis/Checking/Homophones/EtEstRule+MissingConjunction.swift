import Tagging
import WritingModel

/// The tests that find « est » written where only the conjunction « et »
/// fits.
extension EtEstRule {
    /// Whether « est » at `index` joins two conjugated verbs, comes before
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
    }

    /// Whether `word` is a lowercase noun that Lexique lists only in the
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

    /// Whether `start` opens a clause with its own subject and verb
    /// (« … est elle sera soumise », « … est le serveur est aimable »).
    /// The subject is a pronoun, or a determiner, a noun and perhaps
    /// adjectives. Then « ne » may come, then a word that can only be a
    /// conjugated verb. Questions are left alone, because « est il » there
    /// may lack its hyphen.
    private func opensClause(
        _ words: [TaggedWord], _ start: Int, _ sentence: SentenceContext
    ) -> Bool {
        guard words.last?.form != "?" else { return false }
        var position = start
        if subjects.contains(words[position].form) {
            position += 1
        } else {
            guard words[position].partOfSpeech == .det,
                words.word(at: position + 1)?.partOfSpeech == .noun
            else { return false }
            position += 2
            while position < words.count, words[position].partOfSpeech == .adj {
                position += 1
            }
        }
        if let word = words.word(at: position), negation.contains(word.form) { position += 1 }
        guard let verb = words.word(at: position), verb.isFiniteVerb else { return false }
        return sentence.readings(of: verb).only(.finiteVerb)
    }

    /// Whether « est » at `index` follows a noun or a name in a clause that
    /// already has its conjugated verb (« il ferme la porte est descend »).
    /// The word after must be a name, a determiner, a bare noun or a word
    /// that can only be a conjugated verb. An adjective, a participle or an
    /// adverb there may be the attribute of « est » in a sentence that
    /// lacks punctuation, so they are left alone.
    private func isSecondVerb(
        _ words: [TaggedWord], _ index: Int, _ sentence: SentenceContext
    ) -> Bool {
        let previous = words[index - 1]
        guard previous.partOfSpeech == .noun || previous.partOfSpeech == .propn,
            words.hasMainClauseVerb(before: index), !isInQuestion(words, before: index)
        else { return false }
        let next = words[index + 1]
        switch next.partOfSpeech {
        case .propn, .det:
            return true
        case .noun:
            return next.form.first?.isLowercase == true
        case .verb:
            return sentence.readings(of: next).only(.finiteVerb)
        default:
            return false
        }
    }

    /// Whether an interrogative word or a word that opens a clause of its
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
