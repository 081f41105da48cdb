// Findings encode in the shape of LanguageTool's `matches` entries, which
// editor integrations already parse: `offset` and `length` in UTF-16 code
// units, `message`, `shortMessage`, `replacements` as `{"value": …}` objects,
// `rule` with `id`, `description`, `issueType` and `category`, `type`, and,
// when the analyser filled them in, `context` and `sentence`. Plume adds
// `criterion`, `confidence` and `severity`.

extension Finding: Codable {
    enum CodingKeys: String, CodingKey {
        case offset, length, message, shortMessage, replacements, rule, type
        case context, sentence, criterion, confidence, severity
    }

    struct Replacement: Codable {
        var value: String
    }

    struct Rule: Codable {
        var id: String
        /// LanguageTool's rule description; Plume's is the short message.
        var description: String?
        var issueType: String
        var category: Category
    }

    /// LanguageTool's match type: `UnknownWord`, `Hint` or `Other`.
    struct MatchType: Codable {
        var typeName: String
    }

    struct Category: Codable {
        var id: String
        var name: String
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(span.start, forKey: .offset)
        try container.encode(span.length, forKey: .length)
        try container.encode(message, forKey: .message)
        try container.encode(shortMessage, forKey: .shortMessage)
        try container.encode(replacements.map(Replacement.init(value:)), forKey: .replacements)
        let rule = Rule(
            id: ruleID, description: shortMessage, issueType: category.issueType,
            category: Category(id: category.rawValue, name: category.displayName))
        try container.encode(rule, forKey: .rule)
        try container.encode(MatchType(typeName: typeName), forKey: .type)
        try container.encodeIfPresent(context, forKey: .context)
        try container.encodeIfPresent(sentence, forKey: .sentence)
        try container.encode(criterion, forKey: .criterion)
        try container.encode(confidence, forKey: .confidence)
        try container.encode(severity, forKey: .severity)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let offset = try container.decode(Int.self, forKey: .offset)
        let length = try container.decode(Int.self, forKey: .length)
        guard offset >= 0, length >= 0 else {
            throw DecodingError.dataCorruptedError(
                forKey: .length, in: container,
                debugDescription: "offset \(offset) and length \(length) must not be negative")
        }
        let rule = try container.decode(Rule.self, forKey: .rule)
        guard let category = FindingCategory(rawValue: rule.category.id) else {
            throw DecodingError.dataCorruptedError(
                forKey: .rule, in: container,
                debugDescription: "unknown category \(rule.category.id)")
        }
        self.init(
            ruleID: rule.id, category: category,
            criterion: try container.decode(Criterion.self, forKey: .criterion),
            span: TextSpan(start: offset, end: offset + length),
            message: try container.decode(String.self, forKey: .message),
            shortMessage: try container.decode(String.self, forKey: .shortMessage),
            replacements: try container.decode([Replacement].self, forKey: .replacements)
                .map(\.value),
            confidence: try container.decode(Double.self, forKey: .confidence),
            severity: try container.decode(Severity.self, forKey: .severity),
            context: try container.decodeIfPresent(FindingContext.self, forKey: .context),
            sentence: try container.decodeIfPresent(String.self, forKey: .sentence))
    }

    /// LanguageTool's type name: unknown words, hints, and the rest.
    var typeName: String {
        if category == .orthographe && ruleID.hasPrefix("spell.") { return "UnknownWord" }
        return severity == .hint ? "Hint" : "Other"
    }
}

extension FindingCategory {
    /// LanguageTool's `issueType` for the category, which editors use to pick
    /// an underline colour.
    public var issueType: String {
        switch self {
        case .orthographe: "misspelling"
        case .grammaire: "grammar"
        case .typographie: "typographical"
        case .syntaxe, .semantique: "style"
        case .vocabulaire: "style"
        case .fluence, .revision: "other"
        }
    }
}
