import WritingModel

/// The plan of a text as its paragraphs show it: introduction,
/// development and conclusion, and paragraph lengths.
///
/// Rules, applied to the paragraphs after a title line (a first line of
/// fewer than 12 words with no sentence-final punctuation):
/// - a text of fewer than `minimumWords` words is not expected to have a
///   plan, so the parts are not measured;
/// - the last paragraph is a conclusion when the text has two paragraphs
///   or more and its first sentence contains a conclusion connective
///   (« en somme », « pour conclure ») or opens with a consequence one
///   (« Ainsi », « C'est pourquoi »);
/// - the first paragraph is an introduction when the text has two
///   paragraphs or more, it is not the conclusion, and it ends with a
///   question (the problem it raises) or is no longer than 1.25 times the
///   mean of the other paragraphs;
/// - the development is every other paragraph.
public struct ParagraphStructure: Sendable {
    /// Words per paragraph, title excluded.
    public let paragraphWords: [Int]
    /// Whether the text is long enough to be judged on its plan.
    public let isMeasured: Bool
    /// Whether the first paragraph reads as an introduction.
    public let hasIntroduction: Bool
    /// Whether some paragraph is neither introduction nor conclusion.
    public let hasDevelopment: Bool
    /// Whether the last paragraph reads as a conclusion.
    public let hasConclusion: Bool

    /// Words from which a text is expected to have a plan: about a third
    /// of a page, the length of the shortest lycée written answers.
    public static let minimumWords = 150

    /// Reads the plan of `context`'s text.
    public init(context: AnalysisContext, connectives: [ConnectiveLexicon.Match]) {
        let document = context.document
        var paragraphs = Array(document.paragraphs.indices)
        let words = document.paragraphs.map { Self.wordCount($0, in: document) }
        if let first = paragraphs.first, paragraphs.count > 1,
            Self.isTitle(document.paragraphs[first], words: words[first], document: document)
        {
            paragraphs.removeFirst()
        }
        paragraphWords = paragraphs.map { words[$0] }
        isMeasured = paragraphWords.reduce(0, +) >= Self.minimumWords
        guard paragraphs.count > 1, let last = paragraphs.last, let first = paragraphs.first
        else {
            hasIntroduction = false
            hasConclusion = false
            hasDevelopment = !paragraphs.isEmpty
            return
        }
        hasConclusion = Self.opensConclusion(
            document.paragraphs[last], document: document, connectives: connectives)
        let others = paragraphWords.dropFirst()
        let meanOthers = Double(others.reduce(0, +)) / Double(max(others.count, 1))
        hasIntroduction =
            !(hasConclusion && paragraphs.count == 2)
            && (Self.endsWithQuestion(document.paragraphs[first], document: document)
                || Double(paragraphWords[0]) <= 1.25 * meanOthers)
        let parts = (hasIntroduction ? 1 : 0) + (hasConclusion ? 1 : 0)
        hasDevelopment = paragraphs.count > parts
    }

    /// Number of parts found (0 to 3); nil when the text is too short to
    /// be judged on its plan.
    public var partCount: Int? {
        guard isMeasured else { return nil }
        return (hasIntroduction ? 1 : 0) + (hasDevelopment ? 1 : 0) + (hasConclusion ? 1 : 0)
    }

    /// Share of the words in the longest paragraph; nil without a word.
    public var longestParagraphShare: Double? {
        let total = paragraphWords.reduce(0, +)
        guard total > 0, let longest = paragraphWords.max() else { return nil }
        return Double(longest) / Double(total)
    }

    /// The measures under their stable keys; plan measures are undefined
    /// for a text under `minimumWords` words.
    public var measures: [String: MeasureValue] {
        [
            "paragraph_words": .list(paragraphWords.map { .integer($0) }),
            "structure_parts": partCount.map { .integer($0) } ?? .undefined,
            "has_introduction": isMeasured ? .flag(hasIntroduction) : .undefined,
            "has_conclusion": isMeasured ? .flag(hasConclusion) : .undefined,
            "longest_paragraph_share": isMeasured ? .number(longestParagraphShare) : .undefined,
        ]
    }

    static func wordCount(_ paragraph: Paragraph, in document: Document) -> Int {
        paragraph.sentenceRange.reduce(0) { count, sentence in
            count
                + document.sentences[sentence].tokenRange.filter { document.tokens[$0].isWord }
                .count
        }
    }

    static func isTitle(_ paragraph: Paragraph, words: Int, document: Document) -> Bool {
        guard words < 12, let last = lastToken(of: paragraph, in: document) else { return false }
        return !(last.kind == .punctuation && [".", "!", "?", "…"].contains(last.text))
    }

    static func endsWithQuestion(_ paragraph: Paragraph, document: Document) -> Bool {
        lastToken(of: paragraph, in: document)?.text == "?"
    }

    static func lastToken(of paragraph: Paragraph, in document: Document) -> Token? {
        guard let sentence = paragraph.sentenceRange.last,
            let index = document.sentences[sentence].tokenRange.last
        else { return nil }
        return document.tokens[index]
    }

    /// Whether the paragraph's first sentence has a conclusion connective,
    /// or opens with a consequence connective.
    static func opensConclusion(
        _ paragraph: Paragraph, document: Document, connectives: [ConnectiveLexicon.Match]
    ) -> Bool {
        guard let sentenceIndex = paragraph.sentenceRange.first else { return false }
        let sentence = document.sentences[sentenceIndex]
        let firstWord = sentence.tokenRange.first { document.tokens[$0].isWord }
        return connectives.contains { match in
            guard sentence.tokenRange.contains(match.tokenRange.lowerBound) else { return false }
            return match.function == "conclusion"
                || (match.function == "consequence" && match.tokenRange.lowerBound == firstWord)
        }
    }
}
