import Lexicon
import WritingModel

/// Orthographe: unknown words (`UnknownWordCheck`), grammar and homophone
/// errors and typography (`CheckingRuleSet`), with the error rate per 100
/// words.
///
/// Typography findings are reported but never counted as errors: a missing
/// no-break space is not a spelling mistake.
public struct OrthographeCriterion: TextCriterion {
    public let criterion = Criterion.orthographe
    /// The non-word check.
    public var spelling = UnknownWordCheck()

    /// Creates the criterion.
    public init() {}

    public func evaluate(_ context: AnalysisContext) -> CriterionResult {
        let document = context.document
        let (unknownWords, wordCount) = spelling.findings(in: context)
        // A word already flagged as unknown gets no second finding.
        let unknownSpans = unknownWords.map(\.span).sorted()
        let checked = context.resources.checkingRules.check(context).filter { finding in
            !Self.overlapsAny(finding.span, sortedSpans: unknownSpans)
        }
        let grammar = checked.filter { $0.category != .typographie }
        let typography = checked.filter { $0.category == .typographie }
        // Hints on unknown words (a technical term, a capital without its
        // accent) are shown but not counted as errors.
        let unknownHints = unknownWords.filter { $0.severity == .hint }
        let errors = (unknownWords.filter { $0.severity != .hint } + grammar)
            .sorted { $0.span < $1.span }
        let rate = wordCount > 0 ? Double(errors.count) * 100 / Double(wordCount) : nil
        let measures: [String: MeasureValue] = [
            "words": .integer(wordCount),
            "unknown_words": .integer(unknownWords.count - unknownHints.count),
            "grammar_errors": .integer(grammar.count),
            "typography_issues": .integer(typography.count),
            "error_rate_per_100_words": .number(rate),
        ]
        guard let level = context.resources.levels.level(criterion, measures: measures) else {
            return CriterionResult(
                report: .notMeasured(criterion, message: "Le texte ne contient aucun mot à vérifier."))
        }
        let message = Self.message(level: level, findings: errors, document: document, rate: rate)
        return CriterionResult(
            report: CriterionReport(
                criterion: criterion, level: level, measures: measures, message: message),
            findings: (errors + unknownHints + typography).sorted { $0.span < $1.span })
    }

    /// Returns whether `span` overlaps one of `sortedSpans`, which do not overlap
    /// each other (one per unknown word).
    /// - Complexity: O(log n) in the number of spans.
    static func overlapsAny(_ span: TextSpan, sortedSpans: [TextSpan]) -> Bool {
        // The first span that ends after `span` starts is the only candidate.
        var low = 0
        var high = sortedSpans.count
        while low < high {
            let middle = (low + high) / 2
            if sortedSpans[middle].end <= span.start {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low < sortedSpans.count && sortedSpans[low].overlaps(span)
    }

    static func message(level: Int, findings: [Finding], document: Document, rate: Double?)
        -> String
    {
        guard let first = findings.first, let rate else {
            return "Aucune faute d’orthographe repérée\u{00A0}: bravo, continuez à vous relire."
        }
        let example = FrenchTypography.quoted(document.original(first.span))
        let count =
            findings.count == 1
            ? "Une faute a été repérée" : "\(findings.count) fautes ont été repérées"
        let advice =
            level >= 3
            ? "Relisez-vous pour corriger ces dernières fautes, par exemple \(example)."
            : "Relisez chaque phrase en vérifiant les accents et les terminaisons, en commençant par \(example)."
        return "\(count) (\(FrenchTypography.decimal(rate)) pour 100 mots). \(advice)"
    }
}
