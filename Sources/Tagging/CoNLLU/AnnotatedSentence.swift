/// One syntactic word of an annotated sentence.
public struct AnnotatedWord: Hashable, Sendable {
    /// Word form (`de` and `le` for the token « du »).
    public var form: String
    /// Lemma (`le` for « la », `être` for « est »).
    public var lemma: String
    /// Universal part of speech.
    public var partOfSpeech: UniversalPOS
    /// Morphological features.
    public var features: MorphFeatures

    /// Creates a word.
    public init(
        form: String, lemma: String, partOfSpeech: UniversalPOS, features: MorphFeatures
    ) {
        self.form = form
        self.lemma = lemma
        self.partOfSpeech = partOfSpeech
        self.features = features
    }
}

/// One token as written in the text: a word, or a contraction that stands
/// for several syntactic words (« du » = « de » + « le »).
public struct SurfaceToken: Hashable, Sendable {
    /// Token text.
    public var form: String
    /// Indices of its words in the sentence's word array.
    public var words: Range<Int>
    /// Whether a space follows the token in the original text.
    public var isFollowedBySpace: Bool

    /// Creates a token.
    public init(form: String, words: Range<Int>, isFollowedBySpace: Bool = true) {
        self.form = form
        self.words = words
        self.isFollowedBySpace = isFollowedBySpace
    }

    /// Whether the token stands for more than one syntactic word.
    public var isMultiword: Bool { words.count > 1 }
}

/// A sentence read from a CoNLL-U file.
public struct AnnotatedSentence: Hashable, Sendable {
    /// The `# sent_id` comment, when present.
    public var identifier: String?
    /// Tokens in text order.
    public var tokens: [SurfaceToken]
    /// Syntactic words in text order.
    public var words: [AnnotatedWord]

    /// Creates a sentence.
    public init(identifier: String? = nil, tokens: [SurfaceToken], words: [AnnotatedWord]) {
        self.identifier = identifier
        self.tokens = tokens
        self.words = words
    }

    /// The sentence text rebuilt from tokens and their spacing.
    public var text: String {
        var result = ""
        for (index, token) in tokens.enumerated() {
            result += token.form
            if token.isFollowedBySpace && index < tokens.count - 1 { result += " " }
        }
        return result
    }
}
