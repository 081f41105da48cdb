import WritingModel

/// A text held as UTF-16 code units, so that the offsets of keystroke logs
/// index it directly.
public struct UTF16Text: Hashable, Sendable {
    /// The code units.
    public private(set) var units: [UInt16]
    /// Length of the text in UTF-8 bytes, kept up to date at each splice; a
    /// lone surrogate counts 2 bytes.
    public private(set) var utf8Count: Int

    /// Creates a text from a string.
    public init(_ string: String = "") {
        units = Array(string.utf16)
        utf8Count = string.utf8.count
    }

    /// Length in UTF-16 code units.
    public var count: Int { units.count }

    /// The text as a string; a lone surrogate becomes U+FFFD.
    /// - Complexity: O(n).
    public var string: String { String(decoding: units, as: UTF16.self) }

    /// The code unit at `offset`.
    public subscript(offset: Int) -> UInt16 { units[offset] }

    /// The text of a span, which must lie inside the text.
    public func substring(_ span: TextSpan) -> String {
        String(decoding: units[span.start..<span.end], as: UTF16.self)
    }

    /// Replaces a span, which must lie inside the text, by `replacement`.
    /// - Complexity: O(n) in the worst case, O(length of the tail) in general.
    public mutating func replace(_ span: TextSpan, with replacement: some Collection<UInt16>) {
        utf8Count += Self.utf8Count(of: replacement) - utf8Count(in: span)
        units.replaceSubrange(span.start..<span.end, with: replacement)
    }

    /// Length in UTF-8 bytes of a span, which must lie inside the text.
    /// - Complexity: O(length of the span).
    public func utf8Count(in span: TextSpan) -> Int {
        Self.utf8Count(of: units[span.start..<span.end])
    }

    /// Length in UTF-8 bytes of UTF-16 code units; each half of a
    /// surrogate pair counts 2 of the pair's 4 bytes.
    static func utf8Count(of units: some Sequence<UInt16>) -> Int {
        var count = 0
        for unit in units {
            switch unit {
            case ..<0x80: count += 1
            case ..<0x800, 0xD800...0xDFFF: count += 2
            default: count += 3
            }
        }
        return count
    }

    /// Offset just after the last character that is not white space, so that
    /// only white space follows it; 0 for a blank text.
    /// - Complexity: O(length of the trailing white space).
    public var contentEnd: Int {
        var end = units.count
        while end > 0 && UTF16Text.isSpace(units[end - 1]) { end -= 1 }
        return end
    }

    /// Returns whether a code unit is a space, tab, line break or no-break space.
    public static func isSpace(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0xA0, 0x2007, 0x202F, 0x2028, 0x2029: true
        default: false
        }
    }
}
