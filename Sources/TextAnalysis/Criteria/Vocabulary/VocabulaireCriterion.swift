import WritingModel

/// Vocabulary: diversity, frequency and precision of the words, close
/// repetitions with synonyms, everyday-language words, and readability.
///
/// Diversity is measured twice: on lowercased word forms (`mtld`,
/// `type_token_ratio`…, where « voyage » and « voyages » differ) and on
/// lemmas (`lemma_mtld`…, where they do not). Elided clitics (« l' »)
/// count as words. Lemmas and parts of speech come from the context's
/// annotations. `docs/measures.md` defines every measure.
public struct VocabulaireCriterion: TextCriterion {
    public let criterion = Criterion.vocabulaire
    /// Zipf value of the lemma under which a content word counts as rare
    /// (1 occurrence per million words in Lexique's corpora).
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
        let sophistication = LexicalSophistication(context: context, rareZipf: rareZipf)
        let everyday = EverydayWordUsage(
            context: context, lexicon: context.resources.everydayWords)
        let repetitions = CloseRepetitionFinder(window: repetitionWindow).findings(
            in: context, synonyms: context.resources.synonymSuggester())
        let repeated = Self.mostRepeatedLemmas(context)

        var measures = Self.diversityMeasures(context)
        measures.merge(sophistication.measures) { $1 }
        measures.merge(ReadabilityScores(context: context).measures) { $1 }
        let per100 = 100 / Double(wordIndices.count)
        measures["repeated_content_words"] = .list(repeated.prefix(5).map { .text($0.lemma) })
        measures["close_repetitions"] = .integer(repetitions.count)
        measures["close_repetitions_per_100_words"] = .number(Double(repetitions.count) * per100)
        measures["everyday_words"] = .integer(everyday.matches.count)
        measures["everyday_words_per_100_words"] = .number(
            Double(everyday.matches.count) * per100)
        measures["everyday_word_examples"] = .list(
            everyday.examples(in: document).prefix(5).map { .text($0) })

        let levels = context.resources.levels
        let level = levels.level(criterion, measures: measures) ?? 1
        let feedback = VocabularyFeedback(
            measures: measures, repetitions: repetitions, everyday: everyday,
            sophistication: sophistication, repeated: repeated, document: document)
        let message = FeedbackComposer.message(
            criterion: criterion, points: feedback.points, measures: measures, scale: levels,
            opening: feedback.opening, fallbackAdvice: VocabularyFeedback.fallbackAdvice)
        return CriterionResult(
            report: CriterionReport(
                criterion: criterion, level: level, measures: measures, message: message),
            findings: repetitions + everyday.findings)
    }

    /// Returns the diversity measures on word forms and on lemmas, with the
    /// counts of words, forms and lemmas.
    static func diversityMeasures(_ context: AnalysisContext) -> [String: MeasureValue] {
        let wordIndices = context.wordIndices
        let forms = wordIndices.map { context.document.tokens[$0].text.lowercasedIfNeeded }
        let lemmas = wordIndices.enumerated().map { context.annotations[$1]?.lemma ?? forms[$0] }
        let formProfile = DiversityProfile(forms)
        let lemmaProfile = DiversityProfile(lemmas)
        var measures = formProfile.measures()
        measures.merge(lemmaProfile.measures(prefix: "lemma_")) { $1 }
        measures["tokens"] = .integer(formProfile.tokens)
        measures["types"] = .integer(formProfile.types)
        measures["lemma_types"] = .integer(lemmaProfile.types)
        return measures
    }

    /// Topic lemmas used three times or more, most used first, with the
    /// first occurrence as written.
    static func mostRepeatedLemmas(_ context: AnalysisContext)
        -> [(lemma: String, count: Int, shown: String)]
    {
        var counts: [String: (count: Int, shown: String)] = [:]
        for index in context.wordIndices {
            guard let annotation = context.annotations[index],
                CloseRepetitionFinder.isCandidate(annotation)
            else { continue }
            let shown =
                counts[annotation.lemma]?.shown
                ?? context.document.original(context.document.tokens[index].span)
            counts[annotation.lemma] = ((counts[annotation.lemma]?.count ?? 0) + 1, shown)
        }
        return counts.filter { $0.value.count >= 3 }
            .map { (lemma: $0.key, count: $0.value.count, shown: $0.value.shown) }
            .sorted { ($1.count, $0.lemma) < ($0.count, $1.lemma) }
    }
}
