/// Settings of the process measures.
public struct ProcessSettings: Hashable, Sendable {
    /// An inter-key interval at least this long, in ms, is a pause. 2,000 ms
    /// is the threshold of Chenoweth and Hayes (2001) for P-bursts and
    /// Inputlog's usual setting for writing research.
    public var pauseThreshold: Int
    /// A paste of at least this many UTF-16 code units is flagged to the teacher.
    public var largePasteLength: Int
    /// Width of a time-series bucket, in ms.
    public var seriesBucket: Int

    /// Creates settings; the defaults are 2,000 ms, 200 code units and one minute.
    public init(pauseThreshold: Int = 2000, largePasteLength: Int = 200, seriesBucket: Int = 60_000)
    {
        self.pauseThreshold = max(1, pauseThreshold)
        self.largePasteLength = max(1, largePasteLength)
        self.seriesBucket = max(1, seriesBucket)
    }
}

/// Where in the text a pause happened, judged from the text just before the
/// event that ended it and from what that event typed or removed.
public enum PauseLocation: String, CaseIterable, Sendable, Hashable {
    /// Between two letters or digits.
    case withinWord = "within_word"
    /// Before or after a word, inside a sentence.
    case betweenWords = "between_words"
    /// After sentence-final punctuation (. ! ? …), closing quotes or
    /// brackets and spaces allowed in between.
    case betweenSentences = "between_sentences"
    /// At the start of the text or of a line.
    case betweenParagraphs = "between_paragraphs"
    /// Before an event that does not touch the text: a cursor move, a click.
    case other

    /// Classifies the pause before `action`, given the text before it.
    /// - Complexity: O(white space and closing marks before the edit point).
    public static func classify(_ action: KeystrokeAction, in text: UTF16Text) -> PauseLocation {
        guard let (point, next) = editPoint(action, in: text) else { return .other }
        var scan = point
        while scan > 0 && UTF16Text.isSpace(text[scan - 1])
            && !UTF16Text.isLineBreak(text[scan - 1])
        {
            scan -= 1
        }
        if scan == 0 || UTF16Text.isLineBreak(text[scan - 1]) { return .betweenParagraphs }
        while scan > 0 && UTF16Text.isClosing(text[scan - 1]) { scan -= 1 }
        if scan > 0 && UTF16Text.isSentenceEnd(text[scan - 1]) { return .betweenSentences }
        let leftIsWord = point > 0 && UTF16Text.isWordUnit(text[point - 1])
        let nextIsWord = next.map(UTF16Text.isWordUnit) ?? false
        return leftIsWord && nextIsWord ? .withinWord : .betweenWords
    }

    /// The offset where an edit acts and the first unit it types or removes.
    private static func editPoint(_ action: KeystrokeAction, in text: UTF16Text) -> (Int, UInt16?)?
    {
        func unit(at offset: Int) -> UInt16? { offset < text.count ? text[offset] : nil }
        switch action {
        case .insert(let position, let inserted):
            return (position, inserted.utf16.first)
        case .replace(let span, let inserted, _), .paste(let span, let inserted),
            .undo(let span, let inserted), .redo(let span, let inserted),
            .composition(let span, let inserted):
            return (span.start, inserted.utf16.first ?? unit(at: span.start))
        case .delete(let span, _, _), .cut(let span, _), .move(let span, _):
            return (span.start, unit(at: span.start))
        case .cursor, .compositionStart, .compositionEnd, .focusLost, .focusRegained, .snapshot:
            return nil
        }
    }
}
