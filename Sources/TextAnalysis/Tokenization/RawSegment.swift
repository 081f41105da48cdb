import UnicodeSupport
import WritingModel

/// A non-space ICU word-break segment, before the French rules run.
struct RawSegment: Equatable {
    var start: Int
    var end: Int
    var kind: TokenKind
}

/// Turns ICU boundaries into raw segments: spaces are dropped, letters and
/// digits keep ICU's class, and punctuation is split from symbols.
struct RawSegmenter {
    let view: SegmentationView

    func segments(from boundaries: [BreakIterator.Boundary]) -> [RawSegment] {
        var result: [RawSegment] = []
        result.reserveCapacity(boundaries.count / 2 + 1)
        for index in boundaries.indices.dropFirst() {
            let start = boundaries[index - 1].offset
            let end = boundaries[index].offset
            let status = boundaries[index].ruleStatus
            guard let kind = classify(start..<end, status: status) else { continue }
            // ICU attaches a format character to the segment before it;
            // at an edge it belongs to no token.
            var first = start
            var last = end
            while first < last && SegmentationView.isIgnorable(view.units[first]) { first += 1 }
            while last > first && SegmentationView.isIgnorable(view.units[last - 1]) { last -= 1 }
            guard first < last else { continue }
            result.append(RawSegment(start: first, end: last, kind: kind))
        }
        return result
    }

    private func classify(_ range: Range<Int>, status: Int32) -> TokenKind? {
        if BreakIterator.WordStatus.number.contains(status) {
            return containsLetter(range) ? .word : .number
        }
        if status >= BreakIterator.WordStatus.letter.lowerBound {
            return .word
        }
        var visible = false
        var punctuation = true
        for offset in range {
            let unit = view.units[offset]
            if SegmentationView.isWhitespace(unit) || SegmentationView.isIgnorable(unit) {
                continue
            }
            visible = true
            if !Self.isPunctuation(unit) {
                punctuation = false
            }
        }
        guard visible else { return nil }
        return punctuation ? .punctuation : .symbol
    }

    private func containsLetter(_ range: Range<Int>) -> Bool {
        range.contains { offset in
            let unit = view.units[offset]
            return (0x41...0x5A).contains(unit) || (0x61...0x7A).contains(unit) || unit >= 0xC0
        }
    }

    /// Punctuation in the sense of Unicode's P* categories for the
    /// characters French text uses; everything else non-space is a symbol.
    static func isPunctuation(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x21...0x23, 0x25...0x2A, 0x2C...0x2F, 0x3A, 0x3B, 0x3F, 0x40, 0x5B...0x5D, 0x5F,
            0x7B, 0x7D, 0xA1, 0xA7, 0xAB, 0xB6, 0xB7, 0xBB, 0xBF, 0x2010...0x2027, 0x2030...0x205E:
            true
        default: false
        }
    }
}
