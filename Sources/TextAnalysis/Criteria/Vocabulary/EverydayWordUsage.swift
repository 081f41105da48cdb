import WritingModel

/// Everyday-language and familiar words of one text, with findings where
/// they should be replaced.
///
/// A familiar word (« truc », « ça ») is flagged at every occurrence; a
/// vague one (« chose », « il y a ») only from its third occurrence, since
/// once or twice is normal in any text.
public struct EverydayWordUsage: Sendable {
    /// Rule identifier of the findings.
    public static let ruleID = "vocabulary.everyday-word"
    /// Occurrences of one vague entry a text may have before it is flagged.
    public static let vagueOccurrencesAllowed = 2

    /// Every occurrence, in text order.
    public let matches: [EverydayWordLexicon.Match]
    /// Findings, in text order.
    public let findings: [Finding]

    /// Finds the listed words of `context`'s text.
    /// - Complexity: O(n) in the number of tokens.
    public init(context: AnalysisContext, lexicon: EverydayWordLexicon) {
        let document = context.document
        matches = lexicon.matches(in: document.tokens, annotations: context.annotations)
        var seen: [String: Int] = [:]
        var findings: [Finding] = []
        for match in matches {
            seen[match.entry.expression, default: 0] += 1
            if match.entry.register == .vague
                && seen[match.entry.expression]! <= Self.vagueOccurrencesAllowed
            {
                continue
            }
            let first = document.tokens[match.tokenRange.lowerBound].span
            let last = document.tokens[match.tokenRange.upperBound - 1].span
            let span = TextSpan(start: first.start, end: last.end)
            findings.append(Self.finding(match, span: span, shown: document.original(span)))
        }
        self.findings = findings
    }

    /// The expressions found, as the student wrote them, first occurrence
    /// of each entry, in text order.
    public func examples(in document: Document) -> [String] {
        var seen = Set<String>()
        var result: [String] = []
        for match in matches where seen.insert(match.entry.expression).inserted {
            let first = document.tokens[match.tokenRange.lowerBound].span
            let last = document.tokens[match.tokenRange.upperBound - 1].span
            result.append(document.original(TextSpan(start: first.start, end: last.end)))
        }
        return result
    }

    private static func finding(_ match: EverydayWordLexicon.Match, span: TextSpan, shown: String)
        -> Finding
    {
        let noun = match.entry.lemmas.count > 1 ? "L’expression" : "Le mot"
        let word = "\(noun) \(FrenchTypography.quoted(shown))"
        let suggestions = Array(match.entry.suggestions.prefix(3))
        let message: String
        switch match.entry.register {
        case .familiar:
            message =
                "\(word) appartient à la langue familière\u{202F}; dans un devoir, "
                + "préférez \(FrenchList.alternatives(suggestions))."
        case .vague:
            message =
                "\(word) revient souvent et reste vague\u{202F}; selon le sens, "
                + "essayez \(FrenchList.alternatives(suggestions))."
        }
        // The listed suggestions are not inflected: they replace the text
        // only where it is written exactly as the entry (« ça » → « cela »).
        let replaces = shown.lowercased() == match.entry.expression.lowercased()
        let capitalized = shown.startsWithCapital
        let replacements = suggestions.map {
            capitalized ? $0.prefix(1).uppercased() + $0.dropFirst() : $0
        }
        return Finding(
            ruleID: ruleID, category: .vocabulaire, criterion: .vocabulaire, span: span,
            message: message,
            shortMessage: match.entry.register == .familiar ? "Mot familier" : "Mot passe-partout",
            replacements: replaces ? replacements : [],
            confidence: match.entry.register == .familiar ? 0.7 : 0.4, severity: .hint)
    }
}
