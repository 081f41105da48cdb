import WritingModel

/// Finds a content word whose lemma comes back within a few words
/// (« Le voyage fut long. Ce voyage… »), with synonyms to vary it.
///
/// Candidates are topic words (`WordAnnotation.isTopicWord`: known content
/// words whose lemma is not one of the grammar-like most frequent ones)
/// that are nouns, verbs or adjectives, with a lemma of three letters or
/// more. Adverbs are left out: the frequent ones mark degree or links
/// (« moins », « ensuite ») and repeating them is not a vocabulary fault.
public struct CloseRepetitionFinder: Sendable {
    /// Rule identifier of the findings.
    public static let ruleID = "vocabulary.close-repetition"
    /// Distance in words within which a repeated lemma is flagged.
    public var window: Int

    /// Creates a finder with a window of `window` words.
    public init(window: Int = 20) {
        self.window = window
    }

    /// Returns whether a word counts for repetitions.
    public static func isCandidate(_ annotation: WordAnnotation?) -> Bool {
        guard let annotation, annotation.isTopicWord, annotation.partOfSpeech != .adverb else {
            return false
        }
        return annotation.zipf > 0 && annotation.lemma.count > 2
    }

    /// Returns one finding per repeated occurrence, at the later one, with
    /// replacements from `synonyms` (none when it is nil).
    /// - Complexity: O(n) in the number of words, plus one thesaurus
    ///   lookup per finding.
    public func findings(in context: AnalysisContext, synonyms: SynonymSuggester?) -> [Finding] {
        var lastSeen: [String: Int] = [:]
        var findings: [Finding] = []
        // A long text repeats the same words many times: look each up once.
        var cache: [String: [String]] = [:]
        for (position, index) in context.wordIndices.enumerated() {
            guard let annotation = context.annotations[index], Self.isCandidate(annotation)
            else { continue }
            if let previous = lastSeen[annotation.lemma], position - previous <= window {
                let token = context.document.tokens[index]
                let key = "\(token.text)\t\(annotation.lemma)\t\(annotation.partOfSpeech.rawValue)"
                let replacements =
                    cache[key]
                    ?? synonyms?.synonyms(
                        of: token.text, lemma: annotation.lemma,
                        partOfSpeech: annotation.partOfSpeech) ?? []
                cache[key] = replacements
                findings.append(
                    finding(
                        span: token.span, shown: context.document.original(token.span),
                        replacements: replacements))
            }
            lastSeen[annotation.lemma] = position
        }
        return findings
    }

    private func finding(span: TextSpan, shown: String, replacements: [String]) -> Finding {
        let word = FrenchTypography.quoted(shown)
        let message: String
        if replacements.isEmpty {
            message =
                "Le mot \(word) revient à quelques mots d’intervalle\u{202F}; "
                + "cherchez un synonyme ou un pronom."
        } else {
            message =
                "Le mot \(word) revient à quelques mots d’intervalle\u{202F}; employez un pronom "
                + "ou, selon le sens, un synonyme comme \(FrenchList.alternatives(replacements))."
        }
        return Finding(
            ruleID: Self.ruleID, category: .vocabulaire, criterion: .vocabulaire, span: span,
            message: message, shortMessage: "Répétition", replacements: replacements,
            confidence: 0.7, severity: .hint)
    }
}
