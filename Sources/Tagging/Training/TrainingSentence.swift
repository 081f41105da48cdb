/// A training sentence prepared once: word types and gold classes of its
/// tokens, and gold tags and bundles of its syntactic words.
struct TrainingSentence {
    struct Word {
        var tag: UniversalPOS
        var bundle: UInt16
        var token: Int
        /// Whether the word is part of a contraction, whose bundle the
        /// expansion table fixes.
        var isContractionPart: Bool
    }

    var types: [WordType]
    /// Per token: how the token looks when training hides it as an unknown
    /// word (see `TaggerTrainer`), or nil for tokens never hidden.
    var unknownTypes: [WordType?]
    var foldedForms: [[UInt8]]
    var classes: [UInt8]
    var words: [Word]

    init(_ sentence: AnnotatedSentence, model: TaggerModel, tables: ModelTables) {
        types = sentence.tokens.map { model.wordType($0.form) }
        unknownTypes = zip(sentence.tokens, types).map { token, type in
            guard type.formID >= 0, tables.formCounts[Int(type.formID)] == 1 else { return nil }
            var unknown = type
            unknown.formHash = WordType.unknownFormHash
            unknown.formID = -1
            unknown.lexiqueMask = 0
            unknown.guessedMask = model.guessedLexiqueMask(type)
            return unknown
        }
        foldedForms = sentence.tokens.map { CaseFolding.fold($0.form.utf8) }
        classes = sentence.tokens.map { token in
            tables.classID(sentence.words[token.words].map(\.partOfSpeech))
        }
        words = []
        for (index, token) in sentence.tokens.enumerated() {
            for word in sentence.words[token.words] {
                words.append(
                    Word(
                        tag: word.partOfSpeech, bundle: tables.bundleID(word.features),
                        token: index, isContractionPart: token.isMultiword))
            }
        }
    }

    /// The type at `position`, or sentence padding outside the sentence.
    @inline(__always)
    func type(at position: Int) -> WordType {
        if position < 0 { return .sentenceStart }
        if position >= types.count { return .sentenceEnd }
        return types[position]
    }

    /// The sentence with its hapax tokens hidden as unknown words where
    /// `hides` says so.
    func hidingUnknowns(_ hides: (Int) -> Bool) -> TrainingSentence {
        var copy = self
        for (position, unknown) in unknownTypes.enumerated() {
            if let unknown, hides(position) { copy.types[position] = unknown }
        }
        return copy
    }

    /// Appends the keys of the five word roles around `position`.
    func appendRoleKeys(at position: Int, into keys: inout [UInt64]) {
        TokenFeatures.roleKeys(.current, type(at: position), into: &keys)
        TokenFeatures.roleKeys(.previous, type(at: position - 1), into: &keys)
        TokenFeatures.roleKeys(.next, type(at: position + 1), into: &keys)
        TokenFeatures.roleKeys(.beforePrevious, type(at: position - 2), into: &keys)
        TokenFeatures.roleKeys(.afterNext, type(at: position + 2), into: &keys)
    }

    func context(at position: Int, _ previous: Int, _ beforePrevious: Int) -> TokenFeatures.Context
    {
        TokenFeatures.Context(
            previousClass: previous, beforePreviousClass: beforePrevious, isFirst: position == 0,
            previous: type(at: position - 1), current: type(at: position),
            next: type(at: position + 1))
    }
}

/// Reusable buffers of the morphology training loop.
struct MorphTrainingState {
    let weights = AveragedWeights(width: 1)
    /// The (context, id) pair behind each weight key.
    var origins: [UInt64: MorphScorer.KeyOrigin] = [:]
    var context = MorphContext()
    var candidates: [BundleCandidate] = []
    var words: [MorphContext.Word] = []

    /// Runs one perceptron pass over `sentence`; returns how many ambiguous
    /// words were right and how many there were.
    mutating func train(
        _ sentence: TrainingSentence, model: TaggerModel, tables: ModelTables,
        scorer: MorphScorer
    ) -> (Int, Int) {
        words = sentence.words.map {
            MorphContext.Word(
                partOfSpeech: $0.tag, bundle: $0.bundle, formHash: sentence.types[$0.token].formHash
            )
        }
        var right = 0
        var total = 0
        for (index, word) in sentence.words.enumerated() where !word.isContractionPart {
            let type = sentence.types[word.token]
            let seenOnce =
                type.formID >= 0
                && tables.treebankTagCounts[.init(form: type.formID, tag: word.tag)] == 1
            sentence.foldedForms[word.token].withUnsafeBufferPointer {
                model.bundleCandidates(
                    formID: type.formID, tag: word.tag, folded: $0, skipsTreebank: seenOnce,
                    into: &candidates)
            }
            if !candidates.contains(where: { $0.bundle == word.bundle }) {
                candidates.append(BundleCandidate(bundle: word.bundle, source: 3, rank: 0))
            }
            if candidates.count == 1 { continue }
            context.fill(index: index, words: words, type: type)
            let scores = candidates.map { scorer.score($0, context, weights: weights) }
            let best = scores.indices.max { scores[$0] < scores[$1] }!
            let gold = candidates.firstIndex { $0.bundle == word.bundle }!
            weights.tick()
            total += 1
            if best == gold {
                right += 1
            } else {
                scorer.forEachOrigin(candidates[gold], context) { update($0, by: 1) }
                scorer.forEachOrigin(candidates[best], context) { update($0, by: -1) }
            }
            words[index].bundle = candidates[best].bundle
        }
        return (right, total)
    }

    private mutating func update(_ origin: MorphScorer.KeyOrigin, by delta: Float) {
        let key = MorphScorer.key(origin)
        origins[key] = origin
        weights.update(key, by: delta)
    }

    /// The averaged weights as rows per context: over bundles, and over
    /// features for the agreement contexts.
    func rows(threshold: Float) -> (bundles: SparseRowTable, features: SparseRowTable) {
        var bundleRows: [UInt64: [(UInt16, Float)]] = [:]
        var featureRows: [UInt64: [(UInt16, Float)]] = [:]
        for (key, entries) in weights.averaged(threshold: threshold) {
            guard let origin = origins[key], let weight = entries.first?.1 else { continue }
            if origin.isFeature {
                featureRows[origin.context, default: []].append((origin.id, weight))
            } else {
                bundleRows[origin.context, default: []].append((origin.id, weight))
            }
        }
        func table(_ rows: [UInt64: [(UInt16, Float)]]) -> SparseRowTable {
            var result = SparseRowTable()
            for key in rows.keys.sorted() {
                result.append(key: key, entries: rows[key]!.sorted { $0.0 < $1.0 })
            }
            result.rebuildSlots()
            return result
        }
        return (table(bundleRows), table(featureRows))
    }
}
