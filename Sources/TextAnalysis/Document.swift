import UnicodeSupport
import WritingModel

/// A text split into tokens, sentences and paragraphs.
public struct Document: Sendable {
    /// The text as the caller supplied it.
    public let text: String
    /// Its UTF-16 code units and segmentation copy.
    public let view: SegmentationView
    /// Tokens in text order; white space is not a token.
    public let tokens: [Token]
    /// Sentences in text order.
    public let sentences: [Sentence]
    /// Non-blank lines in text order.
    public let paragraphs: [Paragraph]

    /// Creates a document from its parts.
    public init(
        text: String, view: SegmentationView, tokens: [Token],
        sentences: [Sentence], paragraphs: [Paragraph]
    ) {
        self.text = text
        self.view = view
        self.tokens = tokens
        self.sentences = sentences
        self.paragraphs = paragraphs
    }

    /// The tokens of `sentence`.
    public func tokens(of sentence: Sentence) -> ArraySlice<Token> {
        tokens[sentence.tokenRange]
    }

    /// Number of word tokens.
    public var wordCount: Int {
        tokens.reduce(0) { $0 + ($1.isWord ? 1 : 0) }
    }

    /// The original text of `span`, exactly as typed.
    public func original(_ span: TextSpan) -> String {
        String(decoding: view.original[span.start..<span.end], as: UTF16.self)
    }

    /// Counts of the document for reports.
    public var statistics: TextStatistics {
        TextStatistics(
            characters: view.count, words: wordCount, sentences: sentences.count,
            paragraphs: paragraphs.count)
    }
}

/// Tokenizer and sentence segmenter together. Safe to share between threads.
public final class TextPipeline: Sendable {
    /// The French word lists in use.
    public let rules: FrenchTokenizerRules
    private let tokenizer: FrenchTokenizer
    private let segmenter: FrenchSentenceSegmenter

    /// Creates a pipeline with `rules`.
    public init(rules: FrenchTokenizerRules) throws {
        self.rules = rules
        tokenizer = try FrenchTokenizer(rules: rules)
        segmenter = try FrenchSentenceSegmenter(rules: rules)
    }

    /// Tokenizes and segments `text`.
    /// - Complexity: O(n) in the length of `text`.
    public func document(for text: String) throws -> Document {
        let view = SegmentationView(text)
        let tokens = try tokenizer.tokenize(view)
        let (sentences, paragraphs) = try segmenter.segment(tokens, in: view)
        return Document(
            text: text, view: view, tokens: tokens, sentences: sentences, paragraphs: paragraphs)
    }

    /// Tokenizes `text` without sentence segmentation.
    public func tokens(of text: String) throws -> [Token] {
        try tokenizer.tokenize(text)
    }
}
