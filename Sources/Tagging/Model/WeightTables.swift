/// Sparse rows of class weights keyed by 64-bit feature keys: the token
/// classifier's weights. A row lists only the classes with a non-zero weight.
struct SparseRowTable: Sendable {
    /// Feature key of each row.
    private(set) var rowKeys: [UInt64] = []
    /// Start of each row in `classes` and `weights`, plus the end.
    private(set) var rowStarts: [Int32] = [0]
    private(set) var classes: [UInt8] = []
    private(set) var weights: [Float] = []
    private var slots: [Int32] = []
    private var mask = 0

    init() {
        rebuildSlots()
    }

    init(rowKeys: [UInt64], rowStarts: [Int32], classes: [UInt8], weights: [Float]) {
        self.rowKeys = rowKeys
        self.rowStarts = rowStarts
        self.classes = classes
        self.weights = weights
        rebuildSlots()
    }

    /// Appends a row; keys must be distinct.
    mutating func append(key: UInt64, entries: [(UInt8, Float)]) {
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
}

/// Scalar weights keyed by 64-bit keys: the morphology classifier's weights,
/// where each key already combines a feature with a candidate bundle.
struct ScalarWeightTable: Sendable {
    private(set) var keys: [UInt64]
    private(set) var values: [Float]
    private var slots: [Int32] = []
    private var mask = 0

    init(keys: [UInt64], values: [Float]) {
        self.keys = keys
        self.values = values
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        slots = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
        for (index, key) in keys.enumerated() {
            var slot = Int(truncatingIfNeeded: key) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }

    /// The weight of `key`, or 0.
    @inline(__always)
    func weight(_ key: UInt64) -> Float {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let index = slots[slot]
            if index < 0 { return 0 }
            if keys[Int(index)] == key { return values[Int(index)] }
            slot = (slot + 1) & mask
        }
    }
}
