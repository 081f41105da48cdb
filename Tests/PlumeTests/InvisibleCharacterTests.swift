import Foundation
import Testing
import WritingModel
import _TestSupport

@testable import Plume

/// Offsets and findings on texts with invisible characters: a byte-order
/// mark before the text, format characters inside words.
@Suite struct InvisibleCharacterTests {
    /// Returns the text a finding's span covers in `units`.
    func covered(_ finding: Finding, in units: [UInt16]) -> String {
        String(decoding: units[finding.span.start..<finding.span.end], as: UTF16.self)
    }

    func spellingFindings(_ report: AnalysisReport) -> [Finding] {
        report.matches.filter { $0.ruleID == "spell.unknown-word" }
    }

    @Test func fileByteOrderMarkIsNotCounted() throws {
        let body = "Le chat dort.\nIl etait une fois un chein."
        let bytes = [0xEF, 0xBB, 0xBF] + Array(body.utf8)
        let text = try TextFile.decode(Data(bytes), path: "bom.txt")
        #expect(text == body)
        let report = try Fixtures.analyzer.analyze(text)
        let findings = spellingFindings(report)
        #expect(findings.map { $0.span.start } == [17, 35])
        // The offsets point at the words in the file's text after the mark.
        let units = Array(body.utf16)
        #expect(findings.map { covered($0, in: units) } == ["etait", "chein"])
    }

    @Test func byteOrderMarkInStringIsACharacter() throws {
        // A string handed to the library keeps U+FEFF, as a JavaScript
        // editor's string does, so offsets count it.
        let text = "\u{FEFF}Il etait une fois."
        let report = try Fixtures.analyzer.analyze(text)
        let finding = try #require(spellingFindings(report).first)
        #expect(finding.span == TextSpan(start: 4, end: 9))
        #expect(covered(finding, in: Array(text.utf16)) == "etait")
        #expect(report.statistics.words == 4)
    }

    @Test(arguments: ["\u{200B}", "\u{FEFF}", "\u{2060}", "\u{200E}"])
    func formatCharacterInWordRaisesNoSpelling(mark: String) throws {
        let report = try Fixtures.analyzer.analyze("Il faut éc\(mark)rire une lettre.")
        #expect(spellingFindings(report).isEmpty)
        #expect(report.statistics.words == 5)
    }

    @Test func misspelledWordWithFormatCharacterKeepsExactSpan() throws {
        let text = "Il a vu un ch\u{200B}ein."
        let report = try Fixtures.analyzer.analyze(text)
        let finding = try #require(spellingFindings(report).first)
        #expect(finding.span == TextSpan(start: 11, end: 17))
        #expect(covered(finding, in: Array(text.utf16)) == "ch\u{200B}ein")
        #expect(finding.replacements.contains("chien"))
    }
}
