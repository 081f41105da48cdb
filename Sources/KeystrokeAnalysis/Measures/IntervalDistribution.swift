/// A multiset of non-negative whole milliseconds that answers order
/// statistics exactly, with memory that does not grow with common values.
///
/// Values under `binCount` ms are counted in a Fenwick tree, one bin per
/// millisecond; longer ones, which are rare in typing (long pauses), are
/// kept in a sorted array. Insertion and rank queries cost O(log binCount)
/// plus O(long values) for a long one.
public struct IntervalDistribution: Hashable, Sendable {
    /// Values below this many milliseconds go to the tree.
    public static let binCount = 4096

    private var tree: [UInt32]
    private var longValues: [Int] = []
    /// Number of values.
    public private(set) var count = 0
    /// Sum of the values, in ms.
    public private(set) var sum = 0
    /// Largest value, in ms.
    public private(set) var maximum: Int?

    /// Creates an empty distribution.
    public init() {
        tree = []
    }

    /// Adds a value; negative values count as 0.
    public mutating func insert(_ value: Int) {
        let value = max(0, value)
        count += 1
        sum += value
        maximum = max(maximum ?? value, value)
        guard value < Self.binCount else {
            let index = firstIndex(in: longValues) { $0 > value }
            longValues.insert(value, at: index)
            return
        }
        if tree.isEmpty { tree = Array(repeating: 0, count: Self.binCount + 1) }
        var node = value + 1
        while node <= Self.binCount {
            tree[node] += 1
            node += node & -node
        }
    }

    /// The value of 0-based rank `rank` in ascending order.
    public func value(atRank rank: Int) -> Int {
        precondition(rank >= 0 && rank < count, "rank \(rank) outside 0..<\(count)")
        let shortCount = count - longValues.count
        if rank >= shortCount { return longValues[rank - shortCount] }
        // Binary lifting: the largest prefix whose total is at most `rank`.
        var position = 0
        var remaining = rank
        var step = Self.binCount
        while step > 0 {
            let next = position + step
            if next <= Self.binCount && Int(tree[next]) <= remaining {
                position = next
                remaining -= Int(tree[next])
            }
            step >>= 1
        }
        return position
    }

    /// The quantile at `probability` by linear interpolation between order
    /// statistics (R's type 7, numpy's default), nil when empty.
    public func quantile(_ probability: Double) -> Double? {
        guard count > 0 else { return nil }
        let h = Double(count - 1) * min(max(probability, 0), 1)
        let lower = Int(h.rounded(.down))
        let low = Double(value(atRank: lower))
        guard lower + 1 < count else { return low }
        let high = Double(value(atRank: lower + 1))
        return low + (h - Double(lower)) * (high - low)
    }

    /// The mean in ms, nil when empty.
    public var mean: Double? {
        count > 0 ? Double(sum) / Double(count) : nil
    }

    /// How many values fall in [lower, upper), upper nil meaning no bound.
    public func count(from lower: Int, below upper: Int?) -> Int {
        rankOf(upper ?? Int.max) - rankOf(lower)
    }

    /// Number of values strictly below `bound`.
    private func rankOf(_ bound: Int) -> Int {
        let longBelow = firstIndex(in: longValues) { $0 >= bound }
        guard !tree.isEmpty, bound > 0 else { return longBelow }
        var node = min(bound, Self.binCount)
        var total = 0
        while node > 0 {
            total += Int(tree[node])
            node -= node & -node
        }
        return total + longBelow
    }

    private func firstIndex(in sorted: [Int], where predicate: (Int) -> Bool) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if predicate(sorted[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
