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
    /// Open-addressing slots; a slot holds its key and row so a lookup
    /// touches one cache line before the row itself.
    private var slots: [Slot] = []
    /// Row entries with class and weight side by side.
    private var entries: [Entry] = []
    private var mask = 0

    private struct Slot {
        var key: UInt64
        /// Row start in `entries`, or -1 for a free slot.
        var start: Int32
        var end: Int32
    }

    private struct Entry {
        var column: UInt16
        var weight: Float
    }

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
        slots = [Slot](repeating: Slot(key: 0, start: -1, end: -1), count: capacity)
        mask = capacity - 1
        for (row, key) in rowKeys.enumerated() {
            var slot = Int(truncatingIfNeeded: key) & mask
            while slots[slot].start >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Slot(key: key, start: rowStarts[row], end: rowStarts[row + 1])
        }
        entries = zip(classes, weights).map { Entry(column: $0, weight: $1) }
    }

    /// Number of rows.
    var rowCount: Int { rowKeys.count }

    /// Adds the row of `key`, if any, to `scores`.
    @inline(__always)
    func add(_ key: UInt64, into scores: UnsafeMutablePointer<Float>) {
        guard let range = entries(of: key) else { return }
        entries.withUnsafeBufferPointer { entries in
            for index in range {
                scores[Int(entries[index].column)] += entries[index].weight
            }
        }
    }

    /// The weight of class `column` in the row of `key`, or 0.
    @inline(__always)
    func weight(_ key: UInt64, column: UInt16) -> Float {
        guard let range = entries(of: key) else { return 0 }
        for index in range where entries[index].column == column {
            return entries[index].weight
        }
        return 0
    }

    /// The entry range of the row of `key`, or nil; entries of morphology
    /// rows are sorted by class id.
    @inline(__always)
    func entries(of key: UInt64) -> Range<Int>? {
        slots.withUnsafeBufferPointer { slots in
            var slot = Int(truncatingIfNeeded: key) & mask
            while true {
                let candidate = slots[slot]
                if candidate.start < 0 { return nil }
                if candidate.key == key { return Int(candidate.start)..<Int(candidate.end) }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The weight of class `column` among the sorted `range`, or 0.
    @inline(__always)
    func weight(in range: Range<Int>, column: UInt16) -> Float {
        entries.withUnsafeBufferPointer { entries in
            var low = range.lowerBound
            var high = range.upperBound
            while low < high {
                let middle = (low + high) / 2
                if entries[middle].column < column { low = middle + 1 } else { high = middle }
            }
            return low < range.upperBound && entries[low].column == column ? entries[low].weight : 0
        }
    }

    /// Adds the weights of the entries in `range` to `scores`.
    @inline(__always)
    func add(entries range: Range<Int>, into scores: UnsafeMutablePointer<Float>) {
        entries.withUnsafeBufferPointer { entries in
            for index in range { scores[Int(entries[index].column)] += entries[index].weight }
        }
    }

    /// Sets back to zero the entries of `scores` that `range` touches.
    @inline(__always)
    func clear(entries range: Range<Int>, in scores: UnsafeMutablePointer<Float>) {
        entries.withUnsafeBufferPointer { entries in
            for index in range { scores[Int(entries[index].column)] = 0 }
        }
    }
}
