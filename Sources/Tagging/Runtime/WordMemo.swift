/// Per-workspace memo of what depends only on a known form and its part of
/// speech: the candidate bundles and, when there is one candidate, the lemma.
struct WordMemo {
    struct Entry {
        var start: Int32
        var count: Int32
        /// For a single candidate: the listed lemma id, -1 for the form as
        /// written, or -2 when the lemma must be guessed from the text.
        var lemma: Int32
    }

    private var keys: [Int64]
    private var values: [Int32]
    private var mask: Int
    private(set) var entries: [Entry] = []
    private(set) var candidates: [BundleCandidate] = []
    /// Per candidate: its score from the contexts that depend only on the
    /// form and tag, rank included.
    private(set) var staticScores: [Float] = []
    /// Entries kept before the memo is cleared.
    static let limit = 100_000

    init() {
        keys = [Int64](repeating: -1, count: 1 << 18)
        values = [Int32](repeating: 0, count: 1 << 18)
        mask = (1 << 18) - 1
    }

    /// The entry of (`form`, `tag`), computed by `compute` on a miss.
    mutating func entry(
        form: Int32, tag: UniversalPOS,
        compute: (inout [BundleCandidate], inout [Float]) -> Int32
    ) -> Entry {
        let key = Int64(form) << 5 | Int64(tag.rawValue)
        var slot = Int(truncatingIfNeeded: FeatureKey.mix(UInt64(key))) & mask
        while keys[slot] >= 0 {
            if keys[slot] == key { return entries[Int(values[slot])] }
            slot = (slot + 1) & mask
        }
        if entries.count >= Self.limit {
            clear()
            return entry(form: form, tag: tag, compute: compute)
        }
        let start = Int32(candidates.count)
        let lemma = compute(&candidates, &staticScores)
        let entry = Entry(start: start, count: Int32(candidates.count) - start, lemma: lemma)
        keys[slot] = key
        values[slot] = Int32(entries.count)
        entries.append(entry)
        return entry
    }

    private mutating func clear() {
        for index in keys.indices { keys[index] = -1 }
        entries.removeAll(keepingCapacity: true)
        candidates.removeAll(keepingCapacity: true)
        staticScores.removeAll(keepingCapacity: true)
    }
}
