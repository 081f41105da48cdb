import Lexicon
import WritingModel

/// Cut points that turn measures into levels 1–4, read from
/// `lexicons/fr/levels.tsv` so that a school can recompute them.
public struct LevelScale: Sendable {
    /// Whether a larger value of the measure is better.
    public enum Direction: String, Sendable {
        case higher
        case lower
    }

    /// Cut points of one measure: the values from which levels 2, 3 and 4
    /// start, in the measure's own unit.
    public struct Thresholds: Sendable, Hashable {
        public var direction: Direction
        public var cuts: [Double]

        /// Level from 1 to 4 for `value`.
        public func level(for value: Double) -> Int {
            var level = 1
            for cut in cuts {
                let reached = direction == .higher ? value >= cut : value <= cut
                if reached { level += 1 } else { break }
            }
            return level
        }
    }

    /// One row of a level table: a measure's cut points and where they
    /// come from.
    public struct Row: Sendable, Hashable {
        public var criterion: Criterion
        public var measure: String
        public var thresholds: Thresholds
        /// Where the cut points come from (a paper, « provisional », or the
        /// corpus `plume calibrate` computed them on).
        public var source: String

        /// Creates a row.
        public init(criterion: Criterion, measure: String, thresholds: Thresholds, source: String) {
            self.criterion = criterion
            self.measure = measure
            self.thresholds = thresholds
            self.source = source
        }
    }

    /// Thresholds by criterion, then by measure key.
    public private(set) var thresholds: [Criterion: [String: Thresholds]]
    /// The rows in table order, with their sources.
    public private(set) var rows: [Row]

    /// Creates a scale from explicit thresholds.
    public init(thresholds: [Criterion: [String: Thresholds]]) {
        self.thresholds = thresholds
        rows = thresholds.flatMap { criterion, measures in
            measures.map {
                Row(criterion: criterion, measure: $0.key, thresholds: $0.value, source: "")
            }
        }.sorted { ($0.criterion.rawValue, $0.measure) < ($1.criterion.rawValue, $1.measure) }
    }

    /// Creates a scale from rows, in their order; a later row for the same
    /// measure replaces an earlier one.
    public init(rows: [Row]) {
        var thresholds: [Criterion: [String: Thresholds]] = [:]
        for row in rows {
            thresholds[row.criterion, default: [:]][row.measure] = row.thresholds
        }
        self.thresholds = thresholds
        self.rows = rows
    }

    /// Relative path of the default table under `lexicons/`.
    public static let relativePath = "fr/levels.tsv"

    /// Reads a table with columns criterion, measure, direction, the three
    /// cut points and the source.
    /// - Throws: `LexiconError.malformedLine` naming the line.
    public init(list: WordList) throws {
        var rows: [Row] = []
        for row in try list.rows(withAtLeast: 6) {
            func fail(_ reason: String) -> LexiconError {
                .malformedLine(path: list.path, line: row.line, reason: reason)
            }
            guard let criterion = Criterion(rawValue: row.fields[0]) else {
                throw fail("unknown criterion \"\(row.fields[0])\"")
            }
            guard let direction = Direction(rawValue: row.fields[2]) else {
                throw fail("direction must be higher or lower, not \"\(row.fields[2])\"")
            }
            let cuts = row.fields[3...5].compactMap(Double.init)
            guard cuts.count == 3,
                cuts == (direction == .higher ? cuts.sorted() : cuts.sorted(by: >))
            else {
                throw fail(
                    "expected three cut points in \(direction.rawValue == "higher" ? "increasing" : "decreasing") order"
                )
            }
            rows.append(
                Row(
                    criterion: criterion, measure: row.fields[1],
                    thresholds: Thresholds(direction: direction, cuts: cuts),
                    source: row.fields.count > 6 ? row.fields[6...].joined(separator: " ") : ""))
        }
        self.init(rows: rows)
    }

    /// Level of one measure, or nil when the table has no row for it or the
    /// value is undefined.
    public func level(_ criterion: Criterion, _ measure: String, _ value: Double?) -> Int? {
        guard let value, value.isFinite, let scale = thresholds[criterion]?[measure] else {
            return nil
        }
        return scale.level(for: value)
    }

    /// Rounded mean of the levels of the given measures, ignoring those
    /// without a level; nil when none has one.
    public func level(_ criterion: Criterion, measures: [String: MeasureValue]) -> Int? {
        let levels = measures.compactMap { level(criterion, $0.key, $0.value.doubleValue) }
        guard !levels.isEmpty else { return nil }
        let mean = Double(levels.reduce(0, +)) / Double(levels.count)
        return Int((mean + 0.5).rounded(.down))
    }
}
