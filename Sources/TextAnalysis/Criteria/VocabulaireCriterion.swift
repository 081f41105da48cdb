import WritingModel

/// Vocabulary: diversity (type-token ratio, MTLD), rare words and close
/// repetitions of the same content word.
///
/// Diversity is computed on lowercased word forms; elided clitics
/// (« l' ») count as words. Repetitions are counted on lemmas.
public struct VocabulaireCriterion: TextCriterion {
    public let criterion = Criterion.vocabulaire
    /// Zipf value under which a known word counts as rare (1 occurrence per
    /// million words in Lexique's corpora).
    public var rareZipf = 3.0
    /// Distance in words within which a repeated lemma is flagged.
    public var repetitionWindow = 20

    /// Creates the criterion.
    public init() {}

    public func evaluate(_ context: AnalysisContext) -> CriterionResult {
        let document = context.document
        let wordIndices = context.wordIndices
        guard !wordIndices.isEmpty else {
            return CriterionResult(
                report: .notMeasured(criterion, message: "Le texte ne contient aucun mot."))
        }
        let forms = wordIndices.map { document.tokens[$0].text.lowercased() }
        let content = wordIndices.filter { isRepetitionCandidate(context.annotations[$0]) }
        let rare = content.filter { (context.annotations[$0]?.zipf ?? 0) < rareZipf }
        let findings = closeRepetitions(wordIndices: wordIndices, context: context)
        var lemmaCounts: [String: Int] = [:]
        for index in content {
            lemmaCounts[context.annotations[index]!.lemma, default: 0] += 1
        }
        let repeated = lemmaCounts.filter { $0.value >= 3 }.sorted {
            ($1.value, $0.key) < ($0.value, $1.key)
        }
        let measures: [String: MeasureValue] = [
            "tokens": .integer(forms.count),
            "types": .integer(Set(forms).count),
            "type_token_ratio": .number(LexicalDiversity.typeTokenRatio(forms)),
            "mtld": .number(LexicalDiversity.mtld(forms)),
            "rare_word_share": .number(
                content.isEmpty ? nil : Double(rare.count) / Double(content.count)),
            "repeated_content_words": .list(repeated.prefix(5).map { .text($0.key) }),
            "close_repetitions_per_100_words": .number(
                Double(findings.count) * 100 / Double(forms.count)),
        ]
        let level = context.resources.levels.level(criterion, measures: measures) ?? 1
        let message = message(level: level, measures: measures, repetitions: findings, context)
        return CriterionResult(
            report: CriterionReport(
                criterion: criterion, level: level, measures: measures, message: message),
            findings: findings)
    }

    private func isRepetitionCandidate(_ annotation: WordAnnotation?) -> Bool {
        guard let annotation, annotation.isTopicWord else { return false }
        return annotation.zipf > 0 && annotation.lemma.count > 2
    }

    /// A content lemma seen again within `repetitionWindow` words.
    private func closeRepetitions(wordIndices: [Int], context: AnalysisContext) -> [Finding] {
        var lastSeen: [String: Int] = [:]
        var findings: [Finding] = []
        for (position, index) in wordIndices.enumerated() {
            guard let annotation = context.annotations[index],
                isRepetitionCandidate(annotation)
            else { continue }
            if let previous = lastSeen[annotation.lemma], position - previous <= repetitionWindow {
                let shown = context.document.original(context.document.tokens[index].span)
                findings.append(
                    Finding(
                        ruleID: "vocabulary.close-repetition", category: .vocabulaire,
                        criterion: .vocabulaire, span: context.document.tokens[index].span,
                        message: "Le mot \(FrenchTypography.quoted(shown)) revient à quelques mots d’intervalle\u{202F}; cherchez un synonyme ou un pronom.",
                        shortMessage: "Répétition", confidence: 0.7, severity: .hint))
            }
            lastSeen[annotation.lemma] = position
        }
        return findings
    }

    private func message(
        level: Int, measures: [String: MeasureValue], repetitions: [Finding],
        _ context: AnalysisContext
    ) -> String {
        let diversity: String
        if let mtld = measures["mtld"]?.doubleValue {
            diversity = "Votre vocabulaire a une diversité (MTLD) de \(FrenchTypography.decimal(mtld, decimals: 0))."
        } else {
            diversity = "Le texte est trop court pour mesurer la diversité du vocabulaire."
        }
        if let first = repetitions.first {
            let word = FrenchTypography.quoted(context.document.original(first.span))
            return "\(diversity) Évitez les répétitions rapprochées, comme \(word)."
        }
        return level >= 3
            ? "\(diversity) Vous variez bien vos mots."
            : "\(diversity) Employez des mots plus variés et plus précis."
    }
}
