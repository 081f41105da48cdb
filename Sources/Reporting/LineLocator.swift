import WritingModel

/// Maps UTF-16 offsets of a text to 1-based lines and columns, and cuts
/// context around a span, for human-readable output.
public struct LineLocator {
    let units: [UInt16]
    /// UTF-16 offsets where each line starts.
    let lineStarts: [Int]

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
        let prefix = string(lineStarts[low], offset)
        return (low + 1, prefix.count + 1)
    }

    /// The text before the span (up to `width` characters, same line), the
    /// span itself and the text after it, with line breaks shown as spaces.
    public func context(of span: TextSpan, width: Int) -> (String, String, String) {
        let (line, _) = position(of: span.start)
        let lineStart = lineStarts[line - 1]
        let lineEnd = line < lineStarts.count ? lineStarts[line] - 1 : units.count
        let end = min(span.end, max(lineEnd, span.start))
        var before = string(lineStart, span.start)
        if before.count > width {
            before = "…" + before.suffix(width)
        }
        var after = string(end, max(end, lineEnd))
        if after.count > width {
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
