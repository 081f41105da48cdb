import KeystrokeAnalysis
import TextAnalysis
import WritingModel

/// Finds the sentence around an offset of a live text with the same French
/// segmenter as whole-text analysis, run on the paragraph around the offset
/// and at most `window` code units on each side, so that a keystroke pays
/// for its neighbourhood, not for the whole text.
enum SentenceLocator {
    /// A located sentence.
    struct Located: Hashable {
        /// Span without surrounding white space; may be empty.
        var span: TextSpan
        /// Whether sentence-final punctuation ends it.
        var isComplete: Bool
    }

    /// Code units read on each side of the offset. A sentence longer than
    /// this is cut at the window's edge, which only shortens the span sent
    /// for feedback.
    static let window = 400

    /// Finds the sentence that contains the code unit at `offset` (clamped
    /// to the text), or the sentence just before it when `offset` falls in
    /// the space between two sentences.
    /// - Complexity: O(min(paragraph length, 2 × window)).
    static func sentence(
        containing offset: Int, in text: UTF16Text, pipeline: TextPipeline
    ) -> Located {
        let offset = min(max(0, offset), text.count)
        var start = offset
        while start > 0 && !UTF16Text.isLineBreak(text[start - 1]) && offset - start < window {
            start -= 1
        }
        var end = offset
        while end < text.count && !UTF16Text.isLineBreak(text[end]) && end - offset < window {
            end += 1
        }
        let empty = Located(span: TextSpan(start: offset, end: offset), isComplete: false)
        guard start < end,
            let document = try? pipeline.document(for: text.substring(TextSpan(start: start, end: end)))
        else { return empty }
        let relative = offset - start
        guard
            let sentence = document.sentences.last(where: { $0.span.start <= relative })
                ?? document.sentences.first
        else { return empty }
        return Located(
            span: sentence.span.shifted(by: start),
            isComplete: endsWithTerminalPunctuation(document.tokens(of: sentence)))
    }

    /// Whether the last token, before any closing quotes or brackets, is
    /// . ! ? or an ellipsis.
    private static func endsWithTerminalPunctuation(_ tokens: ArraySlice<Token>) -> Bool {
        let closing: Set<String> = ["»", ")", "]", "”", "›", "\""]
        guard let last = tokens.last(where: { !closing.contains($0.text) }),
            last.kind == .punctuation
        else { return false }
        return last.text.hasSuffix(".") || last.text.hasSuffix("!") || last.text.hasSuffix("?")
            || last.text.hasSuffix("…")
    }
}
