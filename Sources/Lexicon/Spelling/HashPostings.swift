/// A read-only multimap from 64-bit hashes to form numbers, kept as two
/// sorted parallel arrays: 12 bytes a posting and a binary search a lookup,
/// where a dictionary of string keys would take several times the memory.
///
/// Different strings may share a hash, so callers verify what they find.
struct HashPostings: Sendable {
    private let hashes: [UInt64]
    private let forms: [Int32]

    /// Sorts `postings` by hash, then form, and drops duplicates.
    /// - Complexity: O(n log n).
    init(_ postings: [(hash: UInt64, form: Int32)]) {
        let sorted = postings.sorted { ($0.hash, $0.form) < ($1.hash, $1.form) }
        var hashes: [UInt64] = []
        var forms: [Int32] = []
        hashes.reserveCapacity(sorted.count)
        forms.reserveCapacity(sorted.count)
        for posting in sorted
        where hashes.last != posting.hash || forms.last != posting.form {
            hashes.append(posting.hash)
            forms.append(posting.form)
        }
        self.hashes = hashes
        self.forms = forms
    }

    /// Number of postings.
    var count: Int { hashes.count }

    /// Calls `body` with every form posted under `hash`, in increasing order.
    /// - Complexity: O(log n + k) for k forms.
    func forEachForm(of hash: UInt64, _ body: (Int32) -> Void) {
        var low = 0
        var high = hashes.count
        while low < high {
            let middle = (low + high) / 2
            if hashes[middle] < hash { low = middle + 1 } else { high = middle }
        }
        while low < hashes.count && hashes[low] == hash {
            body(forms[low])
            low += 1
        }
    }
}
