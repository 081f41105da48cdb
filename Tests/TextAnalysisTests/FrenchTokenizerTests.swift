import Testing
import WritingModel
import _TestSupport

@testable import TextAnalysis

@Suite struct FrenchTokenizerTests {
    func texts(_ input: String) throws -> [String] {
        try Fixtures.pipeline.tokens(of: input).map(\.text)
    }

    @Test(arguments: [
        ("L'élève", ["L'", "élève"]),
        ("qu'il", ["qu'", "il"]),
        ("jusqu'à", ["jusqu'", "à"]),
        ("aujourd'hui", ["aujourd'hui"]),
        ("qu'aujourd'hui", ["qu'", "aujourd'hui"]),
        ("l’école", ["l'", "école"]),
        ("lʼécole", ["l'", "école"]),
        ("l' école", ["l'", "école"]),
        ("l‘école", ["l'", "école"]),
        ("‘école’", ["‘", "école", "'"]),
        ("quelqu'un", ["quelqu'un"]),
        ("d'abord", ["d'", "abord"]),
        ("s'il", ["s'", "il"]),
    ])
    func elisions(input: String, expected: [String]) throws {
        #expect(try texts(input) == expected)
    }

    @Test(arguments: [
        ("peut-être", ["peut-être"]),
        ("a-t-il", ["a", "-t-il"]),
        ("dis-le", ["dis", "-le"]),
        ("dis-le-moi", ["dis", "-le", "-moi"]),
        ("Jean-Pierre", ["Jean-Pierre"]),
        ("est-ce", ["est", "-ce"]),
        ("qu'est-ce", ["qu'", "est", "-ce"]),
        ("c'est-à-dire", ["c'est-à-dire"]),
        ("rendez-vous", ["rendez-vous"]),
        ("allez-vous", ["allez", "-vous"]),
        ("vas-y", ["vas", "-y"]),
    ])
    func hyphens(input: String, expected: [String]) throws {
        #expect(try texts(input) == expected)
    }

    @Test(arguments: [
        ("3,5 litres", ["3,5", "litres"]),
        ("le 1er mai", ["le", "1er", "mai"]),
        ("3\u{00A0}000 euros", ["3\u{00A0}000", "euros"]),
        ("M. Martin", ["M.", "Martin"]),
        ("Mme Durand", ["Mme", "Durand"]),
        ("p. ex. un chat", ["p.", "ex.", "un", "chat"]),
        ("etc.", ["etc."]),
        ("Vraiment ?!", ["Vraiment", "?!"]),
        ("Attends...", ["Attends", "..."]),
        ("Oui ; non : peut-être !", ["Oui", ";", "non", ":", "peut-être", "!"]),
        ("« Bonjour »", ["«", "Bonjour", "»"]),
    ])
    func numbersAbbreviationsPunctuation(input: String, expected: [String]) throws {
        #expect(try texts(input) == expected)
    }

    @Test func narrowNoBreakSpaceDoesNotStick() throws {
        #expect(try texts("Vraiment\u{202F}?") == ["Vraiment", "?"])
    }

    @Test func softHyphenAndControlsDropped() throws {
        let tokens = try Fixtures.pipeline.tokens(of: "ex\u{00AD}emple é\u{0007}lève")
        #expect(tokens.map(\.text) == ["exemple", "élève"])
        #expect(tokens[0].span == TextSpan(start: 0, end: 8))
        #expect(tokens[1].span == TextSpan(start: 9, end: 15))
    }

    /// Zero-width space, zero-width no-break space (byte-order mark), word
    /// joiner, left-to-right mark, zero-width non-joiner, soft hyphen, and a
    /// language tag outside the BMP.
    static let formatCharacters = [
        "\u{200B}", "\u{FEFF}", "\u{2060}", "\u{200E}", "\u{200C}", "\u{00AD}", "\u{E0001}",
    ]

    @Test(arguments: formatCharacters)
    func formatCharacterInsideWordKeepsItWhole(mark: String) throws {
        let tokens = try Fixtures.pipeline.tokens(of: "Il faut éc\(mark)rire.")
        #expect(tokens.map(\.text) == ["Il", "faut", "écrire", "."])
        #expect(tokens[2].span == TextSpan(start: 8, end: 14 + mark.utf16.count))
        #expect(tokens[3].span.start == tokens[2].span.end)
    }

    @Test(arguments: formatCharacters)
    func formatCharacterBetweenLettersJoinsThem(mark: String) throws {
        #expect(try texts("bonjour\(mark)monde") == ["bonjourmonde"])
    }

    @Test func formatCharactersStayOutOfSpanEdges() throws {
        let input =
            "\u{FEFF}Il \u{200B}part\u{200B} l'\u{200B}école peut-\u{2060}être dis-\u{200B}le\u{200B}."
        let tokens = try Fixtures.pipeline.tokens(of: input)
        #expect(tokens.map(\.text) == ["Il", "part", "l'", "école", "peut-être", "dis", "-le", "."])
        let units = Array(input.utf16)
        let originals = tokens.map {
            String(decoding: units[$0.span.start..<$0.span.end], as: UTF16.self)
        }
        #expect(
            originals == [
                "Il", "part", "l'", "école", "peut-\u{2060}être", "dis", "-\u{200B}le", ".",
            ])
        #expect(tokens[1].isFollowedBySpace, "a space after the invisible mark still counts")
        #expect(!tokens[5].isFollowedBySpace)
    }

    @Test func emojiJoinerSequenceStaysOneSymbol() throws {
        let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}"
        let tokens = try Fixtures.pipeline.tokens(of: "Ma famille \(family) ici")
        #expect(tokens.count == 4)
        #expect(tokens[2].span == TextSpan(start: 11, end: 11 + family.utf16.count))
    }

    @Test func decomposedAccentsNormalizedSpansKept() throws {
        let input = "une e\u{0301}le\u{0300}ve"
        let tokens = try Fixtures.pipeline.tokens(of: input)
        #expect(tokens.map(\.text) == ["une", "élève"])
        #expect(tokens[1].span == TextSpan(start: 4, end: 11))
    }

    @Test func spansAreUTF16() throws {
        let tokens = try Fixtures.pipeline.tokens(of: "😀 Été")
        #expect(tokens.last?.text == "Été")
        #expect(tokens.last?.span == TextSpan(start: 3, end: 6))
    }

    @Test func elidedTokenFlagged() throws {
        let tokens = try Fixtures.pipeline.tokens(of: "l'arbre")
        #expect(tokens[0].isElided)
        #expect(!tokens[1].isElided)
    }
}
