import WritingModel

/// What a criterion produces: its report and the findings it located.
public struct CriterionResult: Sendable {
    /// Measures, level and message.
    public var report: CriterionReport
    /// Findings located in the text.
    public var findings: [Finding]

    /// Creates a result.
    public init(report: CriterionReport, findings: [Finding] = []) {
        self.report = report
        self.findings = findings
    }
}

/// A criterion judged on the text itself (not on the keystroke log).
public protocol TextCriterion: Sendable {
    /// The criterion this type evaluates.
    var criterion: Criterion { get }

    /// Evaluates the text of `context`.
    func evaluate(_ context: AnalysisContext) -> CriterionResult
}
