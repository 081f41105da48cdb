/// A read-only multimap from hashes to form numbers, kept as one sorted
/// array of 64-bit postings. The top 44 bits of a posting are the key's
/// hash and the low 20 bits the form number, so a posting takes 8 bytes and
/// a lookup is one binary search.
///
/// Different strings may share a hash, so callers verify what they find.
struct HashPostings: Sendable {
    private let postings: [UInt64]

    /// Bits of a posting that hold the form number.
    static let formBits = 20
    /// Largest form number a posting can hold.
    static let maximumForm = Int32(1 << formBits - 1)

    /// Sorts `postings` by hash, then form, and drops duplicates.
    /// - Precondition: every form number is between 0 and `maximumForm`.
    /// - Complexity: O(n log n).
    init(_ postings: [(hash: UInt64, form: Int32)]) {
        let packed = Self.radixSorted(
            postings.map { posting in
                precondition(
                    (0...Self.maximumForm).contains(posting.form),
                    "form number \(posting.form) does not fit in a posting")
                return Self.key(posting.hash) | UInt64(posting.form)
            })
        var unique: [UInt64] = []
        unique.reserveCapacity(packed.count)
        for posting in packed where unique.last != posting {
            unique.append(posting)
        }
        self.postings = unique
    }

    /// Returns `values` in increasing order, sorted 16 bits at a time from
    /// the lowest. Four linear passes over Lexique's 1.2 million postings
    /// take less time than a comparison sort.
    /// - Complexity: O(n).
    private static func radixSorted(_ values: [UInt64]) -> [UInt64] {
        var current = values
        var next = [UInt64](repeating: 0, count: values.count)
        var counts = [Int](repeating: 0, count: 1 << 16)
        for shift in stride(from: 0, to: 64, by: 16) {
            for index in counts.indices { counts[index] = 0 }
            for value in current { counts[Int(value >> UInt64(shift) & 0xFFFF)] += 1 }
            var start = 0
            for digit in counts.indices {
                let count = counts[digit]
                counts[digit] = start
                start += count
            }
            for value in current {
                let digit = Int(value >> UInt64(shift) & 0xFFFF)
                next[counts[digit]] = value
                counts[digit] += 1
            }
            swap(&current, &next)
        }
        return current
    }

    /// Returns the top bits of a posting for `hash`, with the form bits cleared.
    private static func key(_ hash: UInt64) -> UInt64 {
        hash & ~(UInt64(1) << formBits - 1)
    }

    /// Number of postings.
    var count: Int { postings.count }

    /// Calls `body` with every form posted under `hash`, in increasing order.
    /// - Complexity: O(log n + k) for k forms.
    func forEachForm(of hash: UInt64, _ body: (Int32) -> Void) {
        let key = Self.key(hash)
        var low = 0
        var high = postings.count
        while low < high {
            let middle = (low + high) / 2
            if postings[middle] < key { low = middle + 1 } else { high = middle }
        }
        let formMask = UInt64(1) << Self.formBits - 1
        while low < postings.count && postings[low] & ~formMask == key {
            body(Int32(truncatingIfNeeded: postings[low] & formMask))
            low += 1
        }
    }
}
