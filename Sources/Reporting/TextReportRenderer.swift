import WritingModel

/// Renders an analysis as a French report for a terminal or a text file.
///
/// On a terminal (`useColor`), each finding's span is underlined in its
/// context line and coloured by severity; otherwise a line of carets marks it.
public struct TextReportRenderer {
    /// Whether to use ANSI colours and underlines.
    public var useColor: Bool
    /// Characters of context shown on each side of a finding.
    public var contextWidth = 40
    /// Whether to list every measure under each criterion; otherwise the
    /// report shows levels, messages and findings only.
    public var showsMeasures: Bool

    /// Creates a renderer.
    public init(useColor: Bool, showsMeasures: Bool = true) {
        self.useColor = useColor
        self.showsMeasures = showsMeasures
    }

    /// Writes the report of `text`, titled with `title` (usually a file name).
    public func render(
        _ report: AnalysisReport, text: String, title: String, to output: inout some TextOutputStream
    ) {
        let statistics = report.statistics
        let counts = [
            FrenchTypography.counted(statistics.words, "mot", "mots"),
            FrenchTypography.counted(statistics.sentences, "phrase", "phrases"),
            FrenchTypography.counted(statistics.paragraphs, "paragraphe", "paragraphes"),
        ]
        output.write(
            "Analyse de \(FrenchTypography.quoted(title).terminalSafe) — "
                + "\(counts.joined(separator: ", "))\n\n")
        renderCriteria(report, to: &output)
        renderFindings(report.matches, text: text, to: &output)
    }

    /// Writes the six criteria of `report`: level, message and measures.
    public func renderCriteria(_ report: AnalysisReport, to output: inout some TextOutputStream) {
        for criterion in Criterion.allCases {
            guard let criterionReport = report.criteria[criterion] else { continue }
            renderCriterion(criterionReport, to: &output)
        }
    }

    private func renderCriterion(_ report: CriterionReport, to output: inout some TextOutputStream) {
        let name = report.criterion.displayName
        let padding = String(repeating: " ", count: max(1, 22 - name.count))
        let notMeasured = report.criterion.isMasculine ? "non mesuré" : "non mesurée"
        let level = report.level.map { "niveau \($0)/4" } ?? notMeasured
        output.write("\(bold(name))\(padding)\(level)\n")
        output.write("  \(report.message.terminalSafe)\n")
        if showsMeasures && !report.measures.isEmpty {
            let measures = report.measures.filter { !MeasureLabels.isTable($0.value) }.map {
                "\(MeasureLabels.label(for: $0.key))\u{00A0}: \(MeasureLabels.format($0.value, key: $0.key).terminalSafe)"
            }.sorted()
            for measure in measures {
                output.write("    · \(measure)\n")
            }
        }
        output.write("\n")
    }

    private func renderFindings(
        _ findings: [Finding], text: String, to output: inout some TextOutputStream
    ) {
        guard !findings.isEmpty else {
            output.write("Aucune remarque sur le texte.\n")
            return
        }
        output.write("Remarques (\(findings.count))\n")
        let locator = LineLocator(text: text)
        for finding in findings {
            let (line, column) = locator.position(of: finding.span.start)
            output.write(
                "  \(line):\(column)  \(finding.category.displayName)  "
                    + "\(finding.message.terminalSafe)\n")
            if !finding.replacements.isEmpty {
                let list = finding.replacements.prefix(5).map {
                    FrenchTypography.quoted($0).terminalSafe
                }
                output.write("        Suggestions\u{00A0}: \(list.joined(separator: ", "))\n")
            }
            output.write(contextLines(for: finding, locator: locator))
        }
    }

    private func contextLines(for finding: Finding, locator: LineLocator) -> String {
        var (before, marked, after) = locator.context(of: finding.span, width: contextWidth)
        before = before.terminalSafe
        marked = marked.terminalSafe
        after = after.terminalSafe
        // A whole sentence is marked by its first words only.
        if marked.count > contextWidth * 2 {
            marked = marked.prefix(contextWidth * 2) + "…"
            after = ""
        }
        if useColor {
            let color = finding.severity == .error ? "31" : finding.severity == .warning ? "33" : "36"
            return "        \(before)\u{1B}[4;\(color)m\(marked)\u{1B}[0m\(after)\n"
        }
        let carets = String(repeating: "^", count: max(1, DisplayWidth.columns(of: marked)))
        let indent = String(repeating: " ", count: DisplayWidth.columns(of: before))
        return "        \(before)\(marked)\(after)\n        \(indent)\(carets)\n"
    }

    private func bold(_ text: String) -> String {
        useColor ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }
}
