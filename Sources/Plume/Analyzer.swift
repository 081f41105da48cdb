import Foundation
import KeystrokeAnalysis
import Lexicon
import TextAnalysis
import WritingModel

/// Plume's French writing analyser: create it once, share it between
/// threads, and call `analyze` for each text.
///
/// Start-up loads Lexique, the Hunspell dictionary and the French lists
/// (about 0.2 s in a release build; see BENCHMARKS.md). Every method is
/// safe to call from several threads at once: C resources that are not
/// thread-safe (ICU break iterators, Hunspell handles) are pooled inside.
public final class Analyzer: Sendable {
    /// Where the analyser finds its data.
    public struct Configuration: Sendable {
        /// Folder containing `lexicons/`; nil searches the usual places
        /// (see `ResourceDirectory.locate`).
        public var resourcesPath: String?
        /// Hunspell dictionary path without `.aff`/`.dic`.
        public var dictionaryPath: String
        /// MyThes thesaurus path without `.idx`/`.dat`.
        public var thesaurusPath: String
        /// Level table to use instead of `lexicons/fr/levels.tsv` (one
        /// written by `plume calibrate`); nil for the default.
        public var levelsPath: String?

        /// Creates a configuration; the defaults suit a checkout on Debian.
        public init(
            resourcesPath: String? = nil, dictionaryPath: String = SpellChecker.defaultDictionary,
            thesaurusPath: String = Thesaurus.defaultPath, levelsPath: String? = nil
        ) {
            self.resourcesPath = resourcesPath
            self.dictionaryPath = dictionaryPath
            self.thesaurusPath = thesaurusPath
            self.levelsPath = levelsPath
        }
    }

    /// Loaded language resources.
    public let resources: FrenchResources
    /// Cut points for the fluence and révision levels.
    public let processLevels: ProcessLevelTable
    private let criteria: [any TextCriterion]

    /// Loads the resources.
    /// - Throws: `LexiconError` or `KeystrokeAnalysisError` naming a missing
    ///   or malformed resource.
    public init(configuration: Configuration = Configuration()) throws {
        let directory = try ResourceDirectory.locate(explicitPath: configuration.resourcesPath)
        resources = try FrenchResources(
            directory: directory, dictionaryPath: configuration.dictionaryPath,
            thesaurusPath: configuration.thesaurusPath,
            levelsURL: configuration.levelsPath.map { URL(fileURLWithPath: $0) })
        processLevels = try ProcessLevelTable(
            contentsOf: directory.lexicon(ProcessLevelTable.relativePath))
        criteria = [
            OrthographeCriterion(), SyntaxeCriterion(), VocabulaireCriterion(),
            SemantiqueCriterion(),
        ]
    }

    /// Whether the installed dictionary accepts 1990-reform spellings.
    public var acceptsReformSpellings: Bool { resources.spellChecker.acceptsReformSpellings }

    /// Analyses `text` on the four text criteria; fluence and révision are
    /// reported as not measured unless `processReports` supplies them.
    /// - Parameters:
    ///   - text: The essay, any size up to what memory allows.
    ///   - prompt: The assignment text, for relevance measures.
    ///   - processReports: Fluence and révision reports from a keystroke log.
    /// - Complexity: O(n) in the length of `text`, plus one Hunspell
    ///   suggestion search per distinct unknown word.
    public func analyze(
        _ text: String, prompt: String? = nil, processReports: ProcessReports? = nil
    ) throws -> AnalysisReport {
        let document = try resources.pipeline.document(for: text)
        let promptDocument = try prompt.map { try resources.pipeline.document(for: $0) }
        let context = AnalysisContext(
            document: document, prompt: promptDocument, resources: resources)
        var reports: [Criterion: CriterionReport] = [:]
        var findings: [Finding] = []
        for criterion in criteria {
            let result = criterion.evaluate(context)
            reports[criterion.criterion] = result.report
            findings += result.findings
        }
        let process = processReports ?? .notMeasured
        reports[.fluence] = process.fluence
        reports[.revision] = process.revision
        findings += process.findings
        return AnalysisReport(
            statistics: document.statistics, criteria: reports, matches: findings,
            sentences: document.sentences.map(\.span))
    }
}

extension Analyzer {
    /// Analyses `text` and, from `keystrokes`, the writing process that
    /// produced it: all six criteria.
    ///
    /// The log is replayed and compared with `text`; process findings (a
    /// large paste) are kept only when the replay rebuilds `text` exactly,
    /// because their offsets point into the rebuilt text.
    /// - Complexity: O(n) in the text plus O(e log e) in the log's events.
    public func analyze(_ text: String, prompt: String? = nil, keystrokes: KeystrokeLog)
        throws -> AnalysisReport
    {
        try analyze(text, prompt: prompt, process: processAnalysis(of: keystrokes, finalText: text))
    }

    /// Replays and measures `log`, checking the replay against `finalText`.
    /// The result lists the repairs an inconsistent log needed.
    public func processAnalysis(of log: KeystrokeLog, finalText: String?) -> ProcessAnalysis {
        ProcessAnalysis(log: log, recordedFinalText: finalText, levels: processLevels)
    }

    /// Analyses `text` with fluence and révision taken from `process`.
    public func analyze(_ text: String, prompt: String? = nil, process: ProcessAnalysis)
        throws -> AnalysisReport
    {
        try analyze(
            text, prompt: prompt,
            processReports: ProcessReports(
                fluence: process.fluenceReport, revision: process.revisionReport,
                findings: process.findings))
    }
}

/// Fluence and révision reports computed from a keystroke log.
public struct ProcessReports: Sendable {
    /// Fluence d'écriture report.
    public var fluence: CriterionReport
    /// Révision report.
    public var revision: CriterionReport
    /// Findings from the writing process (a large paste, for example).
    public var findings: [Finding]

    /// Creates process reports.
    public init(fluence: CriterionReport, revision: CriterionReport, findings: [Finding] = []) {
        self.fluence = fluence
        self.revision = revision
        self.findings = findings
    }

    /// Both criteria not measured, because no keystroke log was given.
    public static let notMeasured = ProcessReports(
        fluence: .notMeasured(
            .fluence,
            message: "Fluence non mesurée\u{00A0}: aucun journal de frappe n’a été fourni."),
        revision: .notMeasured(
            .revision,
            message: "Révision non mesurée\u{00A0}: aucun journal de frappe n’a été fourni."))
}
