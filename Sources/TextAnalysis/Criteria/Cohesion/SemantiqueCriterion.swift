import WritingModel

/// Sémantique: how the text holds together and answers its assignment.
/// Logical connectives by function (density, variety, misuses),
/// referential cohesion between sentences and paragraphs, the plan
/// (introduction, development, conclusion) and, with a prompt, relevance
/// and drift. `docs/measures.md` defines every measure.
public struct SemantiqueCriterion: TextCriterion {
    public let criterion = Criterion.semantique

    /// Creates the criterion.
    public init() {}

    public func evaluate(_ context: AnalysisContext) -> CriterionResult {
        let document = context.document
        guard !document.sentences.isEmpty, document.wordCount > 0 else {
            let message =
                document.sentences.isEmpty
                ? "Le texte ne contient aucune phrase." : "Le texte ne contient aucun mot."
            return CriterionResult(report: .notMeasured(criterion, message: message))
        }
        let connectives = ConnectiveUsage(context: context)
        let cohesion = ReferentialCohesion(context: context)
        let structure = ParagraphStructure(context: context, connectives: connectives.matches)
        let relevance = context.resources.documentFrequencies().flatMap {
            PromptRelevance(context: context, table: $0)
        }
        var measures = connectives.measures(
            functions: context.resources.connectives.functions, wordCount: document.wordCount,
            sentenceCount: document.sentences.count)
        measures.merge(cohesion.measures) { $1 }
        measures.merge(structure.measures) { $1 }
        measures.merge(relevance?.measures ?? [:]) { $1 }
        let findings = connectives.findings + (relevance.map { driftFindings($0, document) } ?? [])

        let levels = context.resources.levels
        let level = levels.level(criterion, measures: measures) ?? 1
        let feedback = SemanticsFeedback(
            connectives: connectives, cohesion: cohesion, structure: structure,
            relevance: relevance, context: context)
        let message = FeedbackComposer.message(
            criterion: criterion, points: feedback.points, measures: measures, scale: levels,
            opening: feedback.opening, fallbackAdvice: SemanticsFeedback.fallbackAdvice)
        return CriterionResult(
            report: CriterionReport(
                criterion: criterion, level: level, measures: measures, message: message),
            findings: findings)
    }

    private func driftFindings(_ relevance: PromptRelevance, _ document: Document) -> [Finding] {
        relevance.driftingParagraphs.map { index in
            Finding(
                ruleID: "semantics.off-topic-paragraph", category: .semantique,
                criterion: .semantique, span: document.paragraphs[index].span,
                message:
                    "Ce paragraphe ne reprend aucune notion du sujet et s’écarte du reste du texte\u{202F}; "
                    + "montrez comment il répond à la question posée.",
                shortMessage: "Paragraphe hors sujet", confidence: 0.5, severity: .hint)
        }
    }
}
