import WritingModel

/// French readability formulas, reported as information: a higher score is
/// an easier text, not a better one, so the scores carry no level.
///
/// - Kandel–Moles (L. Kandel and A. Moles, 1958), Flesch's reading ease
///   refitted for French: 207 − 1.015 × words per sentence − 0.736 ×
///   syllables per 100 words.
///   Roughly 0 (very hard) to 100 (very easy); can leave that range.
/// - LIX (Björnsson 1968, *Läsbarhet*): words per sentence + 100 × the
///   share of words longer than six letters. Under 30 very easy, over 60
///   very hard.
///
/// A word is a written word: an elided clitic and the word it leans on
/// count once (« l'école »), and so do a verb and its hyphenated pronoun
/// (« dit-il »). Numbers are not words. Syllables come from Lexique where
/// it lists the word and from `FrenchSyllableRules` otherwise, and for
/// elided clitics, whose vowel is not pronounced.
public struct ReadabilityScores: Sendable, Hashable {
    /// Written words.
    public var words: Int
    /// Sentences that contain a word.
    public var sentences: Int
    /// Spoken syllables of all words.
    public var syllables: Int
    /// Words of more than six letters.
    public var longWords: Int

    /// Creates scores from counts.
    public init(words: Int, sentences: Int, syllables: Int, longWords: Int) {
        self.words = words
        self.sentences = sentences
        self.syllables = syllables
        self.longWords = longWords
    }

    /// Counts the words, syllables and long words of `context`'s text.
    /// - Complexity: O(n) in the number of tokens.
    public init(context: AnalysisContext) {
        var words = 0
        var syllables = 0
        var longWords = 0
        var letters = 0
        var sentences = 0
        let tokens = context.document.tokens
        for sentence in context.document.sentences {
            var hasWord = false
            for index in sentence.tokenRange where tokens[index].isWord {
                let token = tokens[index]
                hasWord = true
                syllables += Self.syllables(of: token, context.annotations[index])
                letters += token.text.unicodeScalars.reduce(0) {
                    $0 + ($1.properties.isAlphabetic ? 1 : 0)
                }
                // The written word ends after this token unless it is an
                // elided clitic or a hyphenated pronoun follows.
                let next = index + 1 < sentence.tokenRange.upperBound ? tokens[index + 1] : nil
                let continues =
                    token.isElided || (next?.isWord == true && next!.text.hasPrefix("-"))
                if !continues {
                    words += 1
                    if letters > 6 { longWords += 1 }
                    letters = 0
                }
            }
            if hasWord { sentences += 1 }
        }
        self.init(words: words, sentences: sentences, syllables: syllables, longWords: longWords)
    }

    private static func syllables(of token: Token, _ annotation: WordAnnotation?) -> Int {
        // An elided clitic lost its vowel (« d'une » is one syllable), but
        // Lexique counts « d' » as « de »: count its spelling instead.
        if token.isElided {
            return FrenchSyllableRules.syllables(in: token.text)
        }
        if let annotation, annotation.isKnown {
            return annotation.syllables
        }
        return FrenchSyllableRules.syllables(in: token.text)
    }

    /// Mean words per sentence; nil without a sentence.
    public var wordsPerSentence: Double? {
        sentences > 0 ? Double(words) / Double(sentences) : nil
    }

    /// Mean syllables per word; nil without a word.
    public var syllablesPerWord: Double? {
        words > 0 ? Double(syllables) / Double(words) : nil
    }

    /// Share of words longer than six letters; nil without a word.
    public var longWordShare: Double? {
        words > 0 ? Double(longWords) / Double(words) : nil
    }

    /// Kandel–Moles reading ease; nil without a sentence.
    public var kandelMoles: Double? {
        guard let wordsPerSentence, let syllablesPerWord else { return nil }
        return 207 - 1.015 * wordsPerSentence - 0.736 * syllablesPerWord * 100
    }

    /// LIX readability index; nil without a sentence.
    public var lix: Double? {
        guard let wordsPerSentence, let longWordShare else { return nil }
        return wordsPerSentence + 100 * longWordShare
    }

    /// The measures under their stable keys.
    public var measures: [String: MeasureValue] {
        [
            "kandel_moles": .number(kandelMoles),
            "lix": .number(lix),
            "syllables_per_word": .number(syllablesPerWord),
            "long_word_share": .number(longWordShare),
        ]
    }
}
