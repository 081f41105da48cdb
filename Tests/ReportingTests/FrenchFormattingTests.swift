import Testing
import WritingModel

@testable import Reporting

@Suite struct FrenchFormattingTests {
    @Test(arguments: [
        (3.5, 1, "3,5"), (3.0, 1, "3"), (0.04, 1, "0"), (12.345, 2, "12,35"), (-2.5, 1, "−2,5"),
        (1234.5, 1, "1234,5"),
    ])
    func decimalComma(value: Double, decimals: Int, expected: String) {
        #expect(FrenchTypography.decimal(value, decimals: decimals) == expected)
    }

    @Test func percentUsesNarrowNoBreakSpace() {
        #expect(FrenchTypography.percent(0.125, decimals: 1) == "12,5\u{202F}%")
    }

    @Test func countsAgreeInNumber() {
        #expect(FrenchTypography.counted(0, "mot", "mots") == "0 mot")
        #expect(FrenchTypography.counted(1, "mot", "mots") == "1 mot")
        #expect(FrenchTypography.counted(2, "mot", "mots") == "2 mots")
        #expect(FrenchTypography.counted(1.5, "mot", "mots") == "1,5 mot")
    }

    @Test func longQuotesAreCut() {
        let quoted = FrenchTypography.quoted(String(repeating: "a", count: 500))
        #expect(quoted.count == FrenchTypography.maximumQuotedLength + 4)
        #expect(quoted.contains("…"))
    }

    @Test func controlCharactersAreReplaced() {
        #expect("a\u{1B}[2Jb\u{07}\nc".terminalSafe == "a\u{FFFD}[2Jb\u{FFFD}\nc")
    }

    @Test func wideCharactersTakeTwoColumns() {
        #expect(DisplayWidth.columns(of: "é") == 1)
        #expect(DisplayWidth.columns(of: "e\u{0301}") == 1)
        #expect(DisplayWidth.columns(of: "😀") == 2)
        #expect(DisplayWidth.columns(of: "漢字") == 4)
    }

    @Test func guillemetsUseNoBreakSpaces() {
        #expect(FrenchTypography.quoted("mot") == "«\u{00A0}mot\u{00A0}»")
    }

    @Test func lineLocatorCountsCharacters() {
        let locator = LineLocator(text: "Première ligne\n😀 seconde")
        #expect(locator.position(of: 0) == (1, 1))
        // Offset 18 is « s »: the emoji takes two UTF-16 units but one column.
        let (line, column) = locator.position(of: 18)
        #expect(line == 2)
        #expect(column == 3)
    }

    @Test func measureLabelsAreFrench() {
        #expect(MeasureLabels.label(for: "mtld") == "diversité lexicale (MTLD)")
        #expect(MeasureLabels.format(.number(0.5), key: "long_sentence_share") == "50\u{202F}%")
        #expect(MeasureLabels.format(.undefined, key: "mtld") == "non défini")
    }
}
