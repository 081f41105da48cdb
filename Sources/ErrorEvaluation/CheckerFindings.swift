import TextAnalysis
import WritingModel

/// One finding of a checker on one sentence, reduced to what scoring
/// needs. Plume's and a peer tool's findings are written in this shape.
public struct CheckerFinding: Codable, Sendable, Hashable {
    /// Rule identifier (`grammar.homophone-a-a`, or a peer tool's own id).
    public var rule: String
    /// Evaluation category of the rule; nil for rules outside the families.
    public var category: ErrorCategory?
    /// Half-open UTF-16 span in the sentence.
    public var start: Int
    /// End of the span.
    public var end: Int
    /// `error`, `warning` or `hint`.
    public var severity: String
    /// Suggestions, best first.
    public var replacements: [String]

    /// Creates a finding.
    public init(
        rule: String, category: ErrorCategory?, start: Int, end: Int, severity: String,
        replacements: [String]
    ) {
        self.rule = rule
        self.category = category
        self.start = start
        self.end = end
        self.severity = severity
        self.replacements = replacements
    }

    /// Whether the finding counts as an alarm: errors and warnings do,
    /// hints do not.
    public var isAlarm: Bool { severity == "error" || severity == "warning" }

    /// Returns whether the span overlaps `span`.
    public func overlaps(_ span: TextSpan) -> Bool {
        TextSpan(start: start, end: end).overlaps(span)
    }
}

/// The findings of one sentence.
public struct SentenceFindings: Codable, Sendable, Hashable {
    /// Identifier of the sentence (`EvaluationSentence.id`).
    public var id: String
    /// Findings in text order.
    public var findings: [CheckerFinding]

    /// Creates the findings of sentence `id`.
    public init(id: String, findings: [CheckerFinding]) {
        self.id = id
        self.findings = findings
    }
}

/// Runs Plume's orthographe checks (`OrthographeCriterion`: the spelling
/// check and `CheckingRuleSet`) on evaluation sentences, each as its own
/// text.
public struct PlumeChecker: Sendable {
    private let resources: FrenchResources
    private let criterion = OrthographeCriterion()

    /// Creates the checker over loaded resources.
    public init(resources: FrenchResources) {
        self.resources = resources
    }

    /// Findings on each sentence, in the order of `sentences`.
    /// - Throws: `UnicodeSupportError` when ICU fails to segment a text.
    public func check(_ sentences: [EvaluationSentence]) throws -> [SentenceFindings] {
        try sentences.map { sentence in
            let document = try resources.pipeline.document(for: sentence.text)
            let context = AnalysisContext(document: document, prompt: nil, resources: resources)
            let findings = criterion.evaluate(context).findings.map { finding in
                CheckerFinding(
                    rule: finding.ruleID, category: ErrorCategory(ruleID: finding.ruleID),
                    start: finding.span.start, end: finding.span.end,
                    severity: finding.severity.rawValue, replacements: finding.replacements)
            }
            return SentenceFindings(id: sentence.id, findings: findings)
        }
    }
}
