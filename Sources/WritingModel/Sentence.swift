/// A sentence: a span of the text and the tokens it contains.
public struct Sentence: Hashable, Sendable {
    /// Position in the original input, from the first to the last token.
    public var span: TextSpan
    /// Indices of its tokens in the document's token array.
    public var tokenRange: Range<Int>
    /// Index of the paragraph that contains the sentence.
    public var paragraphIndex: Int

    /// Creates a sentence.
    public init(span: TextSpan, tokenRange: Range<Int>, paragraphIndex: Int) {
        self.span = span
        self.tokenRange = tokenRange
        self.paragraphIndex = paragraphIndex
    }
}

/// A paragraph: text between line breaks, as the writer laid it out.
public struct Paragraph: Hashable, Sendable {
    /// Position in the original input, without the surrounding line breaks.
    public var span: TextSpan
    /// Indices of its sentences in the document's sentence array.
    public var sentenceRange: Range<Int>

    /// Creates a paragraph.
    public init(span: TextSpan, sentenceRange: Range<Int>) {
        self.span = span
        self.sentenceRange = sentenceRange
    }
}
