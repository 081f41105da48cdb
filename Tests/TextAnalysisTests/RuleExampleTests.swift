import Testing
import WritingModel
import _TestSupport

@testable import TextAnalysis

/// Runs every checking rule on its own examples: each wrong sentence must
/// be flagged at the marked span (with the expected first suggestion), and
/// each right sentence must pass every rule of the set.
@Suite struct RuleExampleTests {
    /// One example of one rule, named for test reports.
    struct Case: Sendable, CustomTestStringConvertible {
        var ruleID: String
        var example: RuleExample
        var testDescription: String { "\(ruleID): \(example.markedText)" }
    }

    static var ruleSet: CheckingRuleSet { Fixtures.analyzer.resources.checkingRules }

    static let cases: [Case] = ruleSet.rules.flatMap { rule in
        rule.examples.map { Case(ruleID: rule.id, example: $0) }
    }

    @Test func everyRuleHasWrongAndRightExamples() {
        for rule in Self.ruleSet.rules {
            #expect(rule.examples.contains { $0.isWrong }, "\(rule.id) has no wrong example")
            #expect(rule.examples.contains { !$0.isWrong }, "\(rule.id) has no right example")
        }
    }

    @Test func ruleIdentifiersAreStableAndUnique() {
        let ids = Self.ruleSet.rules.map(\.id)
        #expect(Set(ids).count == ids.count)
        let prefixes: [FindingCategory: String] = [
            .orthographe: "spell.", .grammaire: "grammar.", .typographie: "typo.",
        ]
        for rule in Self.ruleSet.rules {
            #expect(rule.id.hasPrefix(prefixes[rule.category] ?? "?"), "\(rule.id)")
            #expect(
                rule.id.unicodeScalars.allSatisfy {
                    ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "."
                }, "\(rule.id)")
        }
    }

    @Test(arguments: cases.filter { $0.example.isWrong })
    func wrongExampleIsFlagged(_ testCase: Case) throws {
        let (text, span) = testCase.example.plainTextAndSpan
        let expectedSpan = try #require(span, "wrong example without {{…}} marks")
        let findings = Self.ruleSet.check(try Fixtures.context(text))
        let finding = try #require(
            findings.first { $0.ruleID == testCase.ruleID && $0.span == expectedSpan },
            "found \(findings.map { "\($0.ruleID) \($0.span)" })")
        if let correction = testCase.example.correction {
            #expect(finding.replacements.first == correction)
        }
        #expect(finding.message.first?.isUppercase == true)
        #expect([".", "?", "!"].contains(finding.message.last))
        #expect((0...1).contains(finding.confidence))
        #expect(try misspelledWords(in: finding.message) == [])
    }

    @Test func messageSpellingCheckCatchesTypos() throws {
        #expect(try misspelledWords(in: "Il faut une majuskule à «\u{00A0}zzz\u{00A0}».") == ["majuskule"])
    }

    /// Words of a rule message, outside its « » quotations, that the French
    /// dictionary rejects: a message that teaches spelling must be spelled
    /// right.
    func misspelledWords(in message: String) throws -> [String] {
        var outsideQuotes = ""
        var depth = 0
        for character in message {
            if character == "«" { depth += 1 }
            if depth == 0 { outsideQuotes.append(character) }
            if character == "»" { depth = max(0, depth - 1) }
        }
        let checker = Fixtures.spellChecker
        return try Fixtures.pipeline.tokens(of: outsideQuotes).filter(\.isWord).map(\.text)
            .filter { word in
                !checker.isCorrect(word) && !checker.isCorrect(word.lowercased())
                    && !checker.isCorrect(UnknownWordCheck.strippingPronounHyphens(word))
            }
    }

    @Test(arguments: cases.filter { !$0.example.isWrong })
    func rightExamplePassesEveryRule(_ testCase: Case) throws {
        let findings = Self.ruleSet.check(try Fixtures.context(testCase.example.markedText))
            .filter { $0.severity != .hint }
        #expect(findings.isEmpty, "found \(findings.map { "\($0.ruleID) \($0.span)" })")
    }
}
