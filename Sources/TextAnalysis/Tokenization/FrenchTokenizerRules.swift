import Lexicon

/// French word lists the tokenizer needs, read from `lexicons/fr/`.
public struct FrenchTokenizerRules: Sendable {
    /// Elidable clitic prefixes without apostrophe (« l », « qu », « jusqu »).
    public var elisionPrefixes: Set<String>
    /// Pronouns that may follow a verb after a hyphen (« il », « le », « t »).
    public var postverbalClitics: Set<String>
    /// Lowercase hyphenated words that end in a pronoun but are one word
    /// (« rendez-vous »).
    public var pronounEndingCompounds: Set<String>
    /// Abbreviations with their period, as listed (« Mme. », « etc. »).
    public var abbreviations: Set<String>
    /// Abbreviations that may also end a sentence (« etc. »).
    public var sentenceFinalAbbreviations: Set<String>
    /// Whether a whole form (« aujourd'hui », « peut-être ») is one word.
    public var isLexicalWord: @Sendable (String) -> Bool

    /// Creates rules from explicit lists.
    public init(
        elisionPrefixes: Set<String>, postverbalClitics: Set<String>,
        pronounEndingCompounds: Set<String>, abbreviations: Set<String>, sentenceFinalAbbreviations: Set<String>,
        isLexicalWord: @escaping @Sendable (String) -> Bool
    ) {
        self.elisionPrefixes = elisionPrefixes
        self.postverbalClitics = postverbalClitics
        self.pronounEndingCompounds = pronounEndingCompounds
        self.abbreviations = abbreviations
        self.sentenceFinalAbbreviations = sentenceFinalAbbreviations
        self.isLexicalWord = isLexicalWord
    }

    /// Loads the lists from `resources`; Lexique decides which apostrophe
    /// and hyphen forms are single words.
    public init(resources: ResourceDirectory, lexique: Lexique) throws {
        let abbreviationRows = try WordList("fr/abbreviations.txt", in: resources).rows
        self.init(
            elisionPrefixes: Set(try WordList("fr/elisions.txt", in: resources).entries),
            postverbalClitics: Set(try WordList("fr/clitics.txt", in: resources).entries),
            pronounEndingCompounds: Set(
                try WordList("fr/hyphen-compounds.txt", in: resources).entries),
            abbreviations: Set(abbreviationRows.map { $0.fields[0] }),
            sentenceFinalAbbreviations: Set(
                abbreviationRows.filter { $0.fields.count > 1 && $0.fields[1] == "final" }
                    .map { $0.fields[0] }),
            isLexicalWord: { word in
                lexique.contains(word) || lexique.contains(word.lowercased())
            })
    }

    /// Whether `word`, period included, is a listed abbreviation, as listed
    /// or with a capital first letter (« Cf. » at a sentence start). Case
    /// matters otherwise: « M. » is an abbreviation, « m. » ends a sentence.
    public func isAbbreviation(_ word: String) -> Bool {
        abbreviations.contains(word) || abbreviations.contains(Self.lowercasingFirst(word))
    }

    /// Whether the abbreviation `word` may also end a sentence (« etc. »).
    public func mayEndSentence(_ word: String) -> Bool {
        sentenceFinalAbbreviations.contains(word)
            || sentenceFinalAbbreviations.contains(Self.lowercasingFirst(word))
    }

    /// Whether `word` is an initial: one capital letter and a period (« J. »).
    public static func isInitial(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        return scalars.count == 2 && scalars[0].properties.isUppercase && scalars[1] == "."
    }

    private static func lowercasingFirst(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.lowercased() + word.dropFirst()
    }
}
