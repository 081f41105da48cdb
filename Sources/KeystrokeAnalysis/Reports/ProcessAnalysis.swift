import WritingModel

/// The fluence and révision verdicts of one writing session.
///
/// Built from a keystroke log, and optionally from the text the session
/// really ended with, to check the replay.
public struct ProcessAnalysis: Sendable {
    /// Session identifier.
    public var sessionID: String
    /// All process measures.
    public var measures: ProcessMeasures
    /// The text the replay rebuilt.
    public var rebuiltText: String
    /// Repairs the replay needed, in event order.
    public var repairs: [ReplayRepair]
    /// How the rebuilt text compares with the recorded final text, when given.
    public var comparison: FinalTextComparison?
    /// Fluence d'écriture report.
    public var fluenceReport: CriterionReport
    /// Révision report.
    public var revisionReport: CriterionReport
    /// Findings for the teacher and student, such as a large paste, located
    /// in the rebuilt text. Empty when a recorded final text was given and
    /// differs from the rebuilt one in any code unit, since offsets would
    /// then point at the wrong characters.
    public var findings: [Finding]

    /// Replays and measures `log`.
    /// - Parameters:
    ///   - recordedFinalText: the text the session was saved with, if known.
    ///   - levels: the cut points, normally `lexicons/fr/process-levels.tsv`.
    /// - Complexity: O(events × log events) for the measures plus the replay
    ///   cost, O(length of the text after each edit point) per event.
    public init(
        log: KeystrokeLog, recordedFinalText: String? = nil,
        settings: ProcessSettings = ProcessSettings(), levels: ProcessLevelTable
    ) {
        var tracker = ProcessTracker(
            initialText: log.initialText, sessionStart: log.sessionStart, settings: settings)
        var repairs: [ReplayRepair] = []
        for event in log.events {
            // The tracker is in repair mode, which never throws.
            if let (prepared, _) = try? tracker.apply(event) { repairs += prepared.repairs }
        }
        sessionID = log.sessionID
        measures = tracker.measures
        let rebuilt = tracker.replayer.text.string
        rebuiltText = rebuilt
        self.repairs = repairs
        let comparison = recordedFinalText.map {
            FinalTextComparison(rebuilt: rebuilt, recorded: $0)
        }
        self.comparison = comparison
        let reports = ProcessReportBuilder(measures: tracker.measures, levels: levels)
        fluenceReport = reports.fluence()
        revisionReport = reports.revision()
        let offsetsHold = comparison == nil || comparison == .identical
        findings = offsetsHold ? reports.pasteFindings() : []
    }
}

extension ProcessAnalysis {
    /// The two criterion reports and the findings for measures taken so far,
    /// as a live session needs them without replaying its log again.
    public static func reports(for measures: ProcessMeasures, levels: ProcessLevelTable) -> (
        fluence: CriterionReport, revision: CriterionReport, findings: [Finding]
    ) {
        let builder = ProcessReportBuilder(measures: measures, levels: levels)
        return (builder.fluence(), builder.revision(), builder.pasteFindings())
    }
}

/// Turns measures into the two criterion reports and their findings.
struct ProcessReportBuilder {
    var measures: ProcessMeasures
    var levels: ProcessLevelTable

    /// Whether the session holds enough to judge: some typing over some time.
    var isMeasurable: Bool {
        measures.intervals.count > 0 && measures.totalTime > 0 && measures.typedCharacters > 0
    }

    func fluence() -> CriterionReport {
        guard isMeasurable else {
            return .notMeasured(.fluence, message: ProcessMessages.notMeasured(.fluence))
        }
        let values = measures.fluenceValues
        let level = levels.level(.fluence, measures: values) ?? 1
        return CriterionReport(
            criterion: .fluence, level: level, measures: values,
            message: ProcessMessages.fluence(level: level, measures: measures))
    }

    func revision() -> CriterionReport {
        guard isMeasurable else {
            return .notMeasured(.revision, message: ProcessMessages.notMeasured(.revision))
        }
        let values = measures.revisionValues
        let level = levels.level(.revision, measures: values) ?? 1
        let ratioLevel = levels.level(
            .revision, "product_process_ratio", values["product_process_ratio"])
        // The message names what pulls the level down: too much deleted
        // (bottom quartile of the ratio) or too few returns into the text.
        let tooMuchDeleted = ratioLevel == 1
        return CriterionReport(
            criterion: .revision, level: level, measures: values,
            message: ProcessMessages.revision(
                level: level, tooMuchDeleted: tooMuchDeleted, measures: measures))
    }

    func pasteFindings() -> [Finding] {
        measures.largePastes.compactMap { paste in
            guard let span = paste.span else { return nil }
            return Finding(
                ruleID: "revision.large-paste", category: .revision, criterion: .revision,
                span: span, message: ProcessMessages.largePaste(length: paste.length),
                shortMessage: "Texte collé", confidence: 1, severity: .warning)
        }
    }
}
