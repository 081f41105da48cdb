import Lexicon
import WritingModel

/// Spelling: words Hunspell does not accept, with suggestions, and the error
/// rate per 100 words.
///
/// Skipped as probable proper nouns: capitalized words inside a sentence
/// and words in capitals (acronyms), since the dictionary cannot list every
/// name and a false alarm teaches a wrong rule.
public struct OrthographeCriterion: TextCriterion {
    public let criterion = Criterion.orthographe
    /// Maximum number of suggestions per finding.
    public var maximumSuggestions = 5

    /// Creates the criterion.
    public init() {}

    public func evaluate(_ context: AnalysisContext) -> CriterionResult {
        let document = context.document
        var findings: [Finding] = []
        var wordCount = 0
        for sentence in document.sentences {
            var isFirstWord = true
            for index in sentence.tokenRange where document.tokens[index].isWord {
                wordCount += 1
                let token = document.tokens[index]
                defer { isFirstWord = false }
                guard shouldCheck(token.text, isSentenceStart: isFirstWord),
                    !isAccepted(token.text, isSentenceStart: isFirstWord, context: context)
                else { continue }
                findings.append(finding(for: token, context: context))
            }
        }
        let rate = wordCount > 0 ? Double(findings.count) * 100 / Double(wordCount) : nil
        let measures: [String: MeasureValue] = [
            "words": .integer(wordCount),
            "unknown_words": .integer(findings.count),
            "error_rate_per_100_words": .number(rate),
        ]
        guard let level = context.resources.levels.level(criterion, measures: measures) else {
            return CriterionResult(
                report: .notMeasured(criterion, message: "Le texte ne contient aucun mot à vérifier."))
        }
        let message = Self.message(level: level, findings: findings, document: document, rate: rate)
        return CriterionResult(
            report: CriterionReport(
                criterion: criterion, level: level, measures: measures, message: message),
            findings: findings)
    }

    private func shouldCheck(_ word: String, isSentenceStart: Bool) -> Bool {
        let scalars = word.unicodeScalars
        if scalars.contains(where: { $0.properties.numericType != nil }) {
            return false
        }
        let letters = scalars.filter { $0.properties.isAlphabetic }
        if letters.count > 1 && letters.allSatisfy({ $0.properties.isUppercase }) {
            return false
        }
        if !isSentenceStart, let first = letters.first, first.properties.isUppercase {
            return false
        }
        return true
    }

    private func isAccepted(_ word: String, isSentenceStart: Bool, context: AnalysisContext)
        -> Bool
    {
        let checker = context.resources.spellChecker
        let bare = Self.strippingPronounHyphens(word)
        if checker.isCorrect(bare) {
            return true
        }
        // A capital at the sentence start does not make a word wrong.
        return isSentenceStart && checker.isCorrect(bare.lowercased())
    }

    /// « -t-il » → « il », « -le » → « le ».
    static func strippingPronounHyphens(_ word: String) -> String {
        var form = Substring(word)
        while form.hasPrefix("-") {
            form = form.dropFirst()
            if form.hasPrefix("t-") { form = form.dropFirst(2) }
        }
        return form.isEmpty ? word : String(form)
    }

    private func finding(for token: Token, context: AnalysisContext) -> Finding {
        let shown = context.document.original(token.span)
        let resources = context.resources
        // Candidates one edit away cover most slips; Hunspell's slower
        // search is only needed for the rest.
        var candidates = resources.candidateGenerator.candidates(for: token.text)
            .filter(resources.spellChecker.isCorrect)
        if candidates.isEmpty {
            candidates = resources.spellChecker.suggestions(for: token.text)
        }
        let suggestions = Array(
            resources.suggestionRanker.rank(candidates, for: token.text).prefix(maximumSuggestions))
        let message =
            suggestions.isEmpty
            ? "Le mot \(FrenchTypography.quoted(shown)) n’est pas dans le dictionnaire\u{202F}; vérifiez son orthographe."
            : "Le mot \(FrenchTypography.quoted(shown)) n’est pas dans le dictionnaire\u{202F}; vouliez-vous écrire \(FrenchTypography.quoted(suggestions[0]))\u{202F}?"
        return Finding(
            ruleID: "spell.unknown-word", category: .orthographe, criterion: .orthographe,
            span: token.span, message: message, shortMessage: "Mot inconnu",
            replacements: suggestions, confidence: 0.8, severity: .error)
    }

    static func message(level: Int, findings: [Finding], document: Document, rate: Double?)
        -> String
    {
        guard let first = findings.first, let rate else {
            return "Aucune faute d’orthographe repérée\u{202F}: bravo, continuez à vous relire."
        }
        let example = FrenchTypography.quoted(document.original(first.span))
        let count =
            findings.count == 1 ? "Un mot semble mal orthographié" : "\(findings.count) mots semblent mal orthographiés"
        let advice =
            level >= 3
            ? "Relisez-vous pour corriger ces dernières fautes, par exemple \(example)."
            : "Relisez chaque phrase en vérifiant les accents et les terminaisons, en commençant par \(example)."
        return "\(count) (\(FrenchTypography.decimal(rate)) pour 100 mots). \(advice)"
    }
}
