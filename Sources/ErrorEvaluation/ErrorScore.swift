/// Scores of one category.
public struct CategoryScore: Codable, Sendable, Hashable {
    /// The category.
    public var category: ErrorCategory
    /// Errors injected.
    public var injected = 0
    /// Injected errors that a finding of the same category overlaps.
    public var found = 0
    /// Findings of the category on the corrupted sentences, any severity.
    public var findings = 0
    /// Those findings that overlap the sentence's error of the category.
    public var hits = 0
    /// Alarms (errors and warnings) of the category on the clean sentences.
    public var cleanAlarms = 0

    /// Creates an empty score.
    public init(category: ErrorCategory) {
        self.category = category
    }

    /// `found / injected`, or nil with nothing injected.
    public var recall: Double? { injected > 0 ? Double(found) / Double(injected) : nil }
    /// `hits / findings`, or nil with no finding.
    public var precision: Double? { findings > 0 ? Double(hits) / Double(findings) : nil }
}

/// Recall, precision, false alarms and suggestion accuracy of one checker
/// on one evaluation set.
///
/// - An injected error is found when a finding of its category overlaps
///   its span (by at least one UTF-16 unit), whatever the severity.
/// - Precision counts, on the corrupted sentences, the findings of a
///   category that overlap the sentence's injected error of that
///   category, over all findings of that category there. A finding on a
///   flaw the treebank sentence already had counts against precision.
/// - False alarms are the errors and warnings on the clean sentences,
///   hints excluded, per 1,000 words (tokens with a letter or a digit).
/// - Top-1 is measured on the non-word errors found: the first suggestion
///   of the first overlapping `spell.unknown-word` finding must equal the
///   original word exactly.
public struct ErrorScore: Codable, Sendable, Hashable {
    /// One entry per category, in `ErrorCategory.allCases` order.
    public var categories: [CategoryScore]
    /// Clean sentences checked.
    public var cleanSentences = 0
    /// Their words.
    public var cleanWords = 0
    /// Alarms on the clean sentences from every rule, including rules
    /// outside the evaluated categories.
    public var cleanAlarms = 0
    /// Non-word errors found.
    public var nonWordsFound = 0
    /// Of those, the ones whose first suggestion is the original word.
    public var topOneCorrect = 0

    /// Scores `corrupted` and `clean` sentences against the findings of a
    /// checker, matched by sentence identifier.
    /// - Complexity: O(n) in sentences and findings.
    public init(
        corrupted: [EvaluationSentence], corruptedFindings: [SentenceFindings],
        clean: [EvaluationSentence], cleanFindings: [SentenceFindings]
    ) {
        var scores = Dictionary(
            uniqueKeysWithValues: ErrorCategory.allCases.map { ($0, CategoryScore(category: $0)) })
        let corruptedByID = Dictionary(
            corruptedFindings.map { ($0.id, $0.findings) }, uniquingKeysWith: { first, _ in first })
        for sentence in corrupted {
            guard let gold = sentence.error else { continue }
            let findings = corruptedByID[sentence.id] ?? []
            scores[gold.category]!.injected += 1
            for finding in findings {
                guard let category = finding.category else { continue }
                scores[category]!.findings += 1
                if category == gold.category && finding.overlaps(gold.span) {
                    scores[category]!.hits += 1
                }
            }
            let matching = findings.first { $0.category == gold.category && $0.overlaps(gold.span) }
            guard let matching else { continue }
            scores[gold.category]!.found += 1
            if gold.category == .nonWord {
                nonWordsFound += 1
                if matching.replacements.first == gold.correct { topOneCorrect += 1 }
            }
        }
        categories = []
        countClean(clean, cleanFindings, into: &scores)
        categories = ErrorCategory.allCases.map { scores[$0]! }
    }

    private mutating func countClean(
        _ clean: [EvaluationSentence], _ findings: [SentenceFindings],
        into scores: inout [ErrorCategory: CategoryScore]
    ) {
        let byID = Dictionary(findings.map { ($0.id, $0.findings) }, uniquingKeysWith: { a, _ in a })
        cleanSentences = clean.count
        cleanWords = clean.reduce(0) { $0 + $1.words }
        for sentence in clean {
            for finding in byID[sentence.id] ?? [] where finding.isAlarm {
                cleanAlarms += 1
                if let category = finding.category { scores[category]!.cleanAlarms += 1 }
            }
        }
    }

    /// Alarms per 1,000 words on the clean sentences, or nil with no word.
    public var alarmsPerThousandWords: Double? {
        cleanWords > 0 ? Double(cleanAlarms) * 1000 / Double(cleanWords) : nil
    }

    /// Alarms per 1,000 words on the clean sentences without the
    /// typography rules, whose findings are not spelling or grammar errors.
    public var nonTypographyAlarmsPerThousandWords: Double? {
        let typography = categories.first { $0.category == .typography }?.cleanAlarms ?? 0
        return cleanWords > 0 ? Double(cleanAlarms - typography) * 1000 / Double(cleanWords) : nil
    }

    /// `topOneCorrect / nonWordsFound`, or nil with no non-word found.
    public var topOneAccuracy: Double? {
        nonWordsFound > 0 ? Double(topOneCorrect) / Double(nonWordsFound) : nil
    }
}
