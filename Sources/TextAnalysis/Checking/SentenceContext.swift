import Lexicon
import Tagging
import WritingModel

/// One sentence of an analysed text as checking rules see it: its tokens,
/// its tagged words and the shared resources.
public struct SentenceContext: Sendable {
    /// The whole text's analysis.
    public let analysis: AnalysisContext
    /// Index of the sentence in `analysis.document.sentences`.
    public let sentenceIndex: Int
    /// Results that rules derive from the sentence and share, such as the
    /// subject–verb links.
    let memo = SentenceMemo()

    /// Creates the context of sentence `sentenceIndex` of `analysis`.
    public init(analysis: AnalysisContext, sentenceIndex: Int) {
        self.analysis = analysis
        self.sentenceIndex = sentenceIndex
    }

    /// The sentence.
    public var sentence: Sentence { analysis.document.sentences[sentenceIndex] }

    /// Tokens of the sentence, indexed as in `analysis.document.tokens`.
    public var tokens: ArraySlice<Token> { analysis.document.tokens[sentence.tokenRange] }

    /// Syntactic words of the sentence with the tagger's reading, in text
    /// order; a contraction (« du ») gives two words on one token.
    public var words: [TaggedWord] { analysis.taggedSentences[sentenceIndex] }

    /// Whether this is the first sentence of its paragraph.
    public var opensParagraph: Bool {
        sentenceIndex == 0
            || analysis.document.sentences[sentenceIndex - 1].paragraphIndex
                != sentence.paragraphIndex
    }

    /// Lexique 3.83.
    public var lexique: Lexique { analysis.resources.lexique }

    /// The Lexique reading the tagger selected for token `index`, or nil
    /// for non-words and words Lexique does not list.
    public func annotation(ofToken index: Int) -> WordAnnotation? {
        analysis.annotations[index]
    }

    /// Whether Hunspell accepts the word; rules leave unknown words to the
    /// spelling check so that one slip gives one finding.
    public func isKnownWord(_ token: Token) -> Bool {
        analysis.resources.spellChecker.isCorrect(token.text)
            || analysis.resources.spellChecker.isCorrect(token.text.lowercased())
    }

    /// The original text of `span`, exactly as typed.
    public func original(_ span: TextSpan) -> String {
        analysis.document.original(span)
    }

    /// The original UTF-16 code unit at `offset`, or nil outside the text.
    public func unit(at offset: Int) -> UInt16? {
        let units = analysis.document.view.original
        return units.indices.contains(offset) ? units[offset] : nil
    }

    /// A finding of `rule` on `span`, filed under the orthographe criterion.
    public func finding(
        _ rule: some CheckingRule, span: TextSpan, message: String, shortMessage: String,
        replacements: [String] = [], confidence: Double, severity: Severity = .error
    ) -> Finding {
        Finding(
            ruleID: rule.id, category: rule.category, criterion: .orthographe, span: span,
            message: message, shortMessage: shortMessage, replacements: replacements,
            confidence: confidence, severity: severity)
    }
}
