import WritingModel

extension FrenchTagger {
    /// Picks each token's class left to right (greedy decoding, as in
    /// training): cached role vectors plus the per-token context features.
    func decodeClasses(_ workspace: TaggingWorkspace) {
        let width = model.classCount
        let count = workspace.types.count
        workspace.classes.removeAll(keepingCapacity: true)
        var previous = width
        var beforePrevious = width
        workspace.cached.withUnsafeBufferPointer { cached in
            workspace.unknown.withUnsafeBufferPointer { unknown in
                workspace.scores.withUnsafeMutableBufferPointer { scores in
                    workspace.contextKeys.withUnsafeMutableBufferPointer { keys in
                        func vector(_ position: Int, _ role: TokenFeatures.Role) -> UnsafePointer<Float> {
                            let offset: Int
                            if position < 0 {
                                offset = workspace.startOffset
                            } else if position >= count {
                                offset = workspace.endOffset
                            } else {
                                offset = workspace.vectorOffsets[position]
                            }
                            let base = offset >= 0 ? cached.baseAddress! + offset : unknown.baseAddress! + (-1 - offset)
                            return base + role.rawValue * width
                        }
                        for position in 0..<count {
                            let current = vector(position, .current)
                            let previousWord = vector(position - 1, .previous)
                            let nextWord = vector(position + 1, .next)
                            let beforePreviousWord = vector(position - 2, .beforePrevious)
                            let afterNextWord = vector(position + 2, .afterNext)
                            for index in 0..<width {
                                scores[index] = current[index] + previousWord[index] + nextWord[index]
                                    + beforePreviousWord[index] + afterNextWord[index]
                            }
                            let context = TokenFeatures.Context(
                                previousClass: previous, beforePreviousClass: beforePrevious,
                                isFirst: position == 0, previous: type(workspace, position - 1),
                                current: workspace.types[position], next: type(workspace, position + 1))
                            TokenFeatures.contextKeys(context, into: keys.baseAddress!)
                            for key in keys { model.tokenWeights.add(key, into: scores.baseAddress!) }
                            var best = 0
                            for index in 1..<width where scores[index] > scores[best] { best = index }
                            workspace.classes.append(UInt8(best))
                            beforePrevious = previous
                            previous = best
                        }
                    }
                }
            }
        }
    }

    @inline(__always)
    private func type(_ workspace: TaggingWorkspace, _ position: Int) -> WordType {
        if position < 0 { return .sentenceStart }
        if position >= workspace.types.count { return .sentenceEnd }
        return workspace.types[position]
    }
}
