import WritingModel

/// One syntactic word as the tagger analysed it.
///
/// A contraction gives several words that share their token's index and
/// span: « du » gives « de » (ADP) and « le » (DET).
public struct TaggedWord: Hashable, Sendable {
    /// Word form: the token text, or one part of a contraction.
    public var form: String
    /// Lemma.
    public var lemma: String
    /// Universal part of speech.
    public var partOfSpeech: UniversalPOS
    /// Morphological features.
    public var features: MorphFeatures
    /// Index of the source token in the caller's token collection.
    public var tokenIndex: Int
    /// Span of the source token in the original text.
    public var span: TextSpan
    /// Whether the word is one part of a contraction.
    public var isContractionPart: Bool

    /// Creates a tagged word.
    public init(
        form: String, lemma: String, partOfSpeech: UniversalPOS, features: MorphFeatures,
        tokenIndex: Int, span: TextSpan, isContractionPart: Bool = false
    ) {
        self.form = form
        self.lemma = lemma
        self.partOfSpeech = partOfSpeech
        self.features = features
        self.tokenIndex = tokenIndex
        self.span = span
        self.isContractionPart = isContractionPart
    }
}
