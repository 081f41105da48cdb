/// Pairs of letters a writer confuses: neighbouring keys of the keyboard
/// students type on (`lexicons/fr/spelling/keyboard-azerty.tsv`), so that
/// a letter typed for its neighbour counts as a slip, or letters that spell
/// the same sound (`sound-alike-letters.tsv`).
public struct KeyboardLayout: Sendable {
    /// Path of the AZERTY table inside `lexicons/`.
    public static let azertyPath = "fr/spelling/keyboard-azerty.tsv"
    /// Path of the sound-alike letter table inside `lexicons/`.
    public static let soundAlikePath = "fr/spelling/sound-alike-letters.tsv"

    private let neighbours: [Character: Set<Character>]

    /// Reads a table of `key<TAB>neighbours` rows; adjacency is made symmetric.
    /// - Throws: `LexiconError.malformedLine` for a row without neighbours
    ///   or a key of more than one letter.
    public init(list: WordList) throws {
        var neighbours: [Character: Set<Character>] = [:]
        for row in try list.rows(withAtLeast: 2) {
            guard row.fields[0].count == 1, let key = row.fields[0].first else {
                throw LexiconError.malformedLine(
                    path: list.path, line: row.line, reason: "a key is one character")
            }
            for other in row.fields[1] {
                neighbours[key, default: []].insert(other)
                neighbours[other, default: []].insert(key)
            }
        }
        self.neighbours = neighbours
    }

    /// Loads the AZERTY table from `resources`.
    public init(resources: ResourceDirectory) throws {
        try self.init(list: WordList(Self.azertyPath, in: resources))
    }

    /// Loads the sound-alike letter table from `resources`.
    public static func soundAlikeLetters(resources: ResourceDirectory) throws -> KeyboardLayout {
        try KeyboardLayout(list: WordList(soundAlikePath, in: resources))
    }

    /// Returns whether `first` and `second` are paired.
    public func areNeighbours(_ first: Character, _ second: Character) -> Bool {
        neighbours[first]?.contains(second) ?? false
    }
}
