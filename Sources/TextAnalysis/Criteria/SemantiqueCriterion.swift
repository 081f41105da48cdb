import WritingModel

/// Cohesion and relevance: logical connectives by function, content-lemma
/// overlap between adjacent sentences, and overlap with the assignment.
public struct SemantiqueCriterion: TextCriterion {
    public let criterion = Criterion.semantique

    /// Creates the criterion.
    public init() {}

    public func evaluate(_ context: AnalysisContext) -> CriterionResult {
        let document = context.document
        guard !document.sentences.isEmpty else {
            return CriterionResult(
                report: .notMeasured(criterion, message: "Le texte ne contient aucune phrase."))
        }
        let matches = context.resources.connectives.matches(in: document.tokens)
        var byFunction: [String: Int] = [:]
        for match in matches {
            byFunction[match.function, default: 0] += 1
        }
        let sentenceLemmas = document.sentences.map { lemmas(in: $0.tokenRange, context) }
        let overlap = adjacentOverlap(sentenceLemmas)
        var measures: [String: MeasureValue] = [
            "connectives": .integer(matches.count),
            "connectives_per_100_words": .number(
                document.wordCount > 0
                    ? Double(matches.count) * 100 / Double(document.wordCount) : nil),
            "connective_functions": .integer(byFunction.count),
            "connectives_by_function": .record(
                Dictionary(
                    uniqueKeysWithValues: context.resources.connectives.functions.map {
                        ($0, MeasureValue.integer(byFunction[$0] ?? 0))
                    })),
            "adjacent_sentence_overlap": .number(overlap.sharedShare),
            "adjacent_lemma_overlap": .number(overlap.meanJaccard),
        ]
        if let coverage = promptCoverage(context) {
            measures["prompt_coverage"] = .number(coverage.coverage)
            measures["text_on_prompt_share"] = .number(coverage.onTopic)
        }
        let level = context.resources.levels.level(criterion, measures: measures) ?? 1
        return CriterionResult(
            report: CriterionReport(
                criterion: criterion, level: level, measures: measures,
                message: message(level: level, byFunction: byFunction, measures: measures)))
    }

    /// Distinct content lemmas of a token range.
    private func lemmas(in range: Range<Int>, _ context: AnalysisContext) -> Set<String> {
        Set(
            range.compactMap { index in
                guard let annotation = context.annotations[index], annotation.isTopicWord
                else { return nil }
                return annotation.lemma
            })
    }

    /// Share of adjacent sentence pairs that share a content lemma, and the
    /// mean Jaccard index of their lemma sets; nil with fewer than two sentences.
    private func adjacentOverlap(_ sets: [Set<String>]) -> (sharedShare: Double?, meanJaccard: Double?) {
        guard sets.count > 1 else { return (nil, nil) }
        var shared = 0
        var jaccardSum = 0.0
        for index in 1..<sets.count {
            let common = sets[index - 1].intersection(sets[index]).count
            let union = sets[index - 1].union(sets[index]).count
            if common > 0 { shared += 1 }
            jaccardSum += union > 0 ? Double(common) / Double(union) : 0
        }
        let pairs = Double(sets.count - 1)
        return (Double(shared) / pairs, jaccardSum / pairs)
    }

    /// Share of the prompt's content lemmas the text uses, and share of the
    /// text's content-lemma occurrences that come from the prompt.
    private func promptCoverage(_ context: AnalysisContext) -> (coverage: Double?, onTopic: Double?)? {
        guard let prompt = context.prompt else { return nil }
        let promptLemmas = Set(
            prompt.tokens.indices.compactMap { index -> String? in
                guard let annotation = context.promptAnnotations[index], annotation.isTopicWord
                else { return nil }
                return annotation.lemma
            })
        let textLemmas = context.document.tokens.indices.compactMap { index -> String? in
            guard let annotation = context.annotations[index], annotation.isTopicWord
            else { return nil }
            return annotation.lemma
        }
        guard !promptLemmas.isEmpty else { return (nil, nil) }
        let used = promptLemmas.intersection(textLemmas).count
        let onTopic = textLemmas.filter { promptLemmas.contains($0) }.count
        return (
            Double(used) / Double(promptLemmas.count),
            textLemmas.isEmpty ? nil : Double(onTopic) / Double(textLemmas.count)
        )
    }

    private func message(level: Int, byFunction: [String: Int], measures: [String: MeasureValue])
        -> String
    {
        let used = byFunction.keys.sorted().map(Self.functionName)
        let summary =
            used.isEmpty
            ? "Vous n’employez presque aucun connecteur logique."
            : "Vos connecteurs expriment\u{00A0}: \(used.joined(separator: ", "))."
        if let coverage = measures["prompt_coverage"]?.doubleValue, coverage < 0.3 {
            return "\(summary) Reprenez davantage les mots du sujet pour montrer que vous y répondez."
        }
        if byFunction["opposition"] == nil && byFunction["concession"] == nil {
            return "\(summary) Pour nuancer, ajoutez une opposition («\u{00A0}mais\u{00A0}», «\u{00A0}cependant\u{00A0}»)."
        }
        if byFunction["cause"] == nil && byFunction["consequence"] == nil {
            return "\(summary) Pour justifier, reliez vos idées par la cause ou la conséquence («\u{00A0}car\u{00A0}», «\u{00A0}donc\u{00A0}»)."
        }
        return level >= 3
            ? "\(summary) Vos idées sont bien reliées."
            : "\(summary) Reliez davantage vos phrases entre elles en reprenant les mots importants."
    }

    static func functionName(_ function: String) -> String {
        switch function {
        case "addition": "l’ajout"
        case "cause": "la cause"
        case "consequence": "la conséquence"
        case "opposition": "l’opposition"
        case "concession": "la concession"
        case "time": "le temps"
        case "illustration": "l’exemple"
        case "conclusion": "la conclusion"
        default: function
        }
    }
}
