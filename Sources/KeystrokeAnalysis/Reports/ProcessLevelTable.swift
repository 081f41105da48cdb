import Foundation
import WritingModel

/// Cut points that turn fluence and révision measures into levels 1–4,
/// read from `lexicons/fr/process-levels.tsv`.
///
/// The format is that of `lexicons/fr/levels.tsv`. Columns: criterion,
/// measure key, direction (`higher` or `lower` is better), the values from
/// which levels 2, 3 and 4 start, and the source of the numbers. `#` starts
/// a comment.
public struct ProcessLevelTable: Hashable, Sendable {
    /// Cut points of one measure.
    public struct Scale: Hashable, Sendable {
        /// Whether a larger value is better.
        public var higherIsBetter: Bool
        /// Values from which levels 2, 3 and 4 start.
        public var cuts: [Double]

        /// Creates a scale; `cuts` are the starts of levels 2, 3 and 4.
        public init(higherIsBetter: Bool, cuts: [Double]) {
            self.higherIsBetter = higherIsBetter
            self.cuts = cuts
        }

        /// Level from 1 to 4 for `value`.
        public func level(for value: Double) -> Int {
            var level = 1
            for cut in cuts where higherIsBetter ? value >= cut : value <= cut {
                level += 1
            }
            return level
        }
    }

    /// Path of the default table under `lexicons/`.
    public static let relativePath = "fr/process-levels.tsv"

    /// Scales by criterion, then by measure key.
    public var scales: [Criterion: [String: Scale]]

    /// Creates a table from explicit scales.
    public init(scales: [Criterion: [String: Scale]]) {
        self.scales = scales
    }

    /// Reads the table file.
    /// - Throws: `KeystrokeAnalysisError` naming the file and line.
    public init(contentsOf url: URL) throws {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw KeystrokeAnalysisError.fileUnreadable(
                path: url.path, reason: "missing or not UTF-8; it ships in lexicons/fr/")
        }
        try self.init(parsing: text, source: url.lastPathComponent)
    }

    /// Parses the text of a table.
    public init(parsing text: String, source: String) throws {
        var scales: [Criterion: [String: Scale]] = [:]
        var lineNumber = 0
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isLineBreak) {
            lineNumber += 1
            if line.hasPrefix("#") || line.allSatisfy(\.isWhitespace) { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            func fail(_ problem: String) -> KeystrokeAnalysisError {
                .malformedLine(source: source, line: lineNumber, problem: problem)
            }
            guard fields.count >= 7 else {
                throw fail("expected 7 tab-separated fields, found \(fields.count)")
            }
            guard let criterion = Criterion(rawValue: String(fields[0])),
                criterion.needsKeystrokes
            else {
                throw fail("criterion must be fluence or revision, not \"\(fields[0])\"")
            }
            guard fields[2] == "higher" || fields[2] == "lower" else {
                throw fail("direction must be higher or lower, not \"\(fields[2])\"")
            }
            let higher = fields[2] == "higher"
            let cuts = fields[3...5].compactMap { Double($0) }
            guard cuts.count == 3, cuts == (higher ? cuts.sorted() : cuts.sorted(by: >)) else {
                throw fail(
                    "expected three numeric cut points, \(higher ? "increasing" : "decreasing")")
            }
            scales[criterion, default: [:]][String(fields[1])] = Scale(
                higherIsBetter: higher, cuts: cuts)
        }
        self.init(scales: scales)
    }

    /// Level of one measure; nil without a scale or a defined value.
    public func level(_ criterion: Criterion, _ key: String, _ value: MeasureValue?) -> Int? {
        guard let number = value?.doubleValue, let scale = scales[criterion]?[key] else {
            return nil
        }
        return scale.level(for: number)
    }

    /// Rounded mean of the levels of the measures that have a scale; nil
    /// when none has a defined value.
    public func level(_ criterion: Criterion, measures: [String: MeasureValue]) -> Int? {
        let levels = (scales[criterion] ?? [:]).keys.compactMap {
            level(criterion, $0, measures[$0])
        }
        guard !levels.isEmpty else { return nil }
        let mean = Double(levels.reduce(0, +)) / Double(levels.count)
        return Int((mean + 0.5).rounded(.down))
    }
}
