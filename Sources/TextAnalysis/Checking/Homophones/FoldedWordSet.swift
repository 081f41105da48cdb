/// A small set of lowercase words matched against token text without
/// regard to case and without allocating, so a rule can test every word
/// of a text against its trigger words cheaply.
///
/// Folding covers ASCII letters and the Latin-1 capitals À–Þ (« À » →
/// « à »), the capitals French words start with.
struct FoldedWordSet: Sendable {
    private let words: [[UInt8]]
    /// Bit `n` is set when some word is `n` UTF-8 bytes long.
    private let lengths: UInt64
    /// Bit `b % 64` is set when some word starts with byte `b`, so that most
    /// words are rejected after two bit tests.
    private let firstBytes: UInt64

    /// A set of `words`, which must be lowercase.
    init(_ words: some Sequence<String>) {
        self.init(bytes: words.map { Array($0.utf8) })
    }

    /// The union of `sets`.
    init(_ sets: FoldedWordSet...) {
        self.init(bytes: sets.flatMap(\.words))
    }

    private init(bytes: [[UInt8]]) {
        words = bytes
        lengths = bytes.reduce(0) { $0 | (1 << UInt64(min($1.count, 63))) }
        firstBytes = bytes.reduce(0) { $0 | (1 << UInt64(($1.first ?? 0) & 63)) }
    }

    /// Whether the set has no word.
    var isEmpty: Bool { words.isEmpty }

    /// Returns whether `text`, folded to lowercase, is one of the words.
    @inline(__always)
    func contains(_ text: String) -> Bool {
        let count = text.utf8.count
        guard count < 63, lengths & (1 << UInt64(count)) != 0, let first = text.utf8.first,
            firstBytes & (1 << UInt64(Self.folded(first, after: 0) & 63)) != 0
        else { return false }
        if let found = text.utf8.withContiguousStorageIfAvailable({ containsFolded($0) }) {
            return found
        }
        return Array(text.utf8).withUnsafeBufferPointer { containsFolded($0) }
    }

    private func containsFolded(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        words.contains { word in
            guard word.count == bytes.count else { return false }
            var previous: UInt8 = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                if word[index] != Self.folded(byte, after: previous) { return false }
                previous = byte
            }
            return true
        }
    }

    /// The lowercase value of a UTF-8 byte, given the byte before it.
    @inline(__always)
    private static func folded(_ byte: UInt8, after previous: UInt8) -> UInt8 {
        if byte >= 0x41 && byte <= 0x5A { return byte | 0x20 }
        if previous == 0xC3 && byte >= 0x80 && byte <= 0x9E && byte != 0x97 { return byte + 0x20 }
        return byte
    }
}
