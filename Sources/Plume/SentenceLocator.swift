import KeystrokeAnalysis
import WritingModel

/// Finds the sentence around an offset by looking only at nearby characters,
/// so that a live session pays for the sentence, not for the whole text.
///
/// A sentence ends after . ! ? or … (with closing quotes or brackets) when
/// white space and no lowercase word follow, or at a line break. Unlike the
/// French segmenter used for whole texts, it knows no abbreviations, so
/// « M. Durand » is two sentences here, and a sentence whose next one starts
/// in lowercase runs on into it.
enum SentenceLocator {
    /// A located sentence.
    struct Located: Hashable {
        /// Span without surrounding white space; may be empty.
        var span: TextSpan
        /// Whether sentence-final punctuation ends it.
        var isComplete: Bool
    }

    /// Finds the sentence that contains the code unit at `offset` (clamped
    /// to the text).
    /// - Complexity: O(sentence length).
    static func sentence(containing offset: Int, in text: UTF16Text) -> Located {
        let offset = min(max(0, offset), text.count)
        var start = offset
        while start > 0 && !isSentenceStart(start, in: text) { start -= 1 }
        var end = offset
        var complete = false
        while end < text.count && !UTF16Text.isLineBreak(text[end]) {
            if UTF16Text.isSentenceEnd(text[end]), let boundary = boundary(after: end, in: text) {
                end = boundary
                complete = true
                break
            }
            end += 1
        }
        while start < end && UTF16Text.isSpace(text[start]) { start += 1 }
        while end > start && UTF16Text.isSpace(text[end - 1]) { end -= 1 }
        return Located(span: TextSpan(start: start, end: end), isComplete: complete)
    }

    /// Returns where a sentence ends when the punctuation at `offset` ends
    /// it: after further punctuation and closing marks (« Non. » with its
    /// space before »), unless a lowercase word follows (« Viens ! » puis…).
    private static func boundary(after offset: Int, in text: UTF16Text) -> Int? {
        var after = offset + 1
        while after < text.count && UTF16Text.isSentenceEnd(text[after]) { after += 1 }
        var probe = skipSpaces(from: after, in: text)
        if probe < text.count && UTF16Text.isClosing(text[probe]) {
            while probe < text.count && UTF16Text.isClosing(text[probe]) { probe += 1 }
            after = probe
        }
        guard after == text.count || UTF16Text.isSpace(text[after]) else { return nil }
        return startsLowercase(skipSpaces(from: after, in: text), in: text) ? nil : after
    }

    /// Tells whether a sentence may start at `offset`: at the text start,
    /// after a line break, or after white space that follows sentence-final
    /// punctuation when no lowercase word comes next.
    private static func isSentenceStart(_ offset: Int, in text: UTF16Text) -> Bool {
        guard offset > 0 else { return true }
        let previous = text[offset - 1]
        if UTF16Text.isLineBreak(previous) { return true }
        guard UTF16Text.isSpace(previous), !startsLowercase(offset, in: text) else { return false }
        return endsSentence(before: offset, in: text)
    }

    private static func endsSentence(before offset: Int, in text: UTF16Text) -> Bool {
        var scan = offset
        while scan > 0 {
            let unit = text[scan - 1]
            let isSpace = UTF16Text.isSpace(unit) && !UTF16Text.isLineBreak(unit)
            guard isSpace || UTF16Text.isClosing(unit) else { break }
            scan -= 1
        }
        return scan > 0 && UTF16Text.isSentenceEnd(text[scan - 1])
    }

    private static func skipSpaces(from offset: Int, in text: UTF16Text) -> Int {
        var index = offset
        while index < text.count && UTF16Text.isSpace(text[index])
            && !UTF16Text.isLineBreak(text[index])
        {
            index += 1
        }
        return index
    }

    private static func startsLowercase(_ offset: Int, in text: UTF16Text) -> Bool {
        guard offset < text.count, let scalar = Unicode.Scalar(text[offset]) else { return false }
        return scalar.properties.isLowercase
    }
}
