import WritingModel

/// The sentences the vocabulaire message is built from, quoting the
/// student's own words, most important point first.
struct VocabularyFeedback {
    /// Advice when every measure is at level 4.
    static let fallbackAdvice =
        "Continuez à chercher le mot juste\u{202F}: un terme précis vaut mieux qu’un mot passe-partout."

    let points: [FeedbackPoint]
    let opening: String

    init(
        measures: [String: MeasureValue], repetitions: [Finding], everyday: EverydayWordUsage,
        sophistication: LexicalSophistication,
        repeated: [(lemma: String, count: Int, shown: String)], document: Document
    ) {
        let words = measures["tokens"]?.doubleValue ?? 0
        let types = measures["types"]?.doubleValue ?? 0
        opening =
            "Votre texte compte \(Int(words)) mots, dont \(Int(types)) différents."
        points = [
            Self.repetitionPoint(repetitions, document: document),
            Self.everydayPoint(everyday, document: document),
            Self.diversityPoint(measures["mtld"]?.doubleValue, repeated: repeated),
            Self.rarityPoint(sophistication),
            FeedbackPoint(
                measure: "lexical_density",
                praise:
                    "Les noms, verbes et adjectifs porteurs de sens tiennent une large place dans votre texte.",
                advice:
                    "Donnez plus de place aux noms, verbes et adjectifs porteurs de sens en allégeant les tournures."
            ),
        ]
    }

    static func repetitionPoint(_ repetitions: [Finding], document: Document) -> FeedbackPoint {
        guard
            let example = repetitions.first(where: { !$0.replacements.isEmpty })
                ?? repetitions.first
        else {
            return FeedbackPoint(
                measure: "close_repetitions_per_100_words",
                praise: "Vous évitez de répéter un même mot à quelques mots d’intervalle.")
        }
        let word = FrenchTypography.quoted(document.original(example.span))
        let remedy =
            example.replacements.isEmpty
            ? "employez un synonyme ou un pronom"
            : "selon le sens, essayez \(FrenchList.alternatives(Array(example.replacements.prefix(2))))"
        return FeedbackPoint(
            measure: "close_repetitions_per_100_words",
            advice: "Évitez de répéter \(word) à quelques mots d’intervalle\u{00A0}: \(remedy).")
    }

    static func everydayPoint(_ usage: EverydayWordUsage, document: Document) -> FeedbackPoint {
        guard
            let match = usage.matches.first(where: { $0.entry.register == .familiar })
                ?? usage.matches.first
        else {
            return FeedbackPoint(
                measure: "everyday_words_per_100_words",
                praise: "Vous n’employez ni mot familier ni mot passe-partout.")
        }
        let first = document.tokens[match.tokenRange.lowerBound].span
        let last = document.tokens[match.tokenRange.upperBound - 1].span
        let shown = document.original(TextSpan(start: first.start, end: last.end))
        let kind = match.entry.register == .familiar ? "familiers" : "passe-partout"
        let suggestions = FrenchList.alternatives(Array(match.entry.suggestions.prefix(2)))
        return FeedbackPoint(
            measure: "everyday_words_per_100_words",
            advice:
                "Remplacez les mots \(kind) comme \(FrenchTypography.quoted(shown)) par des termes "
                + "plus précis, par exemple \(suggestions).")
    }

    static func diversityPoint(
        _ mtld: Double?, repeated: [(lemma: String, count: Int, shown: String)]
    ) -> FeedbackPoint {
        guard let mtld else {
            return FeedbackPoint(measure: "mtld")
        }
        let value = FrenchTypography.decimal(mtld, decimals: 0)
        let advice: String
        if let most = repeated.first {
            advice =
                "Variez davantage votre vocabulaire (MTLD de \(value))\u{00A0}: "
                + "\(FrenchTypography.quoted(most.shown)) revient \(most.count) fois."
        } else {
            advice =
                "Variez davantage votre vocabulaire (MTLD de \(value)) en cherchant des synonymes."
        }
        return FeedbackPoint(
            measure: "mtld", praise: "Votre vocabulaire est varié (MTLD de \(value)).",
            advice: advice)
    }

    static func rarityPoint(_ sophistication: LexicalSophistication) -> FeedbackPoint {
        let examples = Array(sophistication.rareWords.prefix(2))
        return FeedbackPoint(
            measure: "rare_word_share",
            praise: examples.isEmpty
                ? nil
                : "Vous employez des mots précis et peu courants, comme \(FrenchList.quoted(examples)).",
            advice: "Osez des mots plus précis et moins courants pour nommer vos idées.")
    }
}
