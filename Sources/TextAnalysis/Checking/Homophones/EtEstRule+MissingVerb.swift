import Tagging
import WritingModel

/// The tests that find « et » written where only the verb « est » fits.
extension EtEstRule {
    /// Returns whether « et » at `index` follows a subject pronoun that cannot be
    /// coordinated (« il », « c' »), an elided word or the relative « qui ».
    /// It may also follow a noun or a name whose clause lacks its verb, or
    /// « elle » with no preposition before and an adjective, a participle
    /// or an adverb after.
    func needsVerb(_ words: [TaggedWord], _ index: Int, _ sentence: SentenceContext) -> Bool {
        let previous = words[index - 1]
        if clitics.contains(previous.form) || followsElision(words, index) { return true }
        // « et-il », « et-ce »: an inverted subject follows a verb only.
        if let next = words.word(at: index + 1), next.partOfSpeech == .pron,
            next.form.hasPrefix("-")
        {
            return true
        }
        if relatives.contains(previous.form) { return isRelativeSubject(words, index - 1) }

        switch previous.partOfSpeech {
        case .noun:
            return isVerblessAttribute(words, index, sentence)
                || isVerblessParticiple(words, index, sentence)
                || opensIndefiniteDefinition(words, index, sentence)
        case .adj:
            return opensIndefiniteDefinition(words, index, sentence)
        case .propn, .x:
            // A Latin name may be read as a foreign word (« Hypsiboas
            // pombali et une espèce… »).
            return isVerblessParticiple(words, index, sentence)
                || opensDefinition(words, index, sentence)
        case .punct where previous.form == ")":
            return opensDefinition(words, index, sentence)
        default:
            break
        }

        guard stressable.contains(previous.form) else { return false }
        if let before = words.word(at: index - 2),
            before.partOfSpeech == .adp || before.partOfSpeech.isVerbal
        {
            return false
        }
        let next = words[index + 1]
        // « elle et maître Sylvain »: a noun after the adjective means a
        // coordinated subject.
        if let after = words.word(at: index + 2),
            after.partOfSpeech == .noun || after.partOfSpeech == .propn
        {
            return false
        }
        switch next.partOfSpeech {
        case .adj, .adv: return true
        case .verb: return next.features.verbForm == "Part"
        default: return false
        }
    }

    /// Returns whether « et » at `index` follows an elided word, perhaps with « en »
    /// or « y » between (« n'et », « s'et », « n'en et rien »), because
    /// « et » never takes an elision.
    func followsElision(_ words: [TaggedWord], _ index: Int) -> Bool {
        var position = index - 1
        if elidedPronouns.contains(words[position].form) { position -= 1 }
        guard let word = words.word(at: position) else { return false }
        return elided.contains(word.form)
    }

    /// Returns whether the word at `position` is a relative « qui » after no
    /// preposition (« la question, qui et actuelle »). A preposition there
    /// may start a coordination (« à qui et pour qui »).
    private func isRelativeSubject(_ words: [TaggedWord], _ position: Int) -> Bool {
        guard position > 0, words[position].features["PronType"] == "Rel" else { return false }
        return words[position - 1].partOfSpeech != .adp
    }

    /// Returns whether « et » at `index` comes between a noun and an adjective or
    /// participle that ends the clause, in a clause with no conjugated verb,
    /// participle or adjective before it (« le film et terminé. »), where
    /// only « est » gives the clause a verb.
    private func isVerblessAttribute(
        _ words: [TaggedWord], _ index: Int, _ sentence: SentenceContext
    ) -> Bool {
        let next = words[index + 1]
        guard next.partOfSpeech == .adj || next.features.verbForm == "Part",
            words.isBoundary(at: index + 2) || words[index + 2].partOfSpeech == .adp,
            index >= 2, words[index - 2].partOfSpeech == .det
        else { return false }
        // « un baiser, muet et profond », « ces discours et autres »: the
        // word before « et » must be a noun only, and the word after no
        // determiner or pronoun.
        let nounReadings = sentence.readings(of: words[index - 1])
        let nextReadings = sentence.readings(of: next)
        guard nounReadings.only(.noun),
            nextReadings.isDisjoint(with: [.determiner, .pronoun])
        else { return false }
        return !hasPredicate(words, before: index)
            && !nextReadings.isDisjoint(with: [.adjective, .pastParticiple])
    }

    /// Returns whether « et » at `index`, after a singular noun or a name, comes
    /// before a word that can only be a past participle, perhaps after
    /// adverbs (« ce canton et organisé autour de… »). The clause must have
    /// no verb, participle or adjective before that the participle could
    /// be coordinated with.
    private func isVerblessParticiple(
        _ words: [TaggedWord], _ index: Int, _ sentence: SentenceContext
    ) -> Bool {
        let previous = words[index - 1]
        guard previous.features.number != .plural else { return false }
        // A noun Lexique lacks (« la bivalirudine ») counts as a noun.
        let previousReadings = sentence.readings(of: previous)
        if previous.partOfSpeech == .noun, previousReadings.isKnown,
            !previousReadings.only(.noun)
        {
            return false
        }
        var position = index + 1
        while position < words.count - 1, words[position].partOfSpeech == .adv,
            sentence.readings(of: words[position]).only(.adverb)
        {
            position += 1
        }
        let next = words[position]
        guard next.features.verbForm == "Part" || next.partOfSpeech == .adj else { return false }
        let readings = sentence.readings(of: next)
        return readings.contains(.pastParticiple)
            && readings.only([.pastParticiple, .adjective])
            && !hasPredicate(words, before: index)
    }

    /// Returns whether « et » at `index`, after a name or a closing bracket, comes
    /// before a singular determiner, a noun and its complement in a
    /// statement (« Huntsville et une ville du Tennessee. »). When the
    /// statement has no conjugated verb outside its relative and
    /// subordinate clauses, only « est » gives it one. A bare pair of
    /// nouns (« Paris et la province. ») may be a title, so it is left
    /// alone.
    private func opensDefinition(
        _ words: [TaggedWord], _ index: Int, _ sentence: SentenceContext
    ) -> Bool {
        // « X et également un groupe »: adverbs may come first.
        var start = index + 1
        while start < words.count - 1, words[start].partOfSpeech == .adv,
            sentence.readings(of: words[start]).only(.adverb)
        {
            start += 1
        }
        let next = words[start]
        guard next.partOfSpeech == .det, next.features.number != .plural,
            words.last?.form == ".", words.first?.partOfSpeech != .adp
        else { return false }
        // « la plus haute autorité »: a superlative's adverb counts with
        // the adjectives.
        var position = start + 1
        while position < words.count,
            words[position].partOfSpeech == .adj || words[position].partOfSpeech == .adv
        {
            position += 1
        }
        guard words.word(at: position)?.partOfSpeech == .noun,
            !words.isBoundary(at: position + 1)
        else { return false }
        let before = words[..<index]
        if before.contains(where: { $0.partOfSpeech == .cconj || $0.isFiniteVerb }) {
            return false
        }
        for word in words[(index + 1)...] {
            if word.partOfSpeech == .sconj || word.features["PronType"] == "Rel" { break }
            if word.isFiniteVerb { return false }
        }
        return true
    }

    /// Returns whether « et » at `index` ends a subject that opens a
    /// statement with no conjugated verb, before « un » or « une » and a
    /// noun (« le dacorène et un sympathicomimétique. »). A title pairs like
    /// nouns (« le roi et la reine »), while an indefinite article after a
    /// definite subject reads as a definition. An adjective before and after « et » is
    /// left alone as a pair of adjectives.
    private func opensIndefiniteDefinition(
        _ words: [TaggedWord], _ index: Int, _ sentence: SentenceContext
    ) -> Bool {
        let next = words[index + 1]
        guard next.partOfSpeech == .det, next.features["Definite"] == "Ind",
            next.features.number == .singular,
            let first = words.first, first.partOfSpeech == .det,
            first.features["Definite"] == "Def",
            words.last?.form == "."
        else { return false }
        var position = index + 2
        while position < words.count, words[position].partOfSpeech == .adj { position += 1 }
        guard words.word(at: position)?.partOfSpeech == .noun else { return false }
        // The subject is one phrase: determiner, nouns, adjectives and « de »
        // complements only.
        for word in words[..<index] {
            switch word.partOfSpeech {
            case .det, .noun, .adj, .propn, .adp, .num: continue
            default: return false
            }
        }
        return !words.contains { $0.isFiniteVerb }
    }

    /// Returns whether a conjugated verb, a participle or an adjective comes before
    /// `index` in its clause, which ends at punctuation, a conjunction or a
    /// relative pronoun. A participle or an adjective there may be the
    /// first of two coordinated ones (« né à Paris et décédé à Toulouse »).
    private func hasPredicate(_ words: [TaggedWord], before index: Int) -> Bool {
        var position = index - 1
        while position >= 0 {
            let word = words[position]
            switch word.partOfSpeech {
            case .punct, .cconj, .sconj: return false
            case .verb, .aux:
                if word.features.isFinite || word.features.verbForm == "Part" { return true }
            case .adj: return true
            case .pron: if word.features["PronType"] == "Rel" { return false }
            default: break
            }
            position -= 1
        }
        return false
    }
}
