import Lexicon

/// The French word lists of the error generator, read from
/// `lexicons/fr/evaluation/`.
public struct ErrorTables: Sendable {
    /// A homophone swap: where the text has `correct`, write `wrong`.
    struct HomophoneSwap: Sendable, Hashable {
        var correct: [String]
        var wrong: String
        var partsOfSpeech: Set<UniversalPOSName>
        var lemma: String?
    }

    /// UPOS name as written in the table (`AUX`).
    typealias UniversalPOSName = String

    /// An accent slip: `letter` written `replacement`.
    struct AccentSlip: Sendable, Hashable {
        var letter: Character
        var replacement: Character
        var kind: String
    }

    /// A phonetic respelling of `spelling` as `respelling`.
    struct Respelling: Sendable, Hashable {
        enum Position: String, Sendable {
            case any, inner, initial
        }
        var spelling: String
        var respelling: String
        var phoneme: String?
        var position: Position
    }

    var homophones: [HomophoneSwap]
    var accents: [AccentSlip]
    var respellings: [Respelling]
    /// Letter keys beside each letter key on an AZERTY keyboard.
    var keyboardNeighbours: [Character: [Character]]

    /// Reads the four tables from `directory`.
    /// - Throws: `LexiconError` naming a missing file or a malformed line.
    public init(directory: ResourceDirectory) throws {
        homophones = try WordList("fr/evaluation/homophones.tsv", in: directory)
            .rows(withAtLeast: 4).map { row in
                HomophoneSwap(
                    correct: Self.elidedTokens(row.fields[0]),
                    wrong: row.fields[1].replacing("'", with: "\u{2019}"),
                    partsOfSpeech: Set(row.fields[2].split(separator: ",").map(String.init)),
                    lemma: row.fields[3] == "*" ? nil : row.fields[3])
            }
        accents = try Self.characterRows("fr/evaluation/accents.tsv", directory).map {
            AccentSlip(letter: $0.0, replacement: $0.1, kind: $0.2)
        }
        respellings = try Self.respellings(directory)
        keyboardNeighbours = try Self.keyboard(directory)
    }

    /// « c'est » → [« c’ », « est »]: the tokens the treebank writes.
    static func elidedTokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        for character in text.replacing("'", with: "\u{2019}") {
            current.append(character)
            if character == "\u{2019}" {
                tokens.append(current)
                current = ""
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    private static func characterRows(_ path: String, _ directory: ResourceDirectory) throws
        -> [(Character, Character, String)]
    {
        let list = try WordList(path, in: directory)
        return try list.rows(withAtLeast: 3).map { row in
            guard row.fields[0].count == 1, row.fields[1].count == 1 else {
                throw LexiconError.malformedLine(
                    path: list.path, line: row.line, reason: "expected one letter in each field")
            }
            return (Character(row.fields[0]), Character(row.fields[1]), row.fields[2])
        }
    }

    private static func respellings(_ directory: ResourceDirectory) throws -> [Respelling] {
        let list = try WordList("fr/evaluation/phonetic-respellings.tsv", in: directory)
        return try list.rows(withAtLeast: 4).map { row in
            guard let position = Respelling.Position(rawValue: row.fields[3]), !row.fields[0].isEmpty
            else {
                throw LexiconError.malformedLine(
                    path: list.path, line: row.line,
                    reason: "expected a spelling and a position of any, inner or initial")
            }
            return Respelling(
                spelling: row.fields[0], respelling: row.fields[1],
                phoneme: row.fields[2] == "*" ? nil : row.fields[2], position: position)
        }
    }

    private static func keyboard(_ directory: ResourceDirectory) throws -> [Character: [Character]] {
        let list = try WordList("fr/evaluation/azerty-neighbours.tsv", in: directory)
        var neighbours: [Character: [Character]] = [:]
        for row in try list.rows(withAtLeast: 2) {
            guard row.fields[0].count == 1 else {
                throw LexiconError.malformedLine(
                    path: list.path, line: row.line, reason: "expected one key in the first field")
            }
            neighbours[Character(row.fields[0])] = row.fields[1].split(separator: " ")
                .flatMap { Array($0) }
        }
        return neighbours
    }
}
