import Dispatch
import Foundation
import Lexicon
import Tagging
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
    /// Ranked spelling suggestions; its indexes build in the background
    /// after start-up.
    public let spellingSuggester: LazyResource<SpellingSuggester>
    /// Grammar words that announce the class of the next word, for ranking
    /// spelling suggestions by context.
    public let contextCues: ContextCueTable
    /// Frequent English words the spelling check accepts in French texts
    /// (`fr/spelling/foreign-words.txt`).
    public let foreignWords: Set<String>
    /// Prefixes that traditional spelling joins with a hyphen (« co- »,
    /// « intra- »), from `fr/spelling/compound-prefixes.txt`.
    public let compoundPrefixes: Set<String>
    /// Lower-case names of languages, after which a word is quoted from
    /// that language (`fr/spelling/language-names.txt`).
    public let languageNames: Set<String>
    /// Letter sequences French spelling does not use in its own words
    /// (`fr/spelling/foreign-letter-sequences.txt`). A final « $ » anchors
    /// a sequence at the end of the word.
    public let foreignLetterSequences: [String]
    /// Part-of-speech tagger, lemmatizer and morphology (`lexicons/tagger/`).
    public let tagger: FrenchTagger
    /// Lemmas of the passive auxiliaries (`fr/passive-auxiliaries.txt`).
    public let passiveAuxiliaries: Set<String>
    /// Everyday-language and familiar words.
    public let everydayWords: EverydayWordLexicon
    /// Grammar, homophone and typography rules.
    public let checkingRules: CheckingRuleSet
    /// The MyThes thesaurus, loaded on first use.
    public let thesaurus: LazyResource<Thesaurus>
    /// Document frequencies for IDF weights, loaded on first use.
    public let documentFrequencyTable: LazyResource<DocumentFrequencyTable>

    /// Loads all resources from `directory` and the Hunspell dictionary at
    /// `dictionaryPath` (without extension).
    ///
    /// The spelling indexes, the thesaurus, the document frequencies and
    /// the agreement rules' inflection index load on a background thread
    /// once the rest is ready, so they do not lengthen start-up. The first
    /// analysis that needs them waits for them.
    /// - Parameters:
    ///   - thesaurusPath: MyThes thesaurus without `.idx`/`.dat`.
    ///   - levelsURL: Level table to use instead of `lexicons/fr/levels.tsv`.
    /// - Throws: `LexiconError` naming the missing or malformed file, or
    ///   `TaggingError` when the tagger model is missing or unreadable.
    public init(
        directory: ResourceDirectory, dictionaryPath: String = SpellChecker.defaultDictionary,
        thesaurusPath: String = Thesaurus.defaultPath, levelsURL: URL? = nil
    ) throws {
        self.directory = directory
        try Self.checkFilesExist(thesaurusPath: thesaurusPath, levelsURL: levelsURL)
        // Hunspell loads on another thread while Lexique is parsed: together
        // they are most of the start-up time.
        let loader = SpellCheckerLoader(dictionaryPath: dictionaryPath)
        let taggerLoader = BackgroundLoader { try FrenchTagger(resources: directory) }
        lexique = try Lexique(resources: directory)
        spellChecker = try loader.wait()
        let rules = try FrenchTokenizerRules(resources: directory, lexique: lexique)
        pipeline = try TextPipeline(rules: rules)
        connectives = try ConnectiveLexicon(
            list: WordList(ConnectiveLexicon.relativePath, in: directory), pipeline: pipeline)
        levels = try LevelScale(
            list: WordList(contentsOf: levelsURL ?? directory.lexicon(LevelScale.relativePath)))
        annotator = WordAnnotator(lexique: lexique)
        let transcriber = try PhoneticTranscriber(resources: directory)
        let keyboard = try KeyboardLayout(resources: directory)
        let soundAlike = try KeyboardLayout.soundAlikeLetters(resources: directory)
        let loadedLexique = lexique
        let loadedChecker = spellChecker
        spellingSuggester = LazyResource {
            SpellingSuggester(
                lexique: loadedLexique, spellChecker: loadedChecker, transcriber: transcriber,
                keyboard: keyboard, soundAlikeLetters: soundAlike)
        }
        contextCues = try ContextCueTable(resources: directory)
        foreignWords = Set(try WordList("fr/spelling/foreign-words.txt", in: directory).entries)
        compoundPrefixes = Set(
            try WordList("fr/spelling/compound-prefixes.txt", in: directory).entries)
        languageNames = Set(try WordList("fr/spelling/language-names.txt", in: directory).entries)
        foreignLetterSequences = try WordList(
            "fr/spelling/foreign-letter-sequences.txt", in: directory
        ).entries
        tagger = try taggerLoader.wait()
        passiveAuxiliaries = Set(
            try WordList("fr/passive-auxiliaries.txt", in: directory).entries)
        everydayWords = try EverydayWordLexicon(
            list: WordList(EverydayWordLexicon.relativePath, in: directory), pipeline: pipeline,
            annotator: annotator)
        checkingRules = try CheckingRuleSet.standard(directory: directory)
        thesaurus = LazyResource { try Thesaurus(path: thesaurusPath) }
        documentFrequencyTable = LazyResource {
            try DocumentFrequencyTable(
                contentsOf: directory.lexicon(DocumentFrequencyTable.relativePath))
        }
        prefetchDeferredResources()
    }

    /// Checks that the thesaurus and the level table the caller named exist,
    /// so that a wrong path fails at start-up with a clear error rather
    /// than at first use.
    /// - Throws: `LexiconError.fileNotFound` naming the file and the fix.
    private static func checkFilesExist(thesaurusPath: String, levelsURL: URL?) throws {
        for path in [thesaurusPath + ".idx", thesaurusPath + ".dat"]
        where !FileManager.default.fileExists(atPath: path) {
            throw LexiconError.fileNotFound(
                path: path,
                hint: "install Debian's French thesaurus with `apt-get install mythes-fr` "
                    + "or pass --thesaurus PATH_WITHOUT_EXTENSION")
        }
        if let levelsURL, !FileManager.default.fileExists(atPath: levelsURL.path) {
            throw LexiconError.fileNotFound(
                path: levelsURL.path,
                hint: "pass an existing level table to --levels, such as one written by "
                    + "`plume calibrate CORPUS --out FILE`")
        }
    }

    /// Loads the deferred resources one after the other on a background
    /// queue, so they share one core with whatever runs next.
    private func prefetchDeferredResources() {
        let resources: [@Sendable () -> Void] = [
            { [spellingSuggester] in _ = try? spellingSuggester.value() },
            { [thesaurus] in _ = try? thesaurus.value() },
            { [documentFrequencyTable] in _ = try? documentFrequencyTable.value() },
            { [checkingRules, lexique] in checkingRules.prepare(lexique: lexique) },
        ]
        DispatchQueue.global(qos: .utility).async {
            for load in resources { load() }
        }
    }

    /// Loads every deferred resource now.
    /// - Throws: `LexiconError` naming a malformed thesaurus or table.
    public func loadDeferredResources() throws {
        _ = try spellingSuggester.value()
        _ = try thesaurus.value()
        _ = try documentFrequencyTable.value()
        checkingRules.prepare(lexique: lexique)
    }

    /// Returns synonyms for repeated words, or nil when the thesaurus failed to
    /// load (`loadDeferredResources()` reports why).
    public func synonymSuggester() -> SynonymSuggester? {
        guard let thesaurus = try? thesaurus.value() else { return nil }
        let familiar = Set(
            everydayWords.entries.filter { $0.register == .familiar && $0.lemmas.count == 1 }
                .map { $0.lemmas[0] })
        return SynonymSuggester(
            thesaurus: thesaurus, lexique: lexique, excludedLemmas: familiar)
    }

    /// Returns the document-frequency table, or nil when it failed to load
    /// (`loadDeferredResources()` reports why).
    public func documentFrequencies() -> DocumentFrequencyTable? {
        try? documentFrequencyTable.value()
    }
}

/// The text under analysis with everything criteria share about it.
public struct AnalysisContext: Sendable {
    /// The segmented text.
    public let document: Document
    /// Lexique annotations, one per token (nil for non-words), with the
    /// analysis the tagger's reading selects.
    public let annotations: [WordAnnotation?]
    /// The assignment text, when the caller gave one.
    public let prompt: Document?
    /// Lexique annotations of the prompt's tokens.
    public let promptAnnotations: [WordAnnotation?]
    /// Tagged syntactic words of each sentence, in `document.sentences` order.
    public let taggedSentences: [[TaggedWord]]
    /// Shared resources.
    public let resources: FrenchResources

    /// Builds the context of `document`, annotating its words.
    public init(document: Document, prompt: Document?, resources: FrenchResources) {
        self.document = document
        self.prompt = prompt
        self.resources = resources
        let tagged = resources.tagger.tag(
            document.tokens, sentences: document.sentences.map(\.tokenRange))
        taggedSentences = tagged
        annotations = resources.annotator.annotate(document.tokens, tagged: tagged)
        promptAnnotations =
            prompt.map { prompt in
                resources.annotator.annotate(
                    prompt.tokens,
                    tagged: resources.tagger.tag(
                        prompt.tokens, sentences: prompt.sentences.map(\.tokenRange)))
            } ?? []
    }

    /// Indices of the word tokens.
    public var wordIndices: [Int] {
        document.tokens.indices.filter { document.tokens[$0].isWord }
    }
}

/// Loads a `SpellChecker` on a background thread.
final class SpellCheckerLoader: @unchecked Sendable {
    // `outcome` is written once by the loading thread before `done` is
    // signalled, and read only after waiting on `done`.
    private var outcome: Result<SpellChecker, any Error>?
    private let done = DispatchSemaphore(value: 0)

    init(dictionaryPath: String) {
        DispatchQueue.global().async {
            self.outcome = Result { try SpellChecker(dictionaryPath: dictionaryPath) }
            self.done.signal()
        }
    }

    func wait() throws -> SpellChecker {
        done.wait()
        return try outcome!.get()
    }
}
