extension FrenchTagger {
    /// Picks each token's class left to right (greedy decoding, as in
    /// training): cached role vectors, dense context vectors and four
    /// hashed pair features per token.
    func decodeClasses(_ workspace: inout TaggingWorkspace) {
        let types = workspace.types
        let offsets = workspace.vectorOffsets
        let cached = workspace.cached
        let unknown = workspace.unknown
        var classes: [UInt8] = []
        swap(&classes, &workspace.classes)
        classes.removeAll(keepingCapacity: true)
        var scores = [Float](repeating: 0, count: model.classCount)
        cached.withUnsafeBufferPointer { cached in
            unknown.withUnsafeBufferPointer { unknown in
                scores.withUnsafeMutableBufferPointer { scores in
                    let vectors = RoleVectors(
                        cached: cached.baseAddress!, unknown: unknown.baseAddress,
                        offsets: offsets, width: model.classCount,
                        startOffset: workspace.startOffset, endOffset: workspace.endOffset)
                    decode(types, vectors, scores.baseAddress!, into: &classes)
                }
            }
        }
        swap(&classes, &workspace.classes)
    }

    /// Where each position's role vectors are.
    struct RoleVectors {
        let cached: UnsafePointer<Float>
        let unknown: UnsafePointer<Float>?
        let offsets: [Int]
        let width: Int
        let startOffset: Int
        let endOffset: Int

        @inline(__always)
        func vector(_ position: Int, _ role: TokenFeatures.Role) -> UnsafePointer<Float> {
            let offset: Int
            if position < 0 {
                offset = startOffset
            } else if position >= offsets.count {
                offset = endOffset
            } else {
                offset = offsets[position]
            }
            let base = offset >= 0 ? cached + offset : unknown! + (-1 - offset)
            return base + role.rawValue * width
        }
    }

    private func decode(
        _ types: [WordType], _ vectors: RoleVectors, _ scores: UnsafeMutablePointer<Float>,
        into classes: inout [UInt8]
    ) {
        let width = model.classCount
        let keys = UnsafeMutablePointer<UInt64>.allocate(capacity: TokenFeatures.pairKeyCount)
        defer { keys.deallocate() }
        var previous = width
        var beforePrevious = width
        dense.classPairs.withUnsafeBufferPointer { pairs in
            for position in types.indices {
                let current = vectors.vector(position, .current)
                let previousWord = vectors.vector(position - 1, .previous)
                let nextWord = vectors.vector(position + 1, .next)
                let beforePreviousWord = vectors.vector(position - 2, .beforePrevious)
                let afterNextWord = vectors.vector(position + 2, .afterNext)
                let context = TokenFeatures.Context(
                    previousClass: previous, beforePreviousClass: beforePrevious,
                    isFirst: position == 0,
                    previous: position > 0 ? types[position - 1] : .sentenceStart,
                    current: types[position],
                    next: position + 1 < types.count ? types[position + 1] : .sentenceEnd)
                let pair = pairs.baseAddress! + dense.classPairOffset(previous, beforePrevious)
                let shapes = dense.shapeOffsets(context)
                for index in 0..<width {
                    scores[index] =
                        current[index] + previousWord[index] + nextWord[index]
                        + beforePreviousWord[index] + afterNextWord[index] + pair[index]
                        + dense.currentShapes[shapes.current + index]
                        + dense.previousShapes[shapes.previous + index]
                        + dense.nextShapes[shapes.next + index]
                }
                TokenFeatures.pairKeys(context, into: keys)
                for index in 0..<TokenFeatures.pairKeyCount {
                    model.tokenWeights.add(keys[index], into: scores)
                }
                var best = 0
                for index in 1..<width where scores[index] > scores[best] { best = index }
                classes.append(UInt8(best))
                beforePrevious = previous
                previous = best
            }
        }
    }
}

extension DenseContextWeights {
    /// Offsets of the shape vectors for `context`.
    @inline(__always)
    func shapeOffsets(_ context: TokenFeatures.Context) -> (current: Int, previous: Int, next: Int)
    {
        (
            (Int(context.current.shape) * 2 + (context.isFirst ? 1 : 0)) * width,
            Int(context.previous.shape) * width, Int(context.next.shape) * width
        )
    }
}
