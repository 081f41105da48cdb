import Testing
import WritingModel
import _TestSupport

@testable import TextAnalysis

/// Tests how the rules of the standard set work together on a sentence.
/// A word flagged as a homophone is not read again as what it looks like,
/// and sentences written in capitals are checked without flagging their
/// missing accents.
@Suite struct CheckingRuleSetTests {
    static func findings(_ text: String) throws -> [Finding] {
        Fixtures.analyzer.resources.checkingRules.check(try Fixtures.context(text))
    }

    static func summary(_ findings: [Finding]) -> [String] {
        findings.map { "\($0.ruleID) \($0.span) \($0.replacements)" }
    }

    @Test(arguments: [
        ("Ils on fini leurs devoirs.", "grammar.homophone-on-ont"),
        ("Elles on pris le train.", "grammar.homophone-on-ont"),
        ("Il dit quelle sont parties.", "grammar.homophone-quelle-qu-elle"),
    ])
    func homophoneSlipGetsOneFinding(text: String, ruleID: String) throws {
        let found = try Self.findings(text)
        #expect(found.map(\.ruleID) == [ruleID], "found \(Self.summary(found))")
    }

    @Test func capitalSentenceGetsCapitalSuggestion() throws {
        let found = try Self.findings("ILS ON FINI LEURS DEVOIRS.")
        let finding = try #require(found.first, "no finding")
        #expect(finding.ruleID == "grammar.homophone-on-ont")
        #expect(finding.replacements == ["ONT"])
        #expect(found.count == 1, "found \(Self.summary(found))")
    }

    @Test(arguments: [
        "IL VA A LA PLAGE OU IL NAGE.",
        "LA VILLE OU IL EST NE EST LA, PRES DE LA MER.",
        "L'ONU ET L'OTAN SE REUNISSENT A BRUXELLES.",
        "MARIE ET PIERRE SONT PARTIS A LYON AVEC LEURS AMIS.",
    ])
    func capitalSentenceWithoutAccentsIsLeftAlone(_ text: String) throws {
        let found = try Self.findings(text)
        #expect(found.isEmpty, "found \(Self.summary(found))")
    }

    @Test func wrongAccentInCapitalsIsFlagged() throws {
        let found = try Self.findings("IL À MANGÉ UNE POMME ROUGE.")
        let finding = try #require(found.first { $0.ruleID == "grammar.homophone-a-a" })
        #expect(finding.replacements == ["A"])
    }
}
