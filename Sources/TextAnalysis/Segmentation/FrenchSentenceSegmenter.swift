import UnicodeSupport
import WritingModel

/// Groups tokens into sentences and paragraphs.
///
/// ICU's sentence boundaries (root rules: ICU 72 has no French tailoring)
/// come first; a French pass then fixes what ICU gets wrong in French and
/// in students' texts:
/// - no break after an abbreviation (« Mme. Durand », « p. ex. la »), but
///   « etc. » ends a sentence before a capital;
/// - no break after « ? » or « ! » before a lowercase incise
///   (« ? demanda-t-elle »);
/// - a break after a period followed by a lowercase word, because students
///   often forget the capital (ICU would join the two sentences);
/// - a break after « … » before a capital, which ICU never breaks;
/// - closing quotes and brackets stay with the sentence they close.
/// - a numbered-list marker (« 1. ») stays with the line it opens.
/// Sentences never cross a line break, except a soft line break that wraps
/// a sentence (see `SoftLineBreaks`). Safe to share between threads.
public final class FrenchSentenceSegmenter: Sendable {
    /// Plain French locale. The `ss=standard` suppressions are not used:
    /// in ICU 72 they also suppress the break after any word ending in
    /// « aux. » (« Les jardins sont beaux. Mon frère… » stays one sentence),
    /// and the French pass handles abbreviations from Plume's own list.
    static let locale = "fr"

    private let rules: FrenchTokenizerRules
    private let breakers: ObjectPool<BreakIterator>

    /// Creates a segmenter with the tokenizer's French rules.
    public init(rules: FrenchTokenizerRules) throws {
        self.rules = rules
        let first = try BreakIterator(.sentence, locale: Self.locale)
        breakers = ObjectPool(initial: [first]) {
            try BreakIterator(.sentence, locale: FrenchSentenceSegmenter.locale)
        }
    }

    /// Splits `tokens` of `view` into sentences and paragraphs.
    /// - Complexity: O(n) in the length of the text.
    public func segment(
        _ tokens: [Token], in view: SegmentationView
    ) throws -> (sentences: [Sentence], paragraphs: [Paragraph]) {
        let softBreaks = SoftLineBreaks(view: view)
        // ICU sees soft line breaks as spaces, so it does not end a sentence there.
        var units = view.units
        for offset in softBreaks.offsets {
            units[offset] = 0x20
        }
        let boundaries = try breakers.withResource { try $0.boundaries(of: units) }
        var groups = groupTokens(tokens, at: boundaries.map(\.offset))
        let pass = FrenchSentencePass(
            view: view, tokens: tokens, rules: rules, softBreaks: softBreaks)
        groups = pass.apply(to: groups)
        let paragraphSpans = Self.paragraphSpans(of: view, softBreaks: softBreaks)
        return Self.assemble(groups, tokens: tokens, paragraphSpans: paragraphSpans)
    }

    private func groupTokens(_ tokens: [Token], at boundaries: [Int]) -> [Range<Int>] {
        var groups: [Range<Int>] = []
        var boundaryIndex = 0
        var groupStart = 0
        for (index, token) in tokens.enumerated() {
            var crossed = false
            while boundaryIndex < boundaries.count && boundaries[boundaryIndex] <= token.span.start {
                boundaryIndex += 1
                crossed = true
            }
            if crossed && index > groupStart {
                groups.append(groupStart..<index)
                groupStart = index
            }
        }
        if groupStart < tokens.count {
            groups.append(groupStart..<tokens.count)
        }
        return groups
    }

    /// Spans of the paragraphs: non-blank lines, joined across soft line breaks.
    static func paragraphSpans(of view: SegmentationView, softBreaks: SoftLineBreaks)
        -> [TextSpan]
    {
        var spans: [TextSpan] = []
        var lineStart = 0
        func close(at end: Int) {
            var first = lineStart
            var last = end
            while first < last && SegmentationView.isWhitespace(view.units[first]) { first += 1 }
            while last > first && SegmentationView.isWhitespace(view.units[last - 1]) { last -= 1 }
            if first < last {
                spans.append(TextSpan(start: first, end: last))
            }
        }
        for offset in 0..<view.count where softBreaks.isHardLineBreak(offset, in: view) {
            close(at: offset)
            lineStart = offset + 1
        }
        close(at: view.count)
        return spans
    }

    private static func assemble(
        _ groups: [Range<Int>], tokens: [Token], paragraphSpans: [TextSpan]
    ) -> (sentences: [Sentence], paragraphs: [Paragraph]) {
        var sentences: [Sentence] = []
        var paragraphs: [Paragraph] = []
        var paragraphIndex = 0
        for group in groups {
            let span = tokens[group.first!].span.union(tokens[group.last!].span)
            while paragraphIndex + 1 < paragraphSpans.count
                && paragraphSpans[paragraphIndex].end <= span.start
            {
                paragraphIndex += 1
            }
            if paragraphs.isEmpty || paragraphs.count - 1 < paragraphIndex {
                paragraphs.append(
                    Paragraph(
                        span: paragraphSpans[paragraphIndex],
                        sentenceRange: sentences.count..<sentences.count))
            }
            sentences.append(
                Sentence(span: span, tokenRange: group, paragraphIndex: paragraphs.count - 1))
            paragraphs[paragraphs.count - 1].sentenceRange =
                paragraphs[paragraphs.count - 1].sentenceRange.lowerBound..<sentences.count
        }
        return (sentences, paragraphs)
    }
}
