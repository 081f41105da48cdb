import WritingModel

/// Recomputes the cut points of a level table as percentiles of a school's
/// own essays, so that levels compare a student with their peers.
///
/// For each row of the base table, the values of its measure over the
/// corpus give the cut points: for a measure where higher is better,
/// level 2 starts at the 25th percentile, level 3 at the median and level
/// 4 at the 75th percentile, so each level contains about a quarter of the
/// corpus; for a measure where lower is better, the mirror image (level 4
/// at or below the 25th percentile). Directions come from the base table.
/// Percentiles interpolate linearly between order statistics (Hyndman &
/// Fan 1996, definition 7, the default of R and NumPy).
///
/// A measure with fewer than `minimumValues` values in the corpus (one
/// that needs a prompt, or long texts) keeps the base table's cut points.
public struct LevelCalibrator: Sendable {
    /// The table whose rows are recomputed.
    public let base: LevelScale
    /// Minimum number of values a measure needs to be recalibrated.
    public var minimumValues: Int
    /// Percentiles at which levels 2, 3 and 4 start for a « higher » measure.
    public static let percentiles = [25.0, 50.0, 75.0]

    private var values: [Criterion: [String: [Double]]] = [:]
    /// Reports added so far.
    public private(set) var reportCount = 0

    /// Creates a calibrator for the rows of `base`.
    public init(base: LevelScale, minimumValues: Int = 5) {
        self.base = base
        self.minimumValues = minimumValues
    }

    /// Adds the measures of one analysed text.
    public mutating func add(_ reports: [Criterion: CriterionReport]) {
        reportCount += 1
        for row in base.rows {
            guard let value = reports[row.criterion]?.measures[row.measure]?.doubleValue else {
                continue
            }
            values[row.criterion, default: [:]][row.measure, default: []].append(value)
        }
    }

    /// Number of values collected for a measure.
    public func valueCount(_ criterion: Criterion, _ measure: String) -> Int {
        values[criterion]?[measure]?.count ?? 0
    }

    /// Returns the recalibrated scale, naming `corpusName` in each row's
    /// source.
    public func calibrated(corpusName: String) -> LevelScale {
        LevelScale(
            rows: base.rows.map { row in
                let collected = values[row.criterion]?[row.measure] ?? []
                guard collected.count >= minimumValues else {
                    var kept = row
                    kept.source =
                        "kept (\(collected.count) of \(reportCount) texts had a value): \(row.source)"
                    return kept
                }
                let sorted = collected.sorted()
                var cuts = Self.percentiles.map { Self.percentile(sorted, $0) }
                if row.thresholds.direction == .lower {
                    cuts.reverse()
                }
                var calibrated = row
                calibrated.thresholds.cuts = cuts
                calibrated.source =
                    "calibrated: percentiles 25, 50, 75 of \(collected.count) texts of \(corpusName)"
                return calibrated
            })
    }

    /// Returns the `percent` percentile of sorted values, by linear
    /// interpolation between the closest ranks.
    public static func percentile(_ sorted: [Double], _ percent: Double) -> Double {
        precondition(!sorted.isEmpty, "percentile of no values")
        let position = Double(sorted.count - 1) * percent / 100
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - Double(lower))
    }
}
