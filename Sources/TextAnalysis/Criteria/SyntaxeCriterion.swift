import WritingModel

/// Sentence structure: number and length of sentences, sentences without a
/// conjugated verb, very long sentences.
///
/// NOTE: a word counts as a conjugated verb when any of its Lexique
/// analyses is finite, so « porte » in « la porte » passes; a tagger gives
/// the context-aware answer.
public struct SyntaxeCriterion: TextCriterion {
    public let criterion = Criterion.syntaxe
    /// Word count from which a sentence is flagged as very long. Lycée
    /// style guides commonly advise splitting sentences past 30–35 words.
    public var longSentenceWords = 35
    /// Shortest sentence, in words, checked for a verb: titles and short
    /// exclamations (« Quelle horreur ! ») are not fragments.
    public var minimumWordsForVerbCheck = 4

    /// Creates the criterion.
    public init() {}

    public func evaluate(_ context: AnalysisContext) -> CriterionResult {
        let document = context.document
        var lengths: [Int] = []
        var findings: [Finding] = []
        var verbless = 0
        var long = 0
        for sentence in document.sentences {
            let words = sentence.tokenRange.filter { document.tokens[$0].isWord }
            lengths.append(words.count)
            let hasVerb = words.contains { context.annotations[$0]?.hasFiniteReading == true }
            if words.count >= minimumWordsForVerbCheck && !hasVerb {
                verbless += 1
                findings.append(verblessFinding(sentence))
            }
            if words.count >= longSentenceWords {
                long += 1
                findings.append(longFinding(sentence, words: words.count))
            }
        }
        guard !lengths.isEmpty, lengths.contains(where: { $0 > 0 }) else {
            return CriterionResult(
                report: .notMeasured(criterion, message: "Le texte ne contient aucune phrase."))
        }
        let count = Double(lengths.count)
        let measures: [String: MeasureValue] = [
            "sentences": .integer(lengths.count),
            "mean_sentence_length": .number(Double(lengths.reduce(0, +)) / count),
            "max_sentence_length": .integer(lengths.max() ?? 0),
            "verbless_sentences": .integer(verbless),
            "verbless_sentence_share": .number(Double(verbless) / count),
            "long_sentences": .integer(long),
            "long_sentence_share": .number(Double(long) / count),
        ]
        let level = context.resources.levels.level(criterion, measures: measures) ?? 1
        return CriterionResult(
            report: CriterionReport(
                criterion: criterion, level: level, measures: measures,
                message: message(level: level, verbless: verbless, long: long, lengths: lengths)),
            findings: findings)
    }

    private func verblessFinding(_ sentence: Sentence) -> Finding {
        Finding(
            ruleID: "syntax.no-finite-verb", category: .syntaxe, criterion: .syntaxe,
            span: sentence.span,
            message: "Cette phrase ne semble pas contenir de verbe conjugué\u{202F}; vérifiez qu’elle est complète.",
            shortMessage: "Phrase sans verbe conjugué", confidence: 0.5, severity: .hint)
    }

    private func longFinding(_ sentence: Sentence, words: Int) -> Finding {
        Finding(
            ruleID: "syntax.long-sentence", category: .syntaxe, criterion: .syntaxe,
            span: sentence.span,
            message: "Cette phrase compte \(words) mots\u{00A0}: coupez-la en deux phrases pour qu’elle reste claire.",
            shortMessage: "Phrase très longue", confidence: 0.9, severity: .warning)
    }

    private func message(level: Int, verbless: Int, long: Int, lengths: [Int]) -> String {
        let mean = Double(lengths.reduce(0, +)) / Double(lengths.count)
        let summary =
            "Vos phrases comptent en moyenne \(FrenchTypography.counted(mean, "mot", "mots"))."
        if long == 1 {
            return "\(summary) Une phrase est très longue\u{00A0}: découpez-la pour rester clair."
        }
        if long > 1 {
            return "\(summary) \(long) phrases sont très longues\u{00A0}: découpez-les pour rester clair."
        }
        if verbless == 1 {
            return "\(summary) Une phrase semble sans verbe conjugué\u{00A0}: vérifiez qu’elle est complète."
        }
        if verbless > 1 {
            return "\(summary) \(verbless) phrases semblent sans verbe conjugué\u{00A0}: vérifiez qu’elles sont complètes."
        }
        return level >= 3
            ? "\(summary) Vos phrases sont complètes et de longueur raisonnable."
            : "\(summary) Variez la longueur de vos phrases."
    }
}
