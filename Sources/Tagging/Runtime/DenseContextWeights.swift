/// The token classifier's weights for context features with few values
/// (previous classes, word shapes), summed once per tagger into dense
/// vectors so decoding reads them instead of probing the hash table.
struct DenseContextWeights: Sendable {
    let width: Int
    /// Per (previous, before-previous) class pair, classes running to
    /// `width` for the sentence start: the three class features summed.
    let classPairs: [Float]
    /// Per (shape, is-first) of the current word: shape and first-shape features.
    let currentShapes: [Float]
    /// Per shape of the previous word.
    let previousShapes: [Float]
    /// Per shape of the next word.
    let nextShapes: [Float]

    init(weights: SparseRowTable, width: Int) {
        self.width = width
        let classes = width + 1
        func vector(_ keys: [UInt64]) -> [Float] {
            var result = [Float](repeating: 0, count: width)
            result.withUnsafeMutableBufferPointer { buffer in
                for key in keys { weights.add(key, into: buffer.baseAddress!) }
            }
            return result
        }
        var pairs: [Float] = []
        for previous in 0..<classes {
            for beforePrevious in 0..<classes {
                pairs += vector([
                    TokenFeatures.previousClassKey(previous),
                    TokenFeatures.beforePreviousClassKey(beforePrevious),
                    TokenFeatures.twoClassesKey(previous, beforePrevious),
                ])
            }
        }
        classPairs = pairs
        var current: [Float] = []
        for shape in 0..<WordShape.count {
            for isFirst in [false, true] {
                current += vector([
                    TokenFeatures.shapeKey(UInt8(shape)),
                    TokenFeatures.firstShapeKey(UInt8(shape), isFirst: isFirst),
                ])
            }
        }
        currentShapes = current
        previousShapes = (0..<WordShape.count).flatMap {
            vector([TokenFeatures.previousShapeKey(UInt8($0))])
        }
        nextShapes = (0..<WordShape.count).flatMap {
            vector([TokenFeatures.nextShapeKey(UInt8($0))])
        }
    }

    /// Offset in `classPairs` of a class pair.
    @inline(__always)
    func classPairOffset(_ previous: Int, _ beforePrevious: Int) -> Int {
        (previous * (width + 1) + beforePrevious) * width
    }
}
