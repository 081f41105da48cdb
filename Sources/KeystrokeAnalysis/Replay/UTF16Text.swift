import WritingModel

/// A text held as UTF-16 code units, so that the offsets of keystroke logs
/// index it directly.
public struct UTF16Text: Hashable, Sendable {
    /// The code units.
    public private(set) var units: [UInt16]

    /// Creates a text from a string.
    public init(_ string: String = "") {
        units = Array(string.utf16)
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
        units.replaceSubrange(span.start..<span.end, with: replacement)
    }

    /// Offset just after the last character that is not white space, so that
    /// only white space follows it; 0 for a blank text.
    /// - Complexity: O(length of the trailing white space).
    public var contentEnd: Int {
        var end = units.count
        while end > 0 && UTF16Text.isSpace(units[end - 1]) { end -= 1 }
        return end
    }

    /// Whether a code unit is a space, tab, line break or no-break space.
    public static func isSpace(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0xA0, 0x2007, 0x202F, 0x2028, 0x2029: true
        default: false
        }
    }
}
