/// Scores candidate bundles with the morphology classifier.
///
/// A candidate's score sums, over the word's contexts, the weight of
/// (context, bundle), and over its agreement contexts, the weights of
/// (context, feature) for each feature of the bundle. The trained model
/// stores the weights as one row per context, so scoring costs one lookup
/// per context whatever the number of candidates.
struct MorphScorer: Sendable {
    /// Feature ids (`Name=Value`, sorted) of each bundle.
    let bundleFeatures: [[UInt16]]
    /// Number of distinct features.
    let featureCount: Int
    /// Rank weights by (min(rank, 3), source, bundle), filled by `withRankWeights`.
    private(set) var rankWeights: [Float] = []
    private var bundleCount = 0

    init(bundles: [MorphFeatures]) {
        let names = Set(bundles.flatMap { $0.features.map { "\($0.name)=\($0.value)" } }).sorted()
        let ids = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, UInt16($0)) })
        bundleFeatures = bundles.map { bundle in
            bundle.features.map { ids["\($0.name)=\($0.value)"]! }
        }
        featureCount = names.count
        bundleCount = bundles.count
    }

    /// The scorer with the rank weights of `model` summed into a dense table,
    /// so scoring a candidate's rank needs no hash lookup.
    func withRankWeights(of model: TaggerModel) -> MorphScorer {
        var copy = self
        copy.rankWeights = []
        for rank in 0..<4 {
            for source in 0..<4 {
                let context = MorphContext.rankContext(rank: rank, source: source)
                for bundle in 0..<bundleCount {
                    copy.rankWeights.append(
                        model.bundleWeights.weight(context, column: UInt16(bundle)))
                }
            }
        }
        return copy
    }

    /// Where a training key comes from, to regroup weights into rows.
    struct KeyOrigin: Hashable {
        var context: UInt64
        var isFeature: Bool
        var id: UInt16
    }

    /// The training key of a context and a bundle or feature id.
    @inline(__always)
    static func key(_ origin: KeyOrigin) -> UInt64 {
        FeatureKey.mix(
            origin.context ^ (UInt64(origin.id) &+ (origin.isFeature ? 0x1_0000 : 0) &+ 1)
                &* 0xD6E8_FEB8_6659_FD93)
    }

    /// Calls `body` with every (context, id) pair behind `candidate`'s score.
    func forEachOrigin(
        _ candidate: BundleCandidate, _ context: MorphContext, _ body: (KeyOrigin) -> Void
    ) {
        let rank = MorphContext.rankContext(rank: candidate.rank, source: candidate.source)
        body(KeyOrigin(context: rank, isFeature: false, id: candidate.bundle))
        for item in context.bundleContexts {
            body(KeyOrigin(context: item, isFeature: false, id: candidate.bundle))
        }
        for item in context.featureContexts {
            for feature in bundleFeatures[Int(candidate.bundle)] {
                body(KeyOrigin(context: item, isFeature: true, id: feature))
            }
        }
    }

    /// The score of `candidate` under training weights.
    func score(
        _ candidate: BundleCandidate, _ context: MorphContext, weights: AveragedWeights
    ) -> Float {
        var total: Float = 0
        forEachOrigin(candidate, context) { total += weights.weight(Self.key($0)) }
        return total
    }

    /// Adds to `scores` each candidate's score under the model's weights
    /// for the contexts in `context`, with its rank weight when `withRank`.
    /// Bundle rows are searched per candidate; feature rows, short and
    /// shared by all candidates, are summed once into a dense scratch.
    func addScores(
        of candidates: ArraySlice<BundleCandidate>, _ context: MorphContext, model: TaggerModel,
        withRank: Bool, scratch: inout MorphScratch, into scores: inout [Float]
    ) {
        scratch.rows.removeAll(keepingCapacity: true)
        if scratch.featureScores.count < featureCount || scratch.bundleScores.count < bundleCount {
            scratch.featureScores = [Float](repeating: 0, count: featureCount)
            scratch.bundleScores = [Float](repeating: 0, count: bundleCount)
        }
        scratch.featureScores.withUnsafeMutableBufferPointer { featureScores in
            scratch.bundleScores.withUnsafeMutableBufferPointer { bundleScores in
                addScores(
                    of: candidates, context, model: model, withRank: withRank, rows: &scratch.rows,
                    bundleScores: bundleScores.baseAddress!,
                    featureScores: featureScores.baseAddress!, into: &scores)
            }
        }
    }

    private func addScores(
        of candidates: ArraySlice<BundleCandidate>, _ context: MorphContext, model: TaggerModel,
        withRank: Bool, rows: inout [Range<Int>], bundleScores: UnsafeMutablePointer<Float>,
        featureScores: UnsafeMutablePointer<Float>, into scores: inout [Float]
    ) {
        // Context rows are short, so summing them densely beats searching
        // each one per candidate.
        for item in context.bundleContexts {
            if let range = model.bundleWeights.entries(of: item) { rows.append(range) }
        }
        let bundleRowCount = rows.count
        for item in context.featureContexts {
            if let range = model.featureWeights.entries(of: item) { rows.append(range) }
        }
        for row in rows[..<bundleRowCount] {
            model.bundleWeights.add(entries: row, into: bundleScores)
        }
        for row in rows[bundleRowCount...] {
            model.featureWeights.add(entries: row, into: featureScores)
        }
        for (offset, candidate) in zip(scores.indices, candidates) {
            var score = bundleScores[Int(candidate.bundle)]
            if withRank {
                let rankRow = (min(candidate.rank, 3) * 4 + candidate.source) * bundleCount
                score += rankWeights[rankRow + Int(candidate.bundle)]
            }
            for feature in bundleFeatures[Int(candidate.bundle)] {
                score += featureScores[Int(feature)]
            }
            scores[offset] += score
        }
        for row in rows[..<bundleRowCount] {
            model.bundleWeights.clear(entries: row, in: bundleScores)
        }
        for row in rows[bundleRowCount...] {
            model.featureWeights.clear(entries: row, in: featureScores)
        }
    }
}

/// Reusable buffers of `MorphScorer.addScores`.
struct MorphScratch {
    /// Entry ranges of the context rows.
    var rows: [Range<Int>] = []
    /// Per feature id, zero between calls.
    var featureScores: [Float] = []
    /// Per bundle id, zero between calls.
    var bundleScores: [Float] = []
}
