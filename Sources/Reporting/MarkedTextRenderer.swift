import WritingModel

/// Renders a text with its findings marked in place, numbered from 1 in
/// the order given, and the numbered notes that explain them.
///
/// A short finding on one line is marked inline: underlined in its
/// severity's colour on a terminal, `[between brackets]{n}` otherwise. A
/// long finding (a whole sentence) or one overlapping an inline mark gets
/// only its number, `{n}`, where it starts.
public struct MarkedTextRenderer {
    /// Whether to use ANSI colours and underlines.
    public var useColor: Bool
    /// Longest span, in UTF-16 code units, marked inline.
    public var maximumInlineLength = 60

    /// Creates a renderer.
    public init(useColor: Bool) {
        self.useColor = useColor
    }

    /// `text` with the marks of `findings`.
    /// - Complexity: O(n + k log k) for n code units and k findings.
    public func marked(_ text: String, findings: [Finding]) -> String {
        let units = Array(text.utf16)
        var inserts: [(offset: Int, order: Int, text: String)] = []
        var inlineEnd = 0
        for (index, finding) in findings.enumerated() {
            let number = "{\(index + 1)}"
            let span = finding.span
            guard span.end <= units.count else { continue }
            let isInline =
                span.length <= maximumInlineLength && span.start >= inlineEnd
                && !units[span.start..<span.end].contains(0x0A)
            if isInline {
                inlineEnd = span.end
                inserts.append((span.start, 2, open(finding.severity)))
                inserts.append((span.end, 0, close() + dim(number)))
            } else {
                inserts.append((span.start, 1, dim(number)))
            }
        }
        // At one offset: closing marks first, then numbers, then openings.
        inserts.sort { ($0.offset, $0.order) < ($1.offset, $1.order) }
        var result = ""
        var position = 0
        for insert in inserts {
            result += String(decoding: units[position..<insert.offset], as: UTF16.self)
            result += insert.text
            position = insert.offset
        }
        result += String(decoding: units[position...], as: UTF16.self)
        return result
    }

    /// One line per finding: number, line:column, category, message and
    /// suggestions, in French.
    public func notes(_ text: String, findings: [Finding]) -> String {
        let locator = LineLocator(text: text)
        var output = ""
        for (index, finding) in findings.enumerated() {
            let (line, column) = locator.position(of: finding.span.start)
            output += "  {\(index + 1)} \(line):\(column)  \(finding.category.displayName)  "
            output += finding.message + "\n"
            if !finding.replacements.isEmpty {
                let list = finding.replacements.prefix(5).map(FrenchTypography.quoted)
                output += "      Suggestions\u{00A0}: \(list.joined(separator: ", "))\n"
            }
        }
        return output
    }

    private func open(_ severity: Severity) -> String {
        guard useColor else { return "[" }
        return "\u{1B}[4;\(Self.colorCode(severity))m"
    }

    private func close() -> String {
        useColor ? "\u{1B}[0m" : "]"
    }

    private func dim(_ text: String) -> String {
        useColor ? "\u{1B}[2m\(text)\u{1B}[0m" : text
    }

    /// ANSI colour of a severity: red errors, yellow warnings, cyan hints.
    static func colorCode(_ severity: Severity) -> String {
        switch severity {
        case .error: "31"
        case .warning: "33"
        case .hint: "36"
        }
    }
}
