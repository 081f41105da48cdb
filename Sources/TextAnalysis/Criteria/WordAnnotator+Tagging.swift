import Lexicon
import Tagging
import WritingModel

extension WordAnnotator {
    /// One annotation per token, with the Lexique analysis chosen by the
    /// tagger's reading in context where one fits: « la » is an article
    /// before a noun and a pronoun before a verb, « est » a verb or a noun.
    /// Names (PROPN) are not content words, so their repetition is no flaw.
    /// - Parameter tagged: the tagger's words, in any order; parts of
    ///   contractions are ignored (« du » keeps its Lexique analysis).
    /// - Complexity: O(n) in the number of tokens.
    public func annotate(_ tokens: [Token], tagged: [[TaggedWord]]) -> [WordAnnotation?] {
        var reading = [TaggedWord?](repeating: nil, count: tokens.count)
        for sentence in tagged {
            for word in sentence where !word.isContractionPart && word.tokenIndex < tokens.count {
                reading[word.tokenIndex] = word
            }
        }
        return tokens.indices.map { index in
            guard tokens[index].isWord else { return nil }
            let annotation = annotate(word: tokens[index].text)
            guard let word = reading[index] else { return annotation }
            return refine(annotation, form: tokens[index].text, with: word)
        }
    }

    private func refine(_ annotation: WordAnnotation, form: String, with word: TaggedWord)
        -> WordAnnotation
    {
        var result = annotation
        if word.partOfSpeech.isVerbal {
            result.hasFiniteReading = word.features["VerbForm"] == "Fin"
        } else {
            result.hasFiniteReading = false
        }
        if word.partOfSpeech == .propn {
            result.partOfSpeech = .unknown
            return result
        }
        let classes = Self.lexiqueClasses(of: word.partOfSpeech)
        let entries = lookupEntries(of: form).filter { classes.contains($0.partOfSpeech) }
        let chosen =
            entries.filter { $0.lemma == word.lemma }.max(by: { $0.formFrequency < $1.formFrequency })
            ?? entries.max(by: { $0.formFrequency < $1.formFrequency })
        guard let chosen else { return result }
        result.lemma = chosen.lemma
        result.partOfSpeech = chosen.partOfSpeech
        result.zipf = chosen.zipf
        result.syllables = chosen.syllables
        result.lemmaFrequency = chosen.lemmaFrequency
        return result
    }

    /// Lexique's classes that a universal part of speech may correspond to.
    static func lexiqueClasses(of partOfSpeech: UniversalPOS) -> Set<LexiquePartOfSpeech> {
        switch partOfSpeech {
        case .noun: [.noun]
        case .verb: [.verb]
        case .aux: [.auxiliary, .verb]
        case .adj: [.adjective, .numeralAdjective, .indefiniteAdjective]
        case .adv: [.adverb]
        case .det:
            [.definiteArticle, .indefiniteArticle, .possessiveAdjective, .demonstrativeAdjective,
                .interrogativeAdjective, .indefiniteAdjective, .numeralAdjective]
        case .pron:
            [.personalPronoun, .indefinitePronoun, .possessivePronoun, .relativePronoun,
                .interrogativePronoun, .demonstrativePronoun]
        case .adp: [.preposition]
        case .cconj, .sconj: [.conjunction]
        case .num: [.numeralAdjective]
        case .intj: [.interjection]
        default: []
        }
    }
}
