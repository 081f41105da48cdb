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

    /// Maximum length of the sentence a finding carries whole, in UTF-16
    /// code units. A longer one is cut to this many units around the finding,
    /// because every finding carries its sentence: a sentence of a million
    /// units with a thousand findings would otherwise fill gigabytes.
    public static let sentenceLimit = 1_000

    /// The window of `units` around `span`: `radius` code units on each side,
    /// widened so that no surrogate pair is cut.
    /// - Complexity: O(span length + radius).
    public static func window(around span: TextSpan, in units: [UInt16], radius: Int = radius)
        -> FindingContext
    {
        window(around: span, in: units[...], radius: radius)
    }

    /// Returns the window of `units` around `span`, which starts inside the
    /// slice. The slice keeps the text's offsets, so a sentence's slice
    /// bounds the window to the sentence.
    static func window(around span: TextSpan, in units: ArraySlice<UInt16>, radius: Int)
        -> FindingContext
    {
        var start = max(units.startIndex, span.start - radius)
        var end = min(units.endIndex, span.end + radius)
        if start > units.startIndex, UTF16.isTrailSurrogate(units[start]) { start -= 1 }
        if end < units.endIndex, UTF16.isTrailSurrogate(units[end]) { end += 1 }
        let prefix = start > units.startIndex ? "…" : ""
        let suffix = end < units.endIndex ? "…" : ""
        let body = String(decoding: units[start..<end], as: UTF16.self)
        return FindingContext(
            text: prefix + body + suffix, offset: span.start - start + prefix.utf16.count,
            length: min(span.end, units.endIndex) - span.start)
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
            let sentence = units[sentences[low - 1].start..<sentences[low - 1].end]
            copy.sentence =
                sentence.count <= FindingContext.sentenceLimit
                ? String(decoding: sentence, as: UTF16.self)
                : FindingContext.window(
                    around: span, in: sentence, radius: FindingContext.sentenceLimit / 2
                ).text
        }
        return copy
    }
}
