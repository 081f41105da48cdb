import Foundation
import Lexicon
import WritingModel

/// Non-word errors: words Hunspell does not accept, with ranked
/// suggestions.
///
/// The dictionary cannot list every name, and a false alarm teaches a wrong
/// rule, so probable proper nouns are skipped: capitalized words inside a
/// sentence, words in capitals (acronyms), and capitalized words opening a
/// sentence that are not close to a French word. A sentence written all in
/// capitals gets findings only where they are sure (see
/// `capitalsFinding(atToken:sentence:context:searched:)`). A word with no close
/// French word at all (a technical or foreign term) gets a hint rather
/// than an error, and so does a word whose letters or context point to a
/// name or a foreign word (see `isLikelyNameOrForeignWord`).
public struct UnknownWordCheck: Sendable {
    /// Maximum number of suggestions per finding.
    public var maximumSuggestions = 5
    /// Distinct unknown words per text that get suggestions. A search
    /// takes about a millisecond, so a text full of foreign or invented
    /// words stays fast; past the budget, new words get no suggestion. The
    /// budget counts words in text order, cached or not, so a text always
    /// gets the same suggestions.
    public var maximumSuggestionSearches = 200
    /// Longest word, in characters, for which suggestions are searched.
    public var maximumSuggestionLength = 30
    /// Largest edit distance between a capitalized word opening a sentence
    /// and its best suggestion for the word to get an error. Farther, it is
    /// taken for a name: up to `maximumErrorDistance` it gets a hint, and
    /// past it nothing.
    public var maximumDistanceAtSentenceStart = 0.7
    /// Largest edit distance of the best suggestion for an error; farther
    /// (a technical word, most likely), the finding is a hint, unless the
    /// suggestion sounds the same as the word.
    public var maximumErrorDistance = 1.5
    /// Smallest edit distance of the best suggestion for a lower-case word
    /// beside an unknown name, or with letters French does not use, to be
    /// taken for a name or a foreign word (« von », « wave »). A closer word
    /// is taken for a slip (« au miniztre William ») and stays an error.
    public var minimumDistanceOfLikelyName = 1.0

    /// Letters of French words; a word with others (« slovník ») is foreign.
    static let frenchLetters = Set("abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæ'’-")

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
        var searched = Set<String>()
        for (sentenceIndex, sentence) in document.sentences.enumerated() {
            var isFirstWord = true
            var isInCapitals: Bool?
            for index in sentence.tokenRange where document.tokens[index].isWord {
                wordCount += 1
                let token = document.tokens[index]
                defer { isFirstWord = false }
                // Most words are in the dictionary, so a cached lookup skips the
                // slower name and script checks below.
                if context.resources.spellChecker.isCorrect(token.text) { continue }
                if isInCapitals == nil {
                    isInCapitals = context.taggedSentences[sentenceIndex].isWrittenInCapitals
                }
                if isInCapitals == true {
                    let finding = capitalsFinding(
                        atToken: index, sentence: sentenceIndex, context: context,
                        searched: &searched)
                    findings += finding.map { [$0] } ?? []
                    continue
                }
                guard shouldCheck(token.text, isSentenceStart: isFirstWord),
                    !(isFirstWord && names.contains(token.text)),
                    !isUnitAfterNumber(atToken: index, in: sentence, document),
                    !isAccepted(token.text, isSentenceStart: isFirstWord, context: context)
                else { continue }
                let expectation = context.resources.contextCues.expectation(
                    atToken: index, sentence: sentenceIndex, in: context)
                let suggestions = suggestions(
                    for: token, expectation: expectation, context: context, searched: &searched)
                var isLikelyName = isLikelyNameOrForeignWord(
                    atToken: index, in: sentence, isSentenceStart: isFirstWord,
                    best: suggestions.first, context: context)
                if isFirstWord, token.text.startsWithCapital {
                    guard let best = suggestions.first, best.distance <= maximumErrorDistance
                    else { continue }
                    // Past a slip, the capitalized word is more likely a name, but a
                    // hint still shows a misspelled « Pourqoi ».
                    if best.distance > maximumDistanceAtSentenceStart { isLikelyName = true }
                }
                findings.append(
                    finding(
                        for: token, suggestions: suggestions, isLikelyName: isLikelyName,
                        context: context))
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
                if text.startsWithCapital && index > sentence.tokenRange.lowerBound {
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

    func shouldCheck(_ word: String, isSentenceStart: Bool) -> Bool {
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
        // « aPTT », « iPhone »: a capital after the first letter marks a
        // name or a symbol, not a French word.
        if letters.dropFirst().contains(where: { $0.properties.isUppercase }) {
            return false
        }
        if word.lowercased().contains(where: { !Self.frenchLetters.contains($0) }) {
            return false
        }
        if !isSentenceStart, let first = letters.first, first.properties.isUppercase {
            return false
        }
        return true
    }

    func isAccepted(_ word: String, isSentenceStart: Bool, context: AnalysisContext)
        -> Bool
    {
        let checker = context.resources.spellChecker
        let bare = Self.strippingPronounHyphens(word)
        if checker.isCorrect(bare) || context.resources.foreignWords.contains(bare.lowercased()) {
            return true
        }
        // Keyboards seldom type « œ »: « voeux » is « vœux » written as it can be.
        if bare.contains("oe"), checker.isCorrect(bare.replacingOccurrences(of: "oe", with: "œ")) {
            return true
        }
        if isPrefixCompound(bare, context: context) {
            return true
        }
        // A capital at the sentence start does not make a word wrong.
        return isSentenceStart && checker.isCorrect(bare.lowercased())
    }

    /// Returns whether `word` is a prefix, a hyphen and a word the
    /// dictionary accepts (« intra-musculaire », « co-préside »), the
    /// traditional spelling of a compound the 1990 reform welds.
    private func isPrefixCompound(_ word: String, context: AnalysisContext) -> Bool {
        guard let hyphen = word.firstIndex(of: "-") else { return false }
        let prefix = word[..<hyphen].lowercased()
        let rest = String(word[word.index(after: hyphen)...])
        return context.resources.compoundPrefixes.contains(prefix) && !rest.isEmpty
            && context.resources.spellChecker.isCorrect(rest)
    }

    /// Returns whether the word at `index` is a unit symbol after a number
    /// (« 2 mn 30 »): at most two letters, none of them a vowel.
    private func isUnitAfterNumber(atToken index: Int, in sentence: Sentence, _ document: Document)
        -> Bool
    {
        let word = document.tokens[index].text
        guard word.count <= 2, sentence.tokenRange.contains(index - 1),
            document.tokens[index - 1].kind == .number
        else { return false }
        return !word.lowercased().contains(where: { "aeiouyàâäéèêëîïôöùûüÿœæ".contains($0) })
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
}
