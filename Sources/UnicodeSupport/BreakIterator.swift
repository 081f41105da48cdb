internal import CICUShim

/// An ICU break iterator (word or sentence boundaries).
///
/// Not thread-safe: one iterator belongs to one thread at a time, so
/// concurrent callers each create their own (opening one takes a few
/// microseconds once ICU's rules are loaded).
public final class BreakIterator {
    /// What the iterator finds boundaries between.
    public enum Kind: Sendable {
        case word
        case sentence
    }

    /// A boundary and the ICU rule status of the segment that ends there.
    public struct Boundary: Hashable, Sendable {
        /// Offset in UTF-16 code units.
        public var offset: Int
        /// ICU rule status (`UBRK_WORD_*` ranges for word iterators).
        public var ruleStatus: Int32
    }

    /// ICU word rule status ranges, from `ubrk.h`.
    public enum WordStatus {
        /// Spaces, punctuation and symbols: 0..<100.
        public static let none: Range<Int32> = 0..<100
        /// Numbers: 100..<200.
        public static let number: Range<Int32> = 100..<200
        /// Letters: 200..<300.
        public static let letter: Range<Int32> = 200..<300
        /// Kana: 300..<400.
        public static let kana: Range<Int32> = 300..<400
        /// Ideographs: 400..<500.
        public static let ideograph: Range<Int32> = 400..<500
    }

    private let handle: UnsafeMutableRawPointer
    private var boundaryBuffer: [Int32] = Array(repeating: 0, count: 256)
    private var statusBuffer: [Int32] = Array(repeating: 0, count: 256)

    /// Opens an iterator for `locale`, an ICU locale identifier.
    /// - Throws: `UnicodeSupportError.icuFailure` when ICU has no rules for it.
    public init(_ kind: Kind, locale: String) throws {
        var status: Int32 = 0
        let type = kind == .word ? Int32(PLUME_BREAK_WORD) : Int32(PLUME_BREAK_SENTENCE)
        guard let handle = plume_break_open(type, locale, &status) else {
            throw UnicodeSupportError.failure("ubrk_open(\(locale))", status)
        }
        self.handle = handle
    }

    deinit {
        plume_break_close(handle)
    }

    /// Finds every boundary of `text`, starting with 0 and ending with its length.
    /// - Complexity: O(n) in the length of `text`.
    public func boundaries(of text: [UInt16]) throws -> [Boundary] {
        guard text.count <= Int(Int32.max) else {
            throw UnicodeSupportError.textTooLong(length: text.count)
        }
        while true {
            var status: Int32 = 0
            let capacity = Int32(boundaryBuffer.count)
            let count = text.withUnsafeBufferPointer { units in
                boundaryBuffer.withUnsafeMutableBufferPointer { offsets in
                    statusBuffer.withUnsafeMutableBufferPointer { statuses in
                        plume_break_boundaries(
                            handle, units.baseAddress, Int32(units.count),
                            offsets.baseAddress, statuses.baseAddress, capacity, &status)
                    }
                }
            }
            guard count >= 0 else {
                throw UnicodeSupportError.failure("ubrk_setText", status)
            }
            if count <= capacity {
                return (0..<Int(count)).map {
                    Boundary(offset: Int(boundaryBuffer[$0]), ruleStatus: statusBuffer[$0])
                }
            }
            boundaryBuffer = Array(repeating: 0, count: Int(count))
            statusBuffer = Array(repeating: 0, count: Int(count))
        }
    }
}
