/// A criterion's verdict: its measures, a level and a message for the student.
public struct CriterionReport: Hashable, Sendable, Codable {
    /// Lowest and highest levels. Level 1 needs the most work, level 4 is
    /// what a good lycée text reaches.
    public static let levels: ClosedRange<Int> = 1...4

    /// Criterion this report is about.
    public var criterion: Criterion
    /// Whether there was anything to measure. Fluence and révision are not
    /// measured without a keystroke log, and then `level` is nil.
    public var isMeasured: Bool
    /// Level from 1 to 4, or nil when not measured.
    public var level: Int?
    /// Named measures; names are stable snake_case keys.
    public var measures: [String: MeasureValue]
    /// One or two French sentences for the student.
    public var message: String

    /// Creates a report for a measured criterion; `level` is clamped to 1…4.
    public init(
        criterion: Criterion, level: Int, measures: [String: MeasureValue], message: String
    ) {
        self.criterion = criterion
        self.isMeasured = true
        self.level = min(max(level, Self.levels.lowerBound), Self.levels.upperBound)
        self.measures = measures
        self.message = message
    }

    /// Creates the report of a criterion that could not be measured.
    public static func notMeasured(_ criterion: Criterion, message: String) -> CriterionReport {
        var report = CriterionReport(criterion: criterion, level: 1, measures: [:], message: message)
        report.isMeasured = false
        report.level = nil
        return report
    }

    enum CodingKeys: String, CodingKey {
        case criterion
        case isMeasured = "measured"
        case level, measures, message
    }
}
