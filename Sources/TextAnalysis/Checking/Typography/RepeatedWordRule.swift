import Lexicon
import WritingModel

/// The same word twice in a row (« le le »), a slip of the keyboard.
///
/// Words that may repeat (« nous nous », « ce qui est est ») are listed in
/// `lexicons/fr/checking/repeatable-words.txt`.
struct RepeatedWordRule: CheckingRule {
    /// Path of the list inside `lexicons/`.
    static let relativePath = "fr/checking/repeatable-words.txt"

    let id = "typo.repeated-word"
    let category = FindingCategory.typographie
    let examples: [RuleExample] = [
        .wrong("Il a pris {{le le}} train.", "le"),
        .wrong("{{Le le}} chat dort.", "Le"),
        .right("Nous nous levons tôt, car ce qui est est."),
        .right("Le, le seul."),
        .right("Elle aime les groupes comme Duran Duran et Bora Bora."),
    ]
    private let repeatable: Set<String>

    /// Loads the list of words that may repeat.
    /// - Throws: `LexiconError` when the list is missing.
    init(directory: ResourceDirectory) throws {
        repeatable = Set(try WordList(Self.relativePath, in: directory).entries)
    }

    func check(_ sentence: SentenceContext, into findings: inout [Finding]) {
        let tokens = sentence.tokens
        for index in tokens.indices.dropFirst() {
            let previous = tokens[index - 1]
            let token = tokens[index]
            guard token.isWord, previous.isWord, !previous.isElided,
                previous.isFollowedBySpace,
                // Lengths first, because lowercasing every pair is this
                // rule's main cost. French case pairs have equal UTF-8 lengths.
                token.text.utf8.count == previous.text.utf8.count,
                token.text.lowercased() == previous.text.lowercased(),
                !repeatable.contains(token.text.lowercased()),
                token.text.unicodeScalars.contains(where: \.properties.isAlphabetic)
            else { continue }
            // A capitalized word repeated inside a sentence is most likely a
            // name (« Duran Duran », « Bora Bora »): a hint still shows a
            // slip (« à Paris Paris »).
            let isLikelyName =
                previous.text.startsWithCapital && token.text.startsWithCapital
                && tokens[tokens.startIndex..<(index - 1)].contains(where: \.isWord)
            findings.append(
                sentence.finding(
                    self, span: previous.span.union(token.span),
                    message: "Le mot \(FrenchTypography.quoted(token.text)) est répété\u{00A0}: "
                        + "supprimez l’un des deux.",
                    shortMessage: "Mot répété",
                    replacements: [sentence.original(previous.span)],
                    confidence: isLikelyName ? 0.5 : 0.9,
                    severity: isLikelyName ? .hint : .warning))
        }
    }
}
