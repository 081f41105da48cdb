import WritingModel

/// How closely a text follows its assignment: the prompt's topic lemmas
/// it takes up, weighted by inverse document frequency, and the
/// paragraphs that drift away.
///
/// Lemmas are topic words (`WordAnnotation.isTopicWord`). Similarities are
/// cosines of TF-IDF vectors (term counts times `DocumentFrequencyTable`
/// IDF weights). A paragraph drifts when it has at least
/// `minimumParagraphWords` words, takes up no lemma of the prompt, and its
/// similarity to the rest of the text is under `driftThreshold`. So a
/// paragraph that develops the text's own line of thought without the
/// prompt's words is not flagged.
///
/// NOTE: lemmas match exactly, so a derived word (« routière » for
/// « route ») or a synonym does not count as taking up the prompt.
public struct PromptRelevance: Sendable {
    /// Shortest paragraph judged for drift, in words.
    public static let minimumParagraphWords = 25
    /// Similarity to the rest of the text under which a paragraph that
    /// ignores the prompt drifts.
    public static let driftThreshold = 0.1

    /// Topic lemma counts of the prompt.
    public let prompt: [String: Int]
    /// Topic lemma counts of the text.
    public let text: [String: Int]
    /// Topic lemma counts of each paragraph.
    public let paragraphs: [[String: Int]]
    /// IDF weight of every lemma of the prompt and the text.
    public let weights: [String: Double]
    /// Indices of the paragraphs that drift.
    public let driftingParagraphs: [Int]
    /// Whether some paragraph is long enough to be judged for drift.
    public let hasJudgedParagraph: Bool

    /// Compares `context`'s text with its prompt; nil without a prompt.
    public init?(context: AnalysisContext, table: DocumentFrequencyTable) {
        guard let promptDocument = context.prompt else { return nil }
        prompt = Self.counts(promptDocument.tokens.indices, context.promptAnnotations)
        let document = context.document
        paragraphs = document.paragraphs.map { paragraph in
            let tokens = paragraph.sentenceRange.flatMap { document.sentences[$0].tokenRange }
            return Self.counts(tokens, context.annotations)
        }
        text = paragraphs.reduce(into: [:]) { total, counts in
            total.merge(counts, uniquingKeysWith: +)
        }
        var weights: [String: Double] = [:]
        for lemma in Set(prompt.keys).union(text.keys) {
            weights[lemma] = table.idf(lemma)
        }
        self.weights = weights
        let wordCounts = document.paragraphs.map { ParagraphStructure.wordCount($0, in: document) }
        let promptLemmas = Set(prompt.keys)
        hasJudgedParagraph = wordCounts.contains { $0 >= Self.minimumParagraphWords }
        driftingParagraphs = paragraphs.indices.filter { [paragraphs, text, weights] index in
            guard wordCounts[index] >= Self.minimumParagraphWords, !promptLemmas.isEmpty,
                promptLemmas.isDisjoint(with: paragraphs[index].keys)
            else { return false }
            let rest = text.merging(paragraphs[index]) { $0 - $1 }.filter { $0.value > 0 }
            return Self.cosine(paragraphs[index], rest, weights) < Self.driftThreshold
        }
    }

    static func counts<Indices: Sequence<Int>>(
        _ indices: Indices, _ annotations: [WordAnnotation?]
    ) -> [String: Int] {
        var counts: [String: Int] = [:]
        for index in indices {
            guard let annotation = annotations[index], annotation.isTopicWord else { continue }
            counts[annotation.lemma, default: 0] += 1
        }
        return counts
    }

    static func cosine(_ left: [String: Int], _ right: [String: Int], _ weights: [String: Double])
        -> Double
    {
        func norm(_ vector: [String: Int]) -> Double {
            vector.reduce(0.0) {
                let value = Double($1.value) * (weights[$1.key] ?? 1)
                return $0 + value * value
            }.squareRoot()
        }
        let denominator = norm(left) * norm(right)
        guard denominator > 0 else { return 0 }
        let dot = left.reduce(0.0) { sum, entry in
            guard let other = right[entry.key] else { return sum }
            let weight = weights[entry.key] ?? 1
            return sum + Double(entry.value) * Double(other) * weight * weight
        }
        return dot / denominator
    }

    /// Share of the prompt's lemmas the text uses; nil when the prompt has
    /// no topic word.
    public var coverage: Double? {
        guard !prompt.isEmpty else { return nil }
        return Double(prompt.keys.filter { text[$0] != nil }.count) / Double(prompt.count)
    }

    /// `coverage` with each prompt lemma weighted by its IDF, so taking up
    /// « clonage » counts more than taking up « question ».
    public var weightedCoverage: Double? {
        guard !prompt.isEmpty else { return nil }
        let total = prompt.keys.reduce(0.0) { $0 + weights[$1, default: 1] }
        let used = prompt.keys.filter { text[$0] != nil }.reduce(0.0) {
            $0 + weights[$1, default: 1]
        }
        return used / total
    }

    /// Share of the text's topic-word occurrences whose lemma is in the prompt.
    public var textOnPromptShare: Double? {
        let total = text.values.reduce(0, +)
        guard total > 0, !prompt.isEmpty else { return nil }
        return Double(text.filter { prompt[$0.key] != nil }.values.reduce(0, +)) / Double(total)
    }

    /// TF-IDF cosine similarity of the whole text and the prompt.
    public var similarity: Double? {
        prompt.isEmpty ? nil : Self.cosine(text, prompt, weights)
    }

    /// TF-IDF cosine similarity of each paragraph and the prompt.
    public var paragraphSimilarities: [Double] {
        paragraphs.map { Self.cosine($0, prompt, weights) }
    }

    /// Prompt lemmas the text uses, heaviest IDF first.
    public var usedPromptLemmas: [String] {
        prompt.keys.filter { text[$0] != nil }.sorted { byWeight($0, $1) }
    }

    /// Prompt lemmas the text never uses, heaviest IDF first.
    public var missingPromptLemmas: [String] {
        prompt.keys.filter { text[$0] == nil }.sorted { byWeight($0, $1) }
    }

    private func byWeight(_ left: String, _ right: String) -> Bool {
        (weights[left, default: 1], right) > (weights[right, default: 1], left)
    }

    /// The measures under their stable keys.
    public var measures: [String: MeasureValue] {
        [
            "prompt_coverage": .number(coverage),
            "weighted_prompt_coverage": .number(weightedCoverage),
            "prompt_similarity": .number(similarity),
            "text_on_prompt_share": .number(textOnPromptShare),
            "paragraph_prompt_similarity": .list(paragraphSimilarities.map { .number($0) }),
            "off_topic_paragraphs": hasJudgedParagraph
                ? .integer(driftingParagraphs.count) : .undefined,
        ]
    }
}
