import Lexicon
import WritingModel

/// Non-word errors: words Hunspell does not accept, with ranked
/// suggestions.
///
/// Skipped as probable proper nouns: capitalized words inside a sentence
/// and words in capitals (acronyms), since the dictionary cannot list every
/// name and a false alarm teaches a wrong rule.
public struct UnknownWordCheck: Sendable {
    /// Maximum number of suggestions per finding.
    public var maximumSuggestions = 5
    /// Hunspell suggestion searches allowed per text. Each takes about
    /// 60 ms, so a text full of foreign or invented words would otherwise
    /// take minutes; past the budget, such words get no suggestion.
    public var maximumHunspellSearches = 20
    /// Longest word, in characters, for which suggestions are searched.
    public var maximumSuggestionLength = 30

    /// Creates the check with its default limits.
    public init() {}

    /// Findings for the unknown words of `context`'s text and the number of
    /// words checked.
    /// - Complexity: O(n) in the words of the text, plus one suggestion
    ///   search per distinct unknown word.
    public func findings(in context: AnalysisContext) -> (findings: [Finding], wordCount: Int) {
        let document = context.document
        let names = properNames(in: document)
        var findings: [Finding] = []
        var wordCount = 0
        var searchBudget = maximumHunspellSearches
        for sentence in document.sentences {
            var isFirstWord = true
            for index in sentence.tokenRange where document.tokens[index].isWord {
                wordCount += 1
                let token = document.tokens[index]
                defer { isFirstWord = false }
                guard shouldCheck(token.text, isSentenceStart: isFirstWord),
                    !(isFirstWord && names.contains(token.text)),
                    !isAccepted(token.text, isSentenceStart: isFirstWord, context: context)
                else { continue }
                findings.append(finding(for: token, context: context, budget: &searchBudget))
            }
        }
        return (findings, wordCount)
    }

    /// Capitalized words seen inside a sentence, which the checker takes as
    /// names; the same word opening another sentence is then a name too
    /// (« Homais » in a novel).
    private func properNames(in document: Document) -> Set<String> {
        var names = Set<String>()
        for sentence in document.sentences {
            for index in sentence.tokenRange.dropFirst() where document.tokens[index].isWord {
                let text = document.tokens[index].text
                if text.first?.isUppercase == true && index > sentence.tokenRange.lowerBound {
                    let previous = document.tokens[index - 1]
                    // « Il dit : Bonjour » or a quote may open a sentence inside one.
                    if previous.kind == .word {
                        names.insert(text)
                    }
                }
            }
        }
        return names
    }

    private func shouldCheck(_ word: String, isSentenceStart: Bool) -> Bool {
        let scalars = word.unicodeScalars
        // Words in other scripts (Greek, Cyrillic, Japanese) are not French
        // spelling; a Latin-script dictionary has nothing to say about them.
        guard scalars.contains(where: { $0.value < 0x0250 && $0.properties.isAlphabetic }) else {
            return false
        }
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

    private func finding(for token: Token, context: AnalysisContext, budget: inout Int) -> Finding {
        let shown = context.document.original(token.span)
        let resources = context.resources
        // Candidates one edit away cover most slips; Hunspell's slower
        // search is only needed for the rest.
        var candidates = resources.candidateGenerator.candidates(for: token.text)
            .filter(resources.spellChecker.isCorrect)
        let isLatin = token.text.unicodeScalars.allSatisfy { $0.value < 0x0250 || $0 == "’" }
        if candidates.isEmpty && isLatin && token.text.count <= maximumSuggestionLength
            && budget > 0
        {
            budget -= 1
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
}
