/// Sparse rows of class weights keyed by 64-bit feature keys. A row lists
/// only the classes with a non-zero weight. The token classifier's classes
/// are token classes; the morphology classifier's are bundles or single
/// features.
struct SparseRowTable: Sendable {
    /// Feature key of each row.
    private(set) var rowKeys: [UInt64] = []
    /// Start of each row in `classes` and `weights`, plus the end.
    private(set) var rowStarts: [Int32] = [0]
    private(set) var classes: [UInt16] = []
    private(set) var weights: [Float] = []
    private var slots: [Int32] = []
    private var mask = 0

    init() {
        rebuildSlots()
    }

    init(rowKeys: [UInt64], rowStarts: [Int32], classes: [UInt16], weights: [Float]) {
        self.rowKeys = rowKeys
        self.rowStarts = rowStarts
        self.classes = classes
        self.weights = weights
        rebuildSlots()
    }

    /// Appends a row; keys must be distinct.
    mutating func append(key: UInt64, entries: [(UInt16, Float)]) {
        rowKeys.append(key)
        for (classID, weight) in entries {
            classes.append(classID)
            weights.append(weight)
        }
        rowStarts.append(Int32(classes.count))
    }

    /// Builds the lookup slots once all rows are appended.
    mutating func rebuildSlots() {
        var capacity = 16
        while capacity < rowKeys.count * 2 { capacity <<= 1 }
        slots = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
        for (row, key) in rowKeys.enumerated() {
            var slot = Int(truncatingIfNeeded: key) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(row)
        }
    }

    /// Number of rows.
    var rowCount: Int { rowKeys.count }

    /// Adds the row of `key`, if any, to `scores`.
    @inline(__always)
    func add(_ key: UInt64, into scores: UnsafeMutablePointer<Float>) {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let row = slots[slot]
            if row < 0 { return }
            if rowKeys[Int(row)] == key {
                for entry in Int(rowStarts[Int(row)])..<Int(rowStarts[Int(row) + 1]) {
                    scores[Int(classes[entry])] += weights[entry]
                }
                return
            }
            slot = (slot + 1) & mask
        }
    }

    /// The row index of `key`, or nil.
    @inline(__always)
    private func row(_ key: UInt64) -> Int? {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let row = slots[slot]
            if row < 0 { return nil }
            if rowKeys[Int(row)] == key { return Int(row) }
            slot = (slot + 1) & mask
        }
    }

    /// The weight of class `column` in the row of `key`, or 0.
    @inline(__always)
    func weight(_ key: UInt64, column: UInt16) -> Float {
        guard let row = row(key) else { return 0 }
        for entry in Int(rowStarts[row])..<Int(rowStarts[row + 1]) where classes[entry] == column {
            return weights[entry]
        }
        return 0
    }

    /// The entry range of the row of `key`, or nil; entries of morphology
    /// rows are sorted by class id.
    @inline(__always)
    func entries(of key: UInt64) -> Range<Int>? {
        guard let row = row(key) else { return nil }
        return Int(rowStarts[row])..<Int(rowStarts[row + 1])
    }

    /// The weight of class `column` among the sorted `entries`, or 0.
    @inline(__always)
    func weight(in entries: Range<Int>, column: UInt16) -> Float {
        var low = entries.lowerBound
        var high = entries.upperBound
        while low < high {
            let middle = (low + high) / 2
            if classes[middle] < column { low = middle + 1 } else { high = middle }
        }
        return low < entries.upperBound && classes[low] == column ? weights[low] : 0
    }
}
