/// The broad class of a token, decided by the tokenizer before any tagging.
public enum TokenKind: String, Sendable, Codable, Hashable {
    /// Letters, possibly with inner apostrophes or hyphens (« aujourd'hui »).
    case word
    /// Digits, with an optional decimal comma or point (« 3,5 », « 1er » is a word).
    case number
    /// Sentence or clause punctuation, quotes, brackets and dashes.
    case punctuation
    /// Anything else that is not white space: symbols, emoji, « % », « € ».
    case symbol
}

/// One token of a text, with its place in the original input.
///
/// `text` is a normalized copy (NFC, apostrophes folded to U+0027, soft
/// hyphens and control characters removed); `span` always points into the
/// untouched input, so findings can be shown where the student typed them.
public struct Token: Hashable, Sendable {
    /// Normalized text of the token.
    public var text: String
    /// Position in the original input, in UTF-16 code units.
    public var span: TextSpan
    /// Broad class of the token.
    public var kind: TokenKind
    /// Whether the token is an elided clitic that ends with an apostrophe
    /// (« l' », « qu' », « jusqu' »).
    public var isElided: Bool
    /// Whether white space or the end of the text follows the token.
    public var isFollowedBySpace: Bool

    /// Creates a token.
    public init(
        text: String, span: TextSpan, kind: TokenKind,
        isElided: Bool = false, isFollowedBySpace: Bool = true
    ) {
        self.text = text
        self.span = span
        self.kind = kind
        self.isElided = isElided
        self.isFollowedBySpace = isFollowedBySpace
    }

    /// Whether the token counts as a word for word counts and rates.
    public var isWord: Bool { kind == .word }
}
