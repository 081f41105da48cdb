/// Everything a trained tagger needs at run time: token classes, feature
/// bundles, lemmas, the word lexicon with its analyses, contraction
/// expansions, suffix guesses and the two classifiers' weights.
///
/// Immutable once built, so one model is shared by every thread.
public final class TaggerModel: Sendable {
    /// Token classes: the 17 UPOS tags, then contraction classes such as
    /// ADP+DET (« du », « aux »).
    let classes: [[UniversalPOS]]
    /// Feature bundles; index 0 is the empty bundle.
    let bundles: [MorphFeatures]
    /// Lemma strings.
    let lemmas: [String]
    /// Lemma rules for guessed lemmas.
    let lemmaRules: [LemmaRule]
    /// Folded word forms from the treebanks and Lexique.
    let forms: FormIndex
    /// Per form: bit `i` is set when Lexique lists the form with the part of
    /// speech `LexiquePartOfSpeech.allCases[i]`.
    let lexiqueClasses: [UInt32]
    /// Per form: start of its analyses in `analyses`, plus the end.
    let analysisStarts: [Int32]
    /// Analyses of every form, treebank analyses first, then by weight.
    let analyses: [LexicalAnalysis]
    let expansions: [Expansion]
    let expansionIndex: KeyIndex
    let suffixKeys: [UInt64]
    let suffixGuesses: [SuffixGuess]
    let suffixIndex: KeyIndex
    /// Hashes of final letters (three or four) of Lexique forms, and the
    /// Lexique parts of speech common among forms ending so, for words
    /// Lexique lacks (misspellings, neologisms).
    let endingKeys: [UInt64]
    let endingMasks: [UInt32]
    let endingIndex: KeyIndex
    /// Forms the treebanks only show as contractions.
    let contractedForms: Set<Int32>
    let tokenWeights: SparseRowTable
    /// Morphology weights per context: rows over bundle ids.
    let bundleWeights: SparseRowTable
    /// Morphology weights per agreement context: rows over the feature ids
    /// of `MorphScorer`.
    let featureWeights: SparseRowTable
    /// How the model was trained (data files, seed, epochs), as key-value pairs.
    public let trainingNotes: [String: String]

    init(
        classes: [[UniversalPOS]], bundles: [MorphFeatures], lemmas: [String],
        lemmaRules: [LemmaRule], forms: FormIndex, lexiqueClasses: [UInt32],
        analysisStarts: [Int32], analyses: [LexicalAnalysis], expansions: [Expansion],
        suffixKeys: [UInt64], suffixGuesses: [SuffixGuess], endingKeys: [UInt64],
        endingMasks: [UInt32], tokenWeights: SparseRowTable,
        bundleWeights: SparseRowTable, featureWeights: SparseRowTable,
        trainingNotes: [String: String]
    ) {
        self.classes = classes
        self.bundles = bundles
        self.lemmas = lemmas
        self.lemmaRules = lemmaRules
        self.forms = forms
        self.lexiqueClasses = lexiqueClasses
        self.analysisStarts = analysisStarts
        self.analyses = analyses
        self.expansions = expansions
        expansionIndex = KeyIndex(
            keys: expansions.map { Expansion.key(form: $0.form, tokenClass: $0.tokenClass) })
        self.suffixKeys = suffixKeys
        self.suffixGuesses = suffixGuesses
        suffixIndex = KeyIndex(keys: suffixKeys)
        self.endingKeys = endingKeys
        self.endingMasks = endingMasks
        endingIndex = KeyIndex(keys: endingKeys)
        // Forms with an expansion and no single-word treebank analysis.
        var contracted = Set<Int32>()
        for expansion in expansions {
            let listed = analyses[
                Int(
                    analysisStarts[Int(expansion.form)])..<Int(
                        analysisStarts[Int(expansion.form) + 1])]
            if !listed.contains(where: \.isFromTreebank) { contracted.insert(expansion.form) }
        }
        contractedForms = contracted
        self.tokenWeights = tokenWeights
        self.bundleWeights = bundleWeights
        self.featureWeights = featureWeights
        self.trainingNotes = trainingNotes
    }

    /// Number of token classes.
    var classCount: Int { classes.count }

    /// The analyses of form `id`.
    @inline(__always)
    func analyses(ofForm id: Int32) -> ArraySlice<LexicalAnalysis> {
        analyses[Int(analysisStarts[Int(id)])..<Int(analysisStarts[Int(id) + 1])]
    }

    /// The expansion of a contraction tagged with `tokenClass`, or nil.
    func expansion(form: Int32, tokenClass: UInt8) -> Expansion? {
        expansionIndex.position(of: Expansion.key(form: form, tokenClass: tokenClass)).map {
            expansions[$0]
        }
    }

    /// The suffix guess for the longest known suffix of `folded`, or nil.
    func suffixGuess(
        _ partOfSpeech: UniversalPOS, folded: UnsafeBufferPointer<UInt8>
    ) -> SuffixGuess? {
        for length in stride(from: min(SuffixGuess.maxLength, folded.count), through: 0, by: -1) {
            let suffix = UnsafeBufferPointer(rebasing: folded[(folded.count - length)...])
            let key = SuffixGuess.key(partOfSpeech, suffixHash: CaseFolding.hash(folding: suffix))
            if let position = suffixIndex.position(of: key) { return suffixGuesses[position] }
        }
        return nil
    }
}

extension TaggerModel {
    /// Bit set in a guessed Lexique mask, so features tell guesses from
    /// listed analyses.
    static let guessedMaskBit: UInt32 = 1 << 31

    /// The parts of speech Lexique gives forms with the same last four, or
    /// else three, letters as `type`, marked with `guessedMaskBit`, or 0.
    func guessedLexiqueMask(_ type: WordType) -> UInt32 {
        for suffix in [type.suffixes.3, type.suffixes.2] {
            if let position = endingIndex.position(of: suffix) {
                return endingMasks[position] | Self.guessedMaskBit
            }
        }
        return 0
    }
}

extension SuffixGuess {
    /// Maximum suffix length, in UTF-8 bytes, that the guesser reads.
    static let maxLength = 6
}
