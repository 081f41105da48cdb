import Foundation
import Lexicon
import WritingModel

extension UnknownWordCheck {
    /// Returns whether the evidence in and around an unknown word points to
    /// a name or a foreign word rather than to a misspelled French word, so
    /// that its finding is only a hint.
    ///
    /// Two kinds of evidence count first: a lower-case word in an English
    /// context (see `isInEnglishContext`), and a capitalized sentence
    /// opener before another capitalized word, which starts a name or a
    /// title (« Power Line »). Otherwise a best suggestion that differs by
    /// accents alone keeps the error, because « hopital » or « etait »
    /// shows French intent. Five more kinds of evidence count after it:
    /// - The word is in lower case and quoted from another language (see
    ///   `isQuotedFromAnotherLanguage`).
    /// - Lexique lists the word and it has at least five letters (« plaza »,
    ///   « kommando »): it is in use in French text even though the
    ///   dictionary lacks it. A shorter word is too often a misspelling that
    ///   happens to be a rare word (« je l'ave dis »).
    /// - The word opens the sentence with a capital, and its best suggestion
    ///   is mostly a noun or an adjective (« Bent » → « Vent »). A common
    ///   noun opening a sentence needs a determiner, so the word is more
    ///   likely a name.
    /// - The word is in lower case beside a name the dictionary does not
    ///   know (« Carl von Linné », « Pyrococcus abyssi », « C. opilio »):
    ///   name particles and the second word of Latin species names.
    /// - The word has a letter sequence French spelling does not use, which
    ///   its best suggestion lacks (« wave » → « cave »).
    ///
    /// The last two need a best suggestion at least
    /// `minimumDistanceOfLikelyName` away, because a slip can also stand
    /// beside a name (« au miniztre William Cecil ») or type a « w ».
    /// - Parameters:
    ///   - index: The word's token index in `context.document.tokens`.
    ///   - sentence: The sentence that contains the word.
    ///   - isSentenceStart: Whether the word is the sentence's first word.
    ///   - best: The best suggestion, if any.
    func isLikelyNameOrForeignWord(
        atToken index: Int, in sentence: Sentence, isSentenceStart: Bool,
        best: SuggestionRanker.Scored?, context: AnalysisContext
    ) -> Bool {
        let word = context.document.tokens[index].text
        let isLowercase = word.first?.isLowercase == true
        // « defensive end »: a word beside an English word keeps its own
        // spelling, accents included.
        if isLowercase, isInEnglishContext(atToken: index, in: sentence, context: context) {
            return true
        }
        // « Power Line. », « Extreme Makeover »: a capitalized opener
        // before another capitalized word starts a name or a title.
        if isSentenceStart, word.startsWithCapital,
            let next = wordPosition(from: index, offset: 1, in: sentence, context.document.tokens),
            context.document.tokens[next].text.startsWithCapital
        {
            return true
        }
        if let best, Self.differsByAccentsOnly(word, best.form) {
            return false
        }
        if isLowercase, isQuotedFromAnotherLanguage(atToken: index, in: sentence, context: context)
        {
            return true
        }
        if word.count >= 5, !context.resources.lexique.lookup(word).isEmpty {
            return true
        }
        if isSentenceStart, word.startsWithCapital {
            return best.map { isMainlyANounOrAdjective($0.form, context: context) } ?? false
        }
        guard word.first?.isLowercase == true,
            (best?.distance ?? .infinity) >= minimumDistanceOfLikelyName
        else { return false }
        return isBesideUnknownName(atToken: index, in: sentence, context: context)
            || hasForeignLetters(word, unlike: best?.form, context: context)
    }

    /// Returns whether an English word is beside the word at `index`
    /// (« defensive end »), or the word is in an English passage (see
    /// `isInEnglishPassage`). The English words are those of the list
    /// French texts quote that are not also French words.
    func isInEnglishContext(
        atToken index: Int, in sentence: Sentence, context: AnalysisContext
    ) -> Bool {
        let tokens = context.document.tokens
        for neighbour in [index - 1, index + 1] where sentence.tokenRange.contains(neighbour) {
            let token = tokens[neighbour]
            if token.isWord, token.text.first?.isLowercase == true,
                isEnglishWord(token.text, context: context)
            {
                return true
            }
        }
        return isInEnglishPassage(atToken: index, in: sentence, context: context)
    }

    /// Returns whether the sentence shows that the word at `index` is
    /// quoted from another language. A language name may be right before
    /// it or open the brackets that contain it (« du latin stella »,
    /// « (du grec dis, genos) »). Or a word beside it may be unknown to
    /// the dictionary and have a letter sequence French does not use
    /// (« thrash brutalo »). This evidence does not outweigh a suggestion
    /// that only restores accents (« il parle anglais tres bien »).
    func isQuotedFromAnotherLanguage(
        atToken index: Int, in sentence: Sentence, context: AnalysisContext
    ) -> Bool {
        isAfterLanguageName(atToken: index, in: sentence, context: context)
            || isBesideForeignWord(atToken: index, in: sentence, context: context)
    }

    /// Returns whether a language name is right before the word, or
    /// after the opening bracket of the brackets that hold the word.
    private func isAfterLanguageName(
        atToken index: Int, in sentence: Sentence, context: AnalysisContext
    ) -> Bool {
        let tokens = context.document.tokens
        let names = context.resources.languageNames
        func isLanguageName(_ position: Int) -> Bool {
            tokens[position].isWord && names.contains(tokens[position].text.lowercased())
        }
        if sentence.tokenRange.contains(index - 1), isLanguageName(index - 1) {
            return true
        }
        var position = index - 1
        while position >= sentence.tokenRange.lowerBound {
            let text = tokens[position].text
            if text == ")" { return false }
            if text == "(" {
                // « (du grec … » or « (latin … »: the name is one of the
                // first two words inside the brackets.
                let inside = (position + 1)..<min(position + 3, index)
                return inside.contains(where: isLanguageName)
            }
            position -= 1
        }
        return false
    }

    /// Returns whether the word token just before or after `index` is a
    /// lower-case word unknown to the dictionary with a letter sequence
    /// French does not use.
    private func isBesideForeignWord(
        atToken index: Int, in sentence: Sentence, context: AnalysisContext
    ) -> Bool {
        let tokens = context.document.tokens
        for neighbour in [index - 1, index + 1] where sentence.tokenRange.contains(neighbour) {
            let token = tokens[neighbour]
            guard token.isWord, token.text.first?.isLowercase == true else { continue }
            if !context.resources.spellChecker.isCorrect(token.text),
                hasForeignLetters(token.text.lowercased(), unlike: nil, context: context)
            {
                return true
            }
        }
        return false
    }

    /// Returns whether `word` is in the list of English words French texts
    /// quote and is not a French word too (« or », « but », « as » are).
    private func isEnglishWord(_ word: String, context: AnalysisContext) -> Bool {
        context.resources.foreignWords.contains(word.lowercased())
            && !context.resources.spellChecker.isCorrect(word)
    }

    /// Returns whether the word at `index` is in an English passage. The
    /// two words before it and the two after must include one of the
    /// English words French texts quote, and another such word or a
    /// lower-case word the dictionary rejects (« drops freelance
    /// Lebanese photographer over image »).
    private func isInEnglishPassage(
        atToken index: Int, in sentence: Sentence, context: AnalysisContext
    ) -> Bool {
        let tokens = context.document.tokens
        var englishWords = 0
        var unknownWords = 0
        for offset in [-2, -1, 1, 2] {
            guard let position = wordPosition(from: index, offset: offset, in: sentence, tokens)
            else { continue }
            let text = tokens[position].text
            if isEnglishWord(text, context: context) {
                englishWords += 1
            } else if text.first?.isLowercase == true,
                !context.resources.spellChecker.isCorrect(text)
            {
                unknownWords += 1
            }
        }
        return englishWords >= 1 && englishWords + unknownWords >= 2
    }

    /// Returns the token index of the word `offset` words away from the
    /// word at `index`, skipping punctuation, or nil past the sentence.
    private func wordPosition(
        from index: Int, offset: Int, in sentence: Sentence, _ tokens: [Token]
    ) -> Int? {
        var position = index
        var remaining = abs(offset)
        while remaining > 0 {
            position += offset > 0 ? 1 : -1
            guard sentence.tokenRange.contains(position) else { return nil }
            if tokens[position].isWord { remaining -= 1 }
        }
        return position
    }

    /// Returns whether `word` has a letter sequence French spelling does not
    /// use that `suggestion` lacks.
    private func hasForeignLetters(_ word: String, unlike suggestion: String?, context: AnalysisContext)
        -> Bool
    {
        let lowered = word.lowercased()
        let other = suggestion?.lowercased() ?? ""
        return context.resources.foreignLetterSequences.contains { sequence in
            guard sequence.hasSuffix("$") else {
                return lowered.contains(sequence) && !other.contains(sequence)
            }
            let ending = String(sequence.dropLast())
            return lowered.hasSuffix(ending) && !other.hasSuffix(ending)
        }
    }

    /// Returns whether two spellings are the same once case and accents
    /// are removed (« hopital », « Hôpital »).
    static func differsByAccentsOnly(_ word: String, _ other: String) -> Bool {
        let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]
        return word.compare(other, options: options) == .orderedSame
    }

    /// Returns whether Lexique's most frequent reading of `form` is a noun
    /// or an adjective (« bus » is more often a noun than a form of
    /// « boire »).
    private func isMainlyANounOrAdjective(_ form: String, context: AnalysisContext) -> Bool {
        let entries = context.resources.lexique.lookup(form)
        guard let main = entries.max(by: { $0.formFrequency < $1.formFrequency }) else {
            return false
        }
        return main.partOfSpeech == .noun || main.partOfSpeech == .adjective
    }

    /// Returns whether the word token just before or after `index` in the
    /// sentence is a capitalized word whose lower-case form the dictionary
    /// rejects (« Linné », « Pyrococcus »), or an initial (« C. »).
    private func isBesideUnknownName(
        atToken index: Int, in sentence: Sentence, context: AnalysisContext
    ) -> Bool {
        let tokens = context.document.tokens
        let checker = context.resources.spellChecker
        for neighbour in [index - 1, index + 1] where sentence.tokenRange.contains(neighbour) {
            let token = tokens[neighbour]
            guard token.isWord, token.text.startsWithCapital else { continue }
            if !checker.isCorrect(token.text.lowercased()) {
                return true
            }
        }
        // An initial is a capital letter and a period: « C. opilio ».
        let initial = index - 2
        return sentence.tokenRange.contains(initial) && tokens[index - 1].text == "."
            && tokens[initial].isWord && tokens[initial].text.count == 1
            && tokens[initial].text.startsWithCapital
    }
}
