import ErrorEvaluation
import Foundation

/// The output of `plume eval-errors`: a table per category in text, or the
/// same figures as JSON.
struct EvalErrorsReport {
    var files: [String]
    var seed: Int
    var perCategory: Int?
    var score: ErrorScore

    /// Renders the plain-text table.
    func text() -> String {
        var text = "Files: \(files.joined(separator: ", ")); seed \(seed)"
        text += perCategory.map { "; at most \($0) errors per category\n\n" } ?? "\n\n"
        text += "category                injected  found  recall  findings  hits  precision  "
        text += "clean alarms\n"
        for entry in score.categories {
            text += pad(entry.category.rawValue, 22) + column(entry.injected, 10)
                + column(entry.found, 7) + column(percent(entry.recall), 8)
                + column(entry.findings, 10) + column(entry.hits, 6)
                + column(percent(entry.precision), 11) + column(entry.cleanAlarms, 14) + "\n"
        }
        let perThousand = score.alarmsPerThousandWords.map { String(format: "%.2f", $0) } ?? "-"
        text += "\nClean sentences: \(score.cleanSentences), \(score.cleanWords) words, "
        text += "\(score.cleanAlarms) alarms (errors and warnings, hints excluded, all rules): "
        text += "\(perThousand) per 1,000 words; "
        let grammar = score.nonTypographyAlarmsPerThousandWords.map { String(format: "%.2f", $0) }
        text += "\(grammar ?? "-") per 1,000 words without typography\n"
        text += "Top-1 suggestion on non-word errors found: \(percent(score.topOneAccuracy)) "
        text += "(\(score.topOneCorrect) of \(score.nonWordsFound))\n"
        return text
    }

    /// Renders the JSON object with sorted keys, fractions between 0 and 1,
    /// and null for undefined values.
    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(JSONReport(self)), as: UTF8.self) + "\n"
    }

    private func percent(_ value: Double?) -> String {
        value.map { String(format: "%.1f %%", $0 * 100) } ?? "-"
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(1, width - text.count))
    }

    private func column(_ value: some CustomStringConvertible, _ width: Int) -> String {
        let text = value.description
        return String(repeating: " ", count: max(1, width - text.count)) + text
    }
}

/// The JSON shape of `EvalErrorsReport`.
private struct JSONReport: Encodable {
    struct Category: Encodable {
        var category: String
        var injected, found, findings, hits, cleanAlarms: Int
        var recall, precision: Double?
    }

    var files: [String]
    var seed: Int
    var perCategory: Int?
    var categories: [Category]
    var cleanSentences, cleanWords, cleanAlarms: Int
    var cleanAlarmsPerThousandWords: Double?
    var nonTypographyAlarmsPerThousandWords: Double?
    var nonWordsFound, topOneCorrect: Int
    var topOneAccuracy: Double?

    init(_ report: EvalErrorsReport) {
        let score = report.score
        files = report.files
        seed = report.seed
        perCategory = report.perCategory
        categories = score.categories.map {
            Category(
                category: $0.category.rawValue, injected: $0.injected, found: $0.found,
                findings: $0.findings, hits: $0.hits, cleanAlarms: $0.cleanAlarms,
                recall: $0.recall, precision: $0.precision)
        }
        cleanSentences = score.cleanSentences
        cleanWords = score.cleanWords
        cleanAlarms = score.cleanAlarms
        cleanAlarmsPerThousandWords = score.alarmsPerThousandWords
        nonTypographyAlarmsPerThousandWords = score.nonTypographyAlarmsPerThousandWords
        nonWordsFound = score.nonWordsFound
        topOneCorrect = score.topOneCorrect
        topOneAccuracy = score.topOneAccuracy
    }
}
