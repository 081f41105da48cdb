/// Perceptron weights during training, averaged over every update step
/// (Collins 2002, with the lazy « timestamp » bookkeeping of Daumé III).
///
/// Each key owns `width` consecutive weights: one per class for the token
/// classifier, a single one for the morphology classifier.
final class AveragedWeights {
    let width: Int
    private(set) var rows: [UInt64: Int32] = [:]
    private var weights: [Float] = []
    private var totals: [Double] = []
    private var stamps: [Int32] = []
    /// Number of update steps so far.
    private(set) var clock: Int32 = 0

    init(width: Int) {
        self.width = width
    }

    /// Adds the row of `key` to `scores`, if the key has one.
    @inline(__always)
    func add(_ key: UInt64, into scores: inout [Float]) {
        guard let row = rows[key] else { return }
        let base = Int(row) * width
        for index in 0..<width { scores[index] += weights[base + index] }
    }

    /// The weight of `key` in a width-1 table.
    @inline(__always)
    func weight(_ key: UInt64) -> Float {
        guard let row = rows[key] else { return 0 }
        return weights[Int(row)]
    }

    /// Advances the step counter; call once per training example.
    func tick() {
        clock += 1
    }

    /// Adds `delta` to the weight of class `column` of `key`.
    func update(_ key: UInt64, column: Int = 0, by delta: Float) {
        let row: Int32
        if let existing = rows[key] {
            row = existing
        } else {
            row = Int32(rows.count)
            rows[key] = row
            weights += [Float](repeating: 0, count: width)
            totals += [Double](repeating: 0, count: width)
            stamps += [Int32](repeating: 0, count: width)
        }
        let index = Int(row) * width + column
        totals[index] += Double(clock - stamps[index]) * Double(weights[index])
        stamps[index] = clock
        weights[index] += delta
    }

    /// The averaged weights per key, dropping those whose magnitude stays
    /// below `threshold`.
    func averaged(threshold: Float) -> [(key: UInt64, weights: [(Int, Float)])] {
        var result: [(UInt64, [(Int, Float)])] = []
        result.reserveCapacity(rows.count)
        let steps = Double(max(clock, 1))
        for (key, row) in rows.sorted(by: { $0.value < $1.value }) {
            var entries: [(Int, Float)] = []
            for column in 0..<width {
                let index = Int(row) * width + column
                let total = totals[index] + Double(clock - stamps[index]) * Double(weights[index])
                let average = Float(total / steps)
                if abs(average) >= threshold { entries.append((column, average)) }
            }
            if !entries.isEmpty { result.append((key, entries)) }
        }
        return result
    }
}
