/// Counts that describe the analysed text.
public struct TextStatistics: Hashable, Sendable, Codable {
    /// Length of the input in UTF-16 code units.
    public var characters: Int
    /// Word tokens, elided clitics included (« l' » counts as one word).
    public var words: Int
    /// Sentences found by the segmenter.
    public var sentences: Int
    /// Non-empty paragraphs.
    public var paragraphs: Int

    /// Creates statistics.
    public init(characters: Int, words: Int, sentences: Int, paragraphs: Int) {
        self.characters = characters
        self.words = words
        self.sentences = sentences
        self.paragraphs = paragraphs
    }
}

/// The full result of analysing one text: six criterion reports and the
/// findings located in the text.
///
/// This is the versioned JSON document that `plume analyze --format json`
/// prints and that library callers receive. `schemaVersion` changes its
/// major number whenever a field is removed or changes meaning.
public struct AnalysisReport: Hashable, Sendable {
    /// Version of the JSON layout.
    public static let schemaVersion = "1.1"

    /// Counts that describe the text.
    public var statistics: TextStatistics
    /// One report per criterion, all six always present.
    public var criteria: [Criterion: CriterionReport]
    /// Findings sorted by position, then by rule identifier.
    public var matches: [Finding]
    /// Sentence spans, in text order.
    public var sentences: [TextSpan]

    /// Creates a report; findings are sorted by position.
    public init(
        statistics: TextStatistics, criteria: [Criterion: CriterionReport],
        matches: [Finding], sentences: [TextSpan] = []
    ) {
        self.statistics = statistics
        self.criteria = criteria
        self.matches = matches.sorted { ($0.span, $0.ruleID) < ($1.span, $1.ruleID) }
        self.sentences = sentences
    }
}

extension AnalysisReport: Codable {
    enum CodingKeys: String, CodingKey {
        case schemaVersion, offsetUnit, language, statistics, criteria, matches, sentences
    }

    struct SentenceSpan: Codable {
        var offset: Int
        var length: Int
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.schemaVersion, forKey: .schemaVersion)
        try container.encode("utf16", forKey: .offsetUnit)
        try container.encode("fr", forKey: .language)
        try container.encode(statistics, forKey: .statistics)
        let keyed = Dictionary(uniqueKeysWithValues: criteria.map { ($0.key.rawValue, $0.value) })
        try container.encode(keyed, forKey: .criteria)
        try container.encode(matches, forKey: .matches)
        let spans = sentences.map { SentenceSpan(offset: $0.start, length: $0.length) }
        try container.encode(spans, forKey: .sentences)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let version = try container.decode(String.self, forKey: .schemaVersion)
        guard version.split(separator: ".").first == Self.schemaVersion.split(separator: ".").first
        else {
            throw DecodingError.dataCorruptedError(
                forKey: .schemaVersion, in: container,
                debugDescription:
                    "schema version \(version) is not compatible with \(Self.schemaVersion)")
        }
        let keyed = try container.decode([String: CriterionReport].self, forKey: .criteria)
        var criteria: [Criterion: CriterionReport] = [:]
        for (key, report) in keyed {
            guard let criterion = Criterion(rawValue: key) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .criteria, in: container, debugDescription: "unknown criterion \(key)")
            }
            criteria[criterion] = report
        }
        let spans = try container.decodeIfPresent([SentenceSpan].self, forKey: .sentences) ?? []
        self.init(
            statistics: try container.decode(TextStatistics.self, forKey: .statistics),
            criteria: criteria,
            matches: try container.decode([Finding].self, forKey: .matches),
            sentences: spans.map { TextSpan(start: $0.offset, end: $0.offset + $0.length) })
    }
}
