import WritingModel

/// Logical connectives of one text: counts by function, density and
/// variety, and the misuses a word list can detect.
///
/// Misuses flagged:
/// - `semantics.repeated-opening-connective`: a sentence opens with the
///   same connective as the previous one, or with a connective that
///   already opened two sentences (« Donc… Donc… Donc… »);
/// - `semantics.stacked-connectives`: two connectives of the same
///   function in a row (« mais cependant », « donc par conséquent »);
/// - `semantics.early-conclusion`: a connective that announces the
///   conclusion (« en conclusion ») in the first half of a text of three
///   paragraphs or more.
public struct ConnectiveUsage: Sendable {
    /// Connectives in text order.
    public let matches: [ConnectiveLexicon.Match]
    /// Occurrences per function.
    public let byFunction: [String: Int]
    /// Findings, in text order.
    public let findings: [Finding]

    /// Finds the connectives of `context`'s text.
    /// - Complexity: O(n) in the number of tokens.
    public init(context: AnalysisContext) {
        let lexicon = context.resources.connectives
        let document = context.document
        matches = lexicon.matches(in: document.tokens)
        var byFunction: [String: Int] = [:]
        for match in matches {
            byFunction[match.function, default: 0] += 1
        }
        self.byFunction = byFunction
        var findings = Self.repeatedOpenings(matches, document: document, lexicon: lexicon)
        findings += Self.stacked(matches, document: document)
        findings += Self.earlyConclusions(matches, document: document)
        self.findings = findings.sorted { $0.span < $1.span }
    }

    /// Distinct connectives over occurrences; nil without a connective.
    public var variety: Double? {
        matches.isEmpty ? nil : Double(Set(matches.map(\.connective)).count) / Double(matches.count)
    }

    /// Minimum number of sentences for the count of misuses to mean
    /// anything, because a shorter text has no room to repeat an opening.
    public static let minimumSentencesForMisuses = 3

    /// Returns the measures under their stable keys; `connective_misuses`
    /// is undefined below `minimumSentencesForMisuses` sentences.
    public func measures(functions: [String], wordCount: Int, sentenceCount: Int)
        -> [String: MeasureValue]
    {
        [
            "connectives": .integer(matches.count),
            "connectives_per_100_words": .number(
                wordCount > 0 ? Double(matches.count) * 100 / Double(wordCount) : nil),
            "connective_functions": .integer(byFunction.count),
            "connective_variety": .number(variety),
            "connectives_by_function": .record(
                Dictionary(
                    uniqueKeysWithValues: functions.map {
                        ($0, MeasureValue.integer(byFunction[$0] ?? 0))
                    })),
            "connective_misuses": sentenceCount >= Self.minimumSentencesForMisuses
                ? .integer(findings.count) : .undefined,
        ]
    }

    static func span(of match: ConnectiveLexicon.Match, in document: Document) -> TextSpan {
        TextSpan(
            start: document.tokens[match.tokenRange.lowerBound].span.start,
            end: document.tokens[match.tokenRange.upperBound - 1].span.end)
    }

    /// Connectives that open a sentence: the first word of the sentence.
    static func openings(_ matches: [ConnectiveLexicon.Match], document: Document)
        -> [(sentence: Int, match: ConnectiveLexicon.Match)]
    {
        var firstWord: [Int: Int] = [:]
        for (number, sentence) in document.sentences.enumerated() {
            if let index = sentence.tokenRange.first(where: { document.tokens[$0].isWord }) {
                firstWord[index] = number
            }
        }
        return matches.compactMap { match in
            firstWord[match.tokenRange.lowerBound].map { ($0, match) }
        }
    }

    private static func repeatedOpenings(
        _ matches: [ConnectiveLexicon.Match], document: Document, lexicon: ConnectiveLexicon
    ) -> [Finding] {
        var counts: [String: Int] = [:]
        var previous: (sentence: Int, connective: String)?
        var findings: [Finding] = []
        for (sentence, match) in openings(matches, document: document) {
            let key = match.connective.lowercased()
            counts[key, default: 0] += 1
            let followsSame = previous?.sentence == sentence - 1 && previous?.connective == key
            if followsSame || counts[key]! >= 3 {
                let others = lexicon.connectives(for: match.function).filter {
                    $0.lowercased() != key && !$0.hasSuffix("'")
                }.prefix(2)
                let matchSpan = span(of: match, in: document)
                findings.append(
                    repeatedOpeningFinding(
                        span: matchSpan, count: followsSame ? nil : counts[key]!,
                        shown: document.original(matchSpan), alternatives: Array(others)))
            }
            previous = (sentence, key)
        }
        return findings
    }

    /// `count` is nil when the previous sentence opened the same way.
    private static func repeatedOpeningFinding(
        span: TextSpan, count: Int?, shown: String, alternatives: [String]
    ) -> Finding {
        let word = FrenchTypography.quoted(shown)
        let variety =
            alternatives.isEmpty
            ? "variez vos débuts de phrase"
            : "variez avec \(FrenchList.alternatives(alternatives))"
        let fact =
            count.map { "C’est la \($0)e phrase qui commence par \(word)" }
            ?? "Cette phrase commence par \(word), comme la précédente"
        return Finding(
            ruleID: "semantics.repeated-opening-connective", category: .semantique,
            criterion: .semantique, span: span, message: "\(fact)\u{202F}; \(variety).",
            shortMessage: "Connecteur répété", replacements: alternatives, confidence: 0.8,
            severity: .hint)
    }

    private static func stacked(_ matches: [ConnectiveLexicon.Match], document: Document)
        -> [Finding]
    {
        var findings: [Finding] = []
        for (first, second) in zip(matches, matches.dropFirst())
        where first.function == second.function
            && Self.areAdjacent(first, second, in: document)
        {
            let span = TextSpan(
                start: Self.span(of: first, in: document).start,
                end: Self.span(of: second, in: document).end)
            let pair = FrenchTypography.quoted(document.original(span))
            findings.append(
                Finding(
                    ruleID: "semantics.stacked-connectives", category: .semantique,
                    criterion: .semantique, span: span,
                    message:
                        "Le groupe \(pair) accumule deux connecteurs de même sens\u{202F}; gardez-en un seul.",
                    shortMessage: "Connecteurs redondants",
                    replacements: [first, second].map {
                        document.original(Self.span(of: $0, in: document))
                    },
                    confidence: 0.7, severity: .hint))
        }
        return findings
    }

    /// Returns whether `second` follows `first` with at most a comma between
    /// them.
    private static func areAdjacent(
        _ first: ConnectiveLexicon.Match, _ second: ConnectiveLexicon.Match, in document: Document
    ) -> Bool {
        let between = document.tokens[first.tokenRange.upperBound..<second.tokenRange.lowerBound]
        return between.allSatisfy { $0.kind == .punctuation && $0.text == "," }
    }

    private static func earlyConclusions(
        _ matches: [ConnectiveLexicon.Match], document: Document
    ) -> [Finding] {
        guard document.paragraphs.count >= 3 else { return [] }
        let half = document.view.count / 2
        return matches.filter {
            $0.tags.contains(ConnectiveLexicon.announcesConclusion)
                && span(of: $0, in: document).end <= half
        }.map { match in
            let shown = FrenchTypography.quoted(document.original(span(of: match, in: document)))
            return Finding(
                ruleID: "semantics.early-conclusion", category: .semantique,
                criterion: .semantique, span: span(of: match, in: document),
                message:
                    "Le connecteur \(shown) annonce une conclusion, mais le texte n’en est qu’à "
                    + "sa première moitié\u{202F}; gardez-le pour le dernier paragraphe.",
                shortMessage: "Conclusion prématurée", confidence: 0.6, severity: .hint)
        }
    }
}
