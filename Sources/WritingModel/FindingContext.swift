/// The text around a finding, as LanguageTool's `context` gives it: a
/// window of the analysed text and the finding's place in that window, so
/// that a client can show a finding without holding the whole text.
public struct FindingContext: Hashable, Sendable, Codable {
    /// The window, with « … » where it cuts the text short.
    public var text: String
    /// Start of the finding in `text`, in UTF-16 code units.
    public var offset: Int
    /// Length of the finding, in UTF-16 code units.
    public var length: Int

    /// Creates a context.
    public init(text: String, offset: Int, length: Int) {
        self.text = text
        self.offset = offset
        self.length = length
    }

    /// Characters of text kept on each side of a finding.
    public static let radius = 40

    /// The window of `units` around `span`: `radius` code units on each side,
    /// widened so that no surrogate pair is cut.
    /// - Complexity: O(span length + radius).
    public static func window(around span: TextSpan, in units: [UInt16], radius: Int = radius)
        -> FindingContext
    {
        var start = max(0, span.start - radius)
        var end = min(units.count, span.end + radius)
        if start > 0, UTF16.isTrailSurrogate(units[start]) { start -= 1 }
        if end < units.count, UTF16.isTrailSurrogate(units[end]) { end += 1 }
        let prefix = start > 0 ? "…" : ""
        let suffix = end < units.count ? "…" : ""
        let body = String(decoding: units[start..<end], as: UTF16.self)
        return FindingContext(
            text: prefix + body + suffix, offset: span.start - start + prefix.utf16.count,
            length: min(span.end, units.count) - span.start)
    }
}

extension Finding {
    /// The finding with `context` and `sentence` filled from the analysed
    /// text, as LanguageTool clients expect them.
    /// - Parameters:
    ///   - units: The UTF-16 code units of the analysed text.
    ///   - sentences: Sentence spans in text order.
    /// - Complexity: O(log s + span length) for s sentences.
    public func addingContext(units: [UInt16], sentences: [TextSpan]) -> Finding {
        guard span.end <= units.count else { return self }
        var copy = self
        copy.context = FindingContext.window(around: span, in: units)
        // The last sentence that starts at or before the finding holds it.
        var low = 0
        var high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].start <= span.start { low = middle + 1 } else { high = middle }
        }
        if low > 0, sentences[low - 1].end <= units.count {
            let sentence = sentences[low - 1]
            copy.sentence = String(decoding: units[sentence.start..<sentence.end], as: UTF16.self)
        }
        return copy
    }
}
