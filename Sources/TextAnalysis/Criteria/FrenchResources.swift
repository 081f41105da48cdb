import Lexicon
import WritingModel

/// Everything the text criteria read: Lexique, Hunspell, the French lists
/// and the level table. Loaded once and shared between threads.
public final class FrenchResources: Sendable {
    /// Resource folder the data came from.
    public let directory: ResourceDirectory
    /// Lexique 3.83.
    public let lexique: Lexique
    /// Hunspell with the French dictionary.
    public let spellChecker: SpellChecker
    /// Tokenizer and sentence segmenter.
    public let pipeline: TextPipeline
    /// Logical connectives by function.
    public let connectives: ConnectiveLexicon
    /// Cut points for levels.
    public let levels: LevelScale
    /// Per-word Lexique annotations.
    public let annotator: WordAnnotator
    /// Orders spelling suggestions.
    public let suggestionRanker: SuggestionRanker

    /// Loads all resources from `directory` and the Hunspell dictionary at
    /// `dictionaryPath` (without extension).
    /// - Throws: `LexiconError` naming the missing or malformed file.
    public init(
        directory: ResourceDirectory, dictionaryPath: String = SpellChecker.defaultDictionary
    ) throws {
        self.directory = directory
        lexique = try Lexique(resources: directory)
        spellChecker = try SpellChecker(dictionaryPath: dictionaryPath)
        let rules = try FrenchTokenizerRules(resources: directory, lexique: lexique)
        pipeline = try TextPipeline(rules: rules)
        connectives = try ConnectiveLexicon(
            list: WordList(ConnectiveLexicon.relativePath, in: directory), pipeline: pipeline)
        levels = try LevelScale(list: WordList(LevelScale.relativePath, in: directory))
        annotator = WordAnnotator(lexique: lexique)
        suggestionRanker = SuggestionRanker(lexique: lexique)
    }
}

/// The text under analysis with everything criteria share about it.
public struct AnalysisContext: Sendable {
    /// The segmented text.
    public let document: Document
    /// Lexique annotations, one per token (nil for non-words).
    public let annotations: [WordAnnotation?]
    /// The assignment text, when the caller gave one.
    public let prompt: Document?
    /// Lexique annotations of the prompt's tokens.
    public let promptAnnotations: [WordAnnotation?]
    /// Shared resources.
    public let resources: FrenchResources

    /// Builds the context of `document`, annotating its words.
    public init(document: Document, prompt: Document?, resources: FrenchResources) {
        self.document = document
        self.prompt = prompt
        self.resources = resources
        annotations = resources.annotator.annotate(document.tokens)
        promptAnnotations = prompt.map { resources.annotator.annotate($0.tokens) } ?? []
    }

    /// Indices of the word tokens.
    public var wordIndices: [Int] {
        document.tokens.indices.filter { document.tokens[$0].isWord }
    }
}
