/// A read-only set of case-folded word forms, each with a dense integer id,
/// looked up straight from UTF-8 bytes without allocating.
struct FormIndex: Sendable {
    /// Folded forms, concatenated.
    private(set) var bytes: [UInt8] = []
    /// Start of each form in `bytes`, plus the end of the last one.
    private(set) var offsets: [Int32] = [0]
    /// Open-addressing slots holding form ids, or -1 when free.
    private var slots: [Int32] = []
    private var mask = 0

    /// Number of forms.
    var count: Int { offsets.count - 1 }

    /// Builds the index over `forms`, which must be folded and distinct.
    init(folded forms: [[UInt8]]) {
        for form in forms {
            bytes += form
            offsets.append(Int32(bytes.count))
        }
        rebuildSlots()
    }

    /// Rebuilds the index from its serialized arrays.
    init(bytes: [UInt8], offsets: [Int32]) {
        self.bytes = bytes
        self.offsets = offsets
        rebuildSlots()
    }

    private mutating func rebuildSlots() {
        var capacity = 16
        while capacity < count * 2 { capacity <<= 1 }
        slots = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
        bytes.withUnsafeBufferPointer { all in
            for id in 0..<count {
                let form = UnsafeBufferPointer(
                    rebasing: all[Int(offsets[id])..<Int(offsets[id + 1])])
                var slot = Int(truncatingIfNeeded: CaseFolding.hash(folding: form)) & mask
                while slots[slot] >= 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(id)
            }
        }
    }

    /// The id of the form that `text` folds to, or nil.
    @inline(__always)
    func id(of text: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
        var slot = Int(truncatingIfNeeded: hash) & mask
        return bytes.withUnsafeBufferPointer { all in
            while true {
                let id = slots[slot]
                if id < 0 { return nil }
                let start = Int(offsets[Int(id)])
                let end = Int(offsets[Int(id) + 1])
                if end - start == text.count && equalFolded(all, start, text) { return id }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The id of `form` (folded first), or nil.
    func id(of form: String) -> Int32? {
        var copy = form
        return copy.withUTF8 { id(of: $0, hash: CaseFolding.hash(folding: $0)) }
    }

    @inline(__always)
    private func equalFolded(
        _ all: UnsafeBufferPointer<UInt8>, _ start: Int, _ text: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        var previous: UInt8 = 0
        for index in 0..<text.count {
            let byte = text[index]
            if all[start + index] != CaseFolding.folded(byte, after: previous) { return false }
            previous = byte
        }
        return true
    }

    /// The folded form with id `id`.
    func form(_ id: Int32) -> String {
        String(decoding: bytes[Int(offsets[Int(id)])..<Int(offsets[Int(id) + 1])], as: UTF8.self)
    }
}
