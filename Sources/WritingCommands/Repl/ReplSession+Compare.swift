import Reporting
import WritingModel

extension ReplSession {
    /// `compare COPIE COPIE`: levels, measures, finding counts and texts in
    /// two columns.
    func compare(_ arguments: [String]) throws {
        guard arguments.count == 2 else {
            throw ReplError("Indiquez deux copies\u{00A0}: «\u{00A0}compare NOM NOM\u{00A0}».")
        }
        let left = try essay(arguments[0])
        let right = try essay(arguments[1])
        write(
            "Comparaison de \(FrenchTypography.quoted(left.name)) et "
                + "\(FrenchTypography.quoted(right.name))\n\n")
        var table = ReplTable([.left, .right, .right])
        table.append(["", left.name, right.name])
        table.append(["mots", statistic(left, \.words), statistic(right, \.words)])
        table.append(["phrases", statistic(left, \.sentences), statistic(right, \.sentences)])
        table.append(["paragraphes", statistic(left, \.paragraphs), statistic(right, \.paragraphs)])
        for criterion in Criterion.allCases {
            appendCriterion(criterion, left, right, to: &table)
        }
        table.append(["Remarques", String(left.report.matches.count), String(right.report.matches.count)])
        for category in FindingCategory.allCases {
            let counts = [left, right].map { essay in
                essay.report.matches.filter { $0.category == category }.count
            }
            if counts != [0, 0] {
                table.append(["  \(category.displayName)", String(counts[0]), String(counts[1])])
            }
        }
        write(table.render() + "\n")
        write(sideBySide(left, right))
    }

    private func statistic(_ essay: ReplEssay, _ key: KeyPath<TextStatistics, Int>) -> String {
        FrenchTypography.integer(essay.report.statistics[keyPath: key])
    }

    private func appendCriterion(
        _ criterion: Criterion, _ left: ReplEssay, _ right: ReplEssay, to table: inout ReplTable
    ) {
        let reports = [left, right].map { $0.report.criteria[criterion] }
        let notMeasured = criterion.isMasculine ? "non mesuré" : "non mesurée"
        table.append(
            [criterion.displayName] + reports.map { $0?.level.map { "niveau \($0)" } ?? notMeasured })
        let keys = Set(reports.flatMap { $0?.measures.keys.map { $0 } ?? [] })
        let rows = keys.compactMap { key -> [String]? in
            let values = reports.map { $0?.measures[key] }
            // Lists and records are too long for a column.
            guard values.allSatisfy({ $0 == nil || $0!.isScalar }) else { return nil }
            return ["  " + MeasureLabels.label(for: key)]
                + values.map { $0.map { MeasureLabels.format($0, key: key) } ?? "—" }
        }
        for row in rows.sorted(by: { $0[0] < $1[0] }) {
            table.append(row)
        }
    }

    /// Both texts with plain marks, wrapped into two columns.
    private func sideBySide(_ left: ReplEssay, _ right: ReplEssay) -> String {
        let columnWidth = max(20, (width - 3) / 2)
        let marker = MarkedTextRenderer(useColor: false)
        let columns = [left, right].map { essay in
            Self.wrap(marker.marked(essay.text, findings: essay.report.matches), width: columnWidth)
        }
        var text = ""
        for row in 0..<max(columns[0].count, columns[1].count) {
            let cell = row < columns[0].count ? columns[0][row] : ""
            let other = row < columns[1].count ? columns[1][row] : ""
            let padding = String(repeating: " ", count: max(0, columnWidth - cell.count))
            var line = cell + padding + " │ " + other
            while line.last == " " { line.removeLast() }
            text += line + "\n"
        }
        return text
    }

    /// `text` cut into lines of at most `width` characters at spaces, each
    /// paragraph starting a new line; a longer word gets a line of its own.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                if !line.isEmpty && line.count + 1 + word.count > width {
                    lines.append(line)
                    line = ""
                }
                line += line.isEmpty ? String(word) : " " + word
            }
            lines.append(line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }
}

extension MeasureValue {
    /// Whether the value is one number, flag or word rather than a list or record.
    var isScalar: Bool {
        switch self {
        case .list, .record: false
        default: true
        }
    }
}
