import Foundation
import Lexicon

/// Settings of a training run.
public struct TaggerTrainingOptions: Sendable {
    /// Passes over the data for the token classifier.
    public var tokenEpochs: Int
    /// Passes over the data for the morphology classifier.
    public var morphEpochs: Int
    /// Seed of the sentence shuffling.
    public var seed: UInt64
    /// Averaged weights with a smaller magnitude are dropped from the model.
    public var pruningThreshold: Float

    /// Creates options; the defaults are the ones the shipped model uses.
    public init(
        tokenEpochs: Int = 12, morphEpochs: Int = 10, seed: UInt64 = 20_240_601,
        pruningThreshold: Float = 0.002
    ) {
        self.tokenEpochs = tokenEpochs
        self.morphEpochs = morphEpochs
        self.seed = seed
        self.pruningThreshold = pruningThreshold
    }
}

/// Trains a tagger from CoNLL-U sentences and Lexique: an averaged
/// perceptron for token classes (UPOS, or a contraction class such as
/// ADP+DET), then one for feature bundles; lemmas come from the lexicons
/// and suffix rules.
public struct TaggerTrainer {
    let lexique: Lexique
    let options: TaggerTrainingOptions

    /// Creates a trainer.
    public init(lexique: Lexique, options: TaggerTrainingOptions = TaggerTrainingOptions()) {
        self.lexique = lexique
        self.options = options
    }

    /// Trains a model on `sentences`; `progress` receives one line per epoch.
    ///
    /// `tagOnlySentences` train the token classifier (parts of speech and
    /// contraction splits) but not features or lemmas: a treebank whose
    /// feature conventions differ from the main one still helps tagging.
    /// - Throws: `TaggingError.emptyTrainingData` when there is no word.
    /// - Complexity: O(epochs × words).
    public func train(
        on sentences: [AnnotatedSentence], tagOnlySentences: [AnnotatedSentence] = [],
        notes: [String: String] = [:], progress: (String) -> Void = { _ in }
    ) throws -> TaggerModel {
        guard sentences.contains(where: { !$0.words.isEmpty }) else {
            throw TaggingError.emptyTrainingData
        }
        let tables = ModelTables()
        tables.addTreebank(sentences)
        tables.addContractionsOnly(tagOnlySentences)
        tables.addLexique(lexique)
        let base = buildBaseModel(tables, notes: notes)
        let examples = sentences.map { TrainingSentence($0, model: base, tables: tables) }
        let tagExamples = tagOnlySentences.map { TrainingSentence($0, model: base, tables: tables) }
        let tokenWeights = trainTokens(examples + tagExamples, model: base, progress: progress)
        var state = MorphTrainingState()
        trainMorphology(examples, model: base, tables: tables, state: &state, progress: progress)
        var tokenRows = SparseRowTable()
        for (key, entries) in tokenWeights.averaged(threshold: options.pruningThreshold) {
            tokenRows.append(key: key, entries: entries.map { (UInt16($0.0), $0.1) })
        }
        tokenRows.rebuildSlots()
        let (bundleRows, featureRows) = state.rows(threshold: options.pruningThreshold)
        return base.replacingWeights(
            tokenWeights: tokenRows, bundleWeights: bundleRows, featureWeights: featureRows)
    }

    private func buildBaseModel(_ tables: ModelTables, notes: [String: String]) -> TaggerModel {
        var guesses = SuffixGuessBuilder()
        func rule(_ form: Int32, _ lemma: Int32) -> Int32? {
            if lemma < 0 { return 0 }
            let text = String(decoding: tables.forms[Int(form)], as: UTF8.self)
            return LemmaRule(form: text, lemma: tables.lemmas[Int(lemma)]).map(tables.ruleID)
        }
        let typeKeys = Set(tables.treebankCounts.keys).union(tables.lexiqueWeights.keys)
        for key in typeKeys.sorted(by: {
            ($0.form, $0.tag.rawValue, $0.bundle, $0.lemma) < (
                $1.form, $1.tag.rawValue, $1.bundle, $1.lemma
            )
        }) {
            let form = String(decoding: tables.forms[Int(key.form)], as: UTF8.self)
            guesses.add(
                form: form, tag: key.tag, bundle: key.bundle, rule: rule(key.form, key.lemma))
        }
        let (suffixKeys, suffixGuesses) = guesses.build()
        let (starts, analyses) = tables.analysesPerForm()
        let endings = tables.lexiqueEndings()
        var trainingNotes = notes
        trainingNotes["seed"] = String(options.seed)
        trainingNotes["epochs"] = "\(options.tokenEpochs) token, \(options.morphEpochs) morphology"
        return TaggerModel(
            classes: tables.classes, bundles: tables.bundles, lemmas: tables.lemmas,
            lemmaRules: tables.rules, forms: FormIndex(folded: tables.forms),
            lexiqueClasses: tables.lexiqueMasks, analysisStarts: starts, analyses: analyses,
            expansions: tables.expansions(), suffixKeys: suffixKeys, suffixGuesses: suffixGuesses,
            endingKeys: endings.keys, endingMasks: endings.masks,
            tokenWeights: SparseRowTable(), bundleWeights: SparseRowTable(),
            featureWeights: SparseRowTable(),
            trainingNotes: trainingNotes)
    }

    private func trainTokens(
        _ examples: [TrainingSentence], model: TaggerModel, progress: (String) -> Void
    ) -> AveragedWeights {
        let weights = AveragedWeights(width: model.classCount)
        var generator = SeededGenerator(seed: options.seed)
        var order = Array(examples.indices)
        var keys: [UInt64] = []
        var scores = [Float](repeating: 0, count: model.classCount)
        let contextKeys = UnsafeMutablePointer<UInt64>.allocate(
            capacity: TokenFeatures.contextKeyCount)
        defer { contextKeys.deallocate() }
        for epoch in 1...options.tokenEpochs {
            order.shuffle(using: &generator)
            var correct = 0
            var total = 0
            for index in order {
                // Half the hapax tokens, drawn again each pass, are shown as
                // unknown words so suffix and ending features learn to tag
                // words the lexicons lack.
                let example = examples[index].hidingUnknowns { _ in generator.next() & 1 == 0 }
                var previous = model.classCount
                var beforePrevious = model.classCount
                for position in example.types.indices {
                    keys.removeAll(keepingCapacity: true)
                    example.appendRoleKeys(at: position, into: &keys)
                    TokenFeatures.contextKeys(
                        example.context(at: position, previous, beforePrevious), into: contextKeys)
                    keys.append(
                        contentsOf: UnsafeBufferPointer(
                            start: contextKeys, count: TokenFeatures.contextKeyCount))
                    for index in scores.indices { scores[index] = 0 }
                    for key in keys { weights.add(key, into: &scores) }
                    let guess = scores.indices.max { scores[$0] < scores[$1] }!
                    let gold = Int(example.classes[position])
                    weights.tick()
                    if guess != gold {
                        for key in keys {
                            weights.update(key, column: gold, by: 1)
                            weights.update(key, column: guess, by: -1)
                        }
                    } else {
                        correct += 1
                    }
                    total += 1
                    beforePrevious = previous
                    previous = guess
                }
            }
            progress(
                "token classes, epoch \(epoch): \(percent(correct, total)) of training tokens right"
            )
        }
        return weights
    }

    private func trainMorphology(
        _ examples: [TrainingSentence], model: TaggerModel, tables: ModelTables,
        state: inout MorphTrainingState, progress: (String) -> Void
    ) {
        let scorer = MorphScorer(bundles: model.bundles)
        var generator = SeededGenerator(seed: options.seed &+ 1)
        var order = Array(examples.indices)
        for epoch in 1...options.morphEpochs {
            order.shuffle(using: &generator)
            var correct = 0
            var total = 0
            for index in order {
                let (right, count) = state.train(
                    examples[index], model: model, tables: tables, scorer: scorer)
                correct += right
                total += count
            }
            progress(
                "feature bundles, epoch \(epoch): \(percent(correct, total)) of \(total) ambiguous words right"
            )
        }
    }

    private func percent(_ part: Int, _ whole: Int) -> String {
        String(format: "%.2f %%", 100 * Double(part) / Double(max(whole, 1)))
    }
}
