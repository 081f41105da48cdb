import WritingModel

/// One injected error with its correction, which a checker is scored
/// against.
public struct GoldError: Codable, Sendable, Hashable {
    /// Category of the error.
    public var category: ErrorCategory
    /// Kind of error within its category (`accent-dropped`, `a-à`,
    /// `noun-number`), for reading the results.
    public var subKind: String
    /// Half-open UTF-16 span of the wrong text in the corrupted sentence.
    public var span: TextSpan
    /// The wrong text, as it appears in the corrupted sentence at `span`.
    public var injected: String
    /// The text that belongs at `span`: the treebank's original.
    public var correct: String

    /// Creates a gold error.
    public init(
        category: ErrorCategory, subKind: String, span: TextSpan, injected: String,
        correct: String
    ) {
        self.category = category
        self.subKind = subKind
        self.span = span
        self.injected = injected
        self.correct = correct
    }
}

/// One sentence of an evaluation set: a clean treebank sentence, or a copy
/// of one with a single injected error.
public struct EvaluationSentence: Codable, Sendable, Hashable {
    /// `sent_id` of the treebank sentence, with `#category` appended for a
    /// corrupted copy.
    public var id: String
    /// The sentence text.
    public var text: String
    /// Words of the sentence: tokens that contain a letter or a digit.
    public var words: Int
    /// The injected error; nil in a clean sentence.
    public var error: GoldError?

    /// Creates a sentence.
    public init(id: String, text: String, words: Int, error: GoldError? = nil) {
        self.id = id
        self.text = text
        self.words = words
        self.error = error
    }
}
