import WritingModel

/// Maps UTF-16 offsets of a text to 1-based lines and columns, and cuts
/// context around a span, for human-readable output.
public struct LineLocator {
    let units: [UInt16]
    /// UTF-16 offsets where each line starts.
    let lineStarts: [Int]
    /// The last position found, from which the next one on the same line
    /// is counted: findings come in text order, and counting each column
    /// from the line start would cost the square of a long line's length.
    private let lastPosition = PositionMemo()

    private final class PositionMemo {
        var line = 0
        var offset = 0
        var column = 1
    }

    /// Indexes the lines of `text`.
    /// - Complexity: O(n) in the length of `text`.
    public init(text: String) {
        units = Array(text.utf16)
        var starts = [0]
        for (offset, unit) in units.enumerated() where unit == 0x0A {
            starts.append(offset + 1)
        }
        lineStarts = starts
    }

    /// 1-based line and column; the column counts characters, not code units.
    public func position(of offset: Int) -> (line: Int, column: Int) {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let memo = lastPosition
        let from = memo.line == low + 1 && memo.offset <= offset ? memo.offset : lineStarts[low]
        let column = (from == lineStarts[low] ? 1 : memo.column) + string(from, offset).count
        memo.line = low + 1
        memo.offset = offset
        memo.column = column
        return (low + 1, column)
    }

    /// The text before the span (up to `width` characters, same line), the
    /// span itself and the text after it, with line breaks shown as spaces.
    public func context(of span: TextSpan, width: Int) -> (String, String, String) {
        let (line, _) = position(of: span.start)
        let lineStart = lineStarts[line - 1]
        let lineEnd = line < lineStarts.count ? lineStarts[line] - 1 : units.count
        let end = min(span.end, max(lineEnd, span.start))
        // A character takes at most a few code units, so decoding 4 × width
        // units on each side is enough and keeps long lines cheap.
        var before = string(max(lineStart, span.start - 4 * width), span.start)
        if before.count > width || span.start - 4 * width > lineStart {
            before = "…" + before.suffix(width)
        }
        var after = string(end, min(max(end, lineEnd), end + 4 * width))
        if after.count > width || end + 4 * width < lineEnd {
            after = after.prefix(width) + "…"
        }
        return (flatten(before), flatten(string(span.start, end)), flatten(after))
    }

    private func string(_ start: Int, _ end: Int) -> String {
        String(decoding: units[max(0, start)..<min(end, units.count)], as: UTF16.self)
    }

    private func flatten(_ text: String) -> String {
        String(text.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 })
    }
}
