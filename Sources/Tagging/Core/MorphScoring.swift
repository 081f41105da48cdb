/// Weight lookup shared by the training weights and the trained table.
protocol MorphWeightLookup {
    func weight(_ key: UInt64) -> Float
}

extension ScalarWeightTable: MorphWeightLookup {}
extension AveragedWeights: MorphWeightLookup {}

/// Scores candidate bundles with the morphology classifier's features.
struct MorphScorer {
    /// Hashes of each bundle's `Name=Value` features, by bundle id.
    let featureHashes: [[UInt64]]

    init(bundles: [MorphFeatures]) {
        featureHashes = bundles.map { bundle in
            bundle.features.map { feature in
                var text = "\(feature.name)=\(feature.value)"
                return text.withUTF8 { CaseFolding.hash(folding: $0, seed: 77) }
            }
        }
    }

    /// The score of `candidate` in `context`.
    @inline(__always)
    func score(
        _ candidate: BundleCandidate, _ context: MorphContext, weights: some MorphWeightLookup
    ) -> Float {
        var total = weights.weight(
            MorphContext.rankKey(
                rank: candidate.rank, source: candidate.source, bundle: candidate.bundle))
        for item in context.bundleContexts {
            total += weights.weight(MorphContext.key(context: item, bundle: candidate.bundle))
        }
        for item in context.featureContexts {
            for feature in featureHashes[Int(candidate.bundle)] {
                total += weights.weight(MorphContext.key(context: item, feature: feature))
            }
        }
        return total
    }

    /// Calls `body` with every key that contributes to `candidate`'s score.
    func forEachKey(
        _ candidate: BundleCandidate, _ context: MorphContext, _ body: (UInt64) -> Void
    ) {
        body(
            MorphContext.rankKey(
                rank: candidate.rank, source: candidate.source, bundle: candidate.bundle))
        for item in context.bundleContexts {
            body(MorphContext.key(context: item, bundle: candidate.bundle))
        }
        for item in context.featureContexts {
            for feature in featureHashes[Int(candidate.bundle)] {
                body(MorphContext.key(context: item, feature: feature))
            }
        }
    }
}
