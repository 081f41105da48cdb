/// A half-open range of UTF-16 code units in the text the caller supplied.
///
/// UTF-16 is what browser editors and keystroke logs count in, so every span
/// Plume reports uses it. `start` is inclusive, `end` exclusive.
public struct TextSpan: Hashable, Sendable, Codable, Comparable {
    /// Offset of the first code unit.
    public var start: Int
    /// Offset one past the last code unit.
    public var end: Int

    /// Creates a span; `end` must not be before `start`.
    public init(start: Int, end: Int) {
        precondition(start <= end, "span end \(end) is before its start \(start)")
        self.start = start
        self.end = end
    }

    /// Number of UTF-16 code units covered.
    public var length: Int { end - start }

    /// Whether the span covers no code unit.
    public var isEmpty: Bool { start == end }

    /// Whether `other` lies entirely inside this span.
    public func contains(_ other: TextSpan) -> Bool {
        start <= other.start && other.end <= end
    }

    /// Whether the two spans share at least one code unit.
    public func overlaps(_ other: TextSpan) -> Bool {
        start < other.end && other.start < end
    }

    /// The smallest span covering both.
    public func union(_ other: TextSpan) -> TextSpan {
        TextSpan(start: min(start, other.start), end: max(end, other.end))
    }

    /// The same span moved by `delta` code units.
    public func shifted(by delta: Int) -> TextSpan {
        TextSpan(start: start + delta, end: end + delta)
    }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}

extension TextSpan: CustomStringConvertible {
    public var description: String { "[\(start), \(end))" }
}
