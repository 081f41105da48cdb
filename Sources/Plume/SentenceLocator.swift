import KeystrokeAnalysis
import WritingModel

/// Finds the sentence around an offset by looking only at nearby characters,
/// so that a live session pays for the sentence, not for the whole text.
///
/// A sentence ends after . ! ? or … (with closing quotes or brackets) or at
/// a line break. Unlike the French segmenter used for whole texts, it does
/// not know abbreviations: « M. Durand » is two sentences here.
enum SentenceLocator {
    /// A located sentence.
    struct Located: Hashable {
        /// Span without surrounding white space; may be empty.
        var span: TextSpan
        /// Whether sentence-final punctuation ends it.
        var isComplete: Bool
    }

    /// Finds the sentence that contains the code unit at `offset` (clamped to the text).
    /// - Complexity: O(sentence length).
    static func sentence(containing offset: Int, in text: UTF16Text) -> Located {
        let offset = min(max(0, offset), text.count)
        var start = offset
        while start > 0 && !isSentenceStart(start, in: text) { start -= 1 }
        var end = offset
        var complete = false
        while end < text.count && !UTF16Text.isLineBreak(text[end]) {
            if UTF16Text.isSentenceEnd(text[end]) {
                var after = end + 1
                while after < text.count
                    && (UTF16Text.isClosing(text[after]) || UTF16Text.isSentenceEnd(text[after]))
                {
                    after += 1
                }
                if after == text.count || UTF16Text.isSpace(text[after]) {
                    end = after
                    complete = true
                    break
                }
            }
            end += 1
        }
        while start < end && UTF16Text.isSpace(text[start]) { start += 1 }
        while end > start && UTF16Text.isSpace(text[end - 1]) { end -= 1 }
        return Located(span: TextSpan(start: start, end: end), isComplete: complete)
    }

    /// Tells whether a sentence may start at `offset`: at the text start, after
    /// a line break, or after white space that follows sentence-final punctuation.
    private static func isSentenceStart(_ offset: Int, in text: UTF16Text) -> Bool {
        guard offset > 0 else { return true }
        let previous = text[offset - 1]
        if UTF16Text.isLineBreak(previous) { return true }
        guard UTF16Text.isSpace(previous) else { return false }
        return endsSentence(before: offset, in: text)
    }

    private static func endsSentence(before offset: Int, in text: UTF16Text) -> Bool {
        var scan = offset
        while scan > 0 && UTF16Text.isSpace(text[scan - 1])
            && !UTF16Text.isLineBreak(text[scan - 1])
        {
            scan -= 1
        }
        while scan > 0 && UTF16Text.isClosing(text[scan - 1]) { scan -= 1 }
        return scan > 0 && UTF16Text.isSentenceEnd(text[scan - 1])
    }
}
