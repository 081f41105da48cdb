import Lexicon
import Testing
import WritingModel
import _TestSupport

@testable import TextAnalysis

@Suite struct CriteriaTests {
    func context(_ text: String, prompt: String? = nil) throws -> AnalysisContext {
        let resources = Fixtures.analyzer.resources
        return AnalysisContext(
            document: try resources.pipeline.document(for: text),
            prompt: try prompt.map { try resources.pipeline.document(for: $0) },
            resources: resources)
    }

    @Test func spellingSkipsNamesAndAcronyms() throws {
        let result = OrthographeCriterion().evaluate(
            try context("Hier, Nino et l'ONU ont visité Tombouctou avec Zorglub."))
        #expect(result.findings.isEmpty)
    }

    @Test func spellingFlagsLowercaseUnknownWords() throws {
        let result = OrthographeCriterion().evaluate(try context("Il etait une foi."))
        #expect(result.findings.map(\.ruleID) == ["spell.unknown-word"])
        #expect(result.findings.first?.span == TextSpan(start: 3, end: 8))
        #expect(result.findings.first?.replacements.first == "était")
        #expect(result.report.measures["unknown_words"] == .integer(1))
    }

    @Test(arguments: ["reconnaitre", "chaine", "ambigüe", "reconnaître", "chaîne", "ambiguë"])
    func spellingAcceptsBothOrthographies(word: String) throws {
        // « le mot ambiguë » is an agreement error: only spelling counts here.
        let result = OrthographeCriterion().evaluate(try context("Je vois le mot \(word) ici."))
        #expect(result.findings.filter { $0.ruleID.hasPrefix("spell.") }.isEmpty)
    }

    @Test func overlapSearchFindsUnknownWordSpans() {
        let spans = [
            TextSpan(start: 0, end: 3), TextSpan(start: 5, end: 8), TextSpan(start: 10, end: 12),
        ]
        #expect(!OrthographeCriterion.overlapsAny(TextSpan(start: 3, end: 5), sortedSpans: spans))
        #expect(OrthographeCriterion.overlapsAny(TextSpan(start: 2, end: 6), sortedSpans: spans))
        #expect(!OrthographeCriterion.overlapsAny(TextSpan(start: 8, end: 10), sortedSpans: spans))
        #expect(OrthographeCriterion.overlapsAny(TextSpan(start: 11, end: 20), sortedSpans: spans))
        #expect(!OrthographeCriterion.overlapsAny(TextSpan(start: 12, end: 13), sortedSpans: spans))
        #expect(!OrthographeCriterion.overlapsAny(TextSpan(start: 0, end: 1), sortedSpans: []))
    }

    @Test func spellingAcceptsElisionsAndInversions() throws {
        let result = OrthographeCriterion().evaluate(
            try context("Jusqu'à quand l'élève viendra-t-il ? Dis-le-moi aujourd'hui, s'il te plaît."))
        // The ordinary space before « ? » gets a typography hint, not an error.
        #expect(result.findings.filter { $0.severity != .hint }.isEmpty)
    }

    @Test func namesOpeningSentencesAreSkipped() throws {
        let result = OrthographeCriterion().evaluate(
            try context("Hier, le pharmacien Homais est venu. Homais parlait beaucoup."))
        #expect(result.findings.isEmpty)
    }

    @Test func otherScriptsAreNotSpellChecked() throws {
        let result = OrthographeCriterion().evaluate(try context("Il a écrit の et λόγος au tableau."))
        #expect(result.findings.isEmpty)
    }

    @Test func reformSpellingsAreVerbs() throws {
        let result = SyntaxeCriterion().evaluate(
            try context("Elle plait à tous ses amis. Il connait son ami depuis longtemps."))
        #expect(result.findings.isEmpty)
    }

    @Test func syntaxFlagsLongAndVerblessSentences() throws {
        let long = Array(repeating: "le chat noir mange la souris grise", count: 6)
            .joined(separator: " et ") + "."
        let result = SyntaxeCriterion().evaluate(
            try context("Une belle journée sans nuages au bord de la mer. \(long)"))
        #expect(
            result.findings.map(\.ruleID)
                == ["syntax.no-finite-verb", "syntax.long-sentence", "syntax.run-on-sentence"])
        #expect(result.report.measures["sentences"] == .integer(2))
        #expect(result.report.measures["max_sentence_length"] == .integer(47))
    }

    @Test func connectivesByFunction() throws {
        let text = "Il pleut, donc je reste. Cependant, parce qu'il fait chaud, c'est pourquoi je sors."
        let result = SemantiqueCriterion().evaluate(try context(text))
        guard case .record(let byFunction)? = result.report.measures["connectives_by_function"]
        else {
            Issue.record("connectives_by_function is missing")
            return
        }
        #expect(byFunction["consequence"] == .integer(2))
        #expect(byFunction["opposition"] == .integer(1))
        #expect(byFunction["cause"] == .integer(1))
        #expect(result.report.measures["connective_functions"] == .integer(3))
    }

    @Test func adjacentOverlapCountsSharedLemmas() throws {
        let text = "Le jardin fleurit. Les jardins sont beaux. Mon frère dort."
        let result = SemantiqueCriterion().evaluate(try context(text))
        #expect(result.report.measures["adjacent_sentence_overlap"] == .number(0.5))
    }

    @Test func promptCoverageNeedsPrompt() throws {
        let text = "La vitesse sur les routes baisse et les accidents diminuent."
        let without = SemantiqueCriterion().evaluate(try context(text))
        #expect(without.report.measures["prompt_coverage"] == nil)
        let with = SemantiqueCriterion().evaluate(
            try context(text, prompt: "La limitation de vitesse sur les routes réduit-elle les accidents ?"))
        let coverage = try #require(with.report.measures["prompt_coverage"]?.doubleValue)
        #expect(coverage > 0.5)
    }

    @Test func vocabularyFlagsCloseRepetition() throws {
        let result = VocabulaireCriterion().evaluate(
            try context("Le voyage fut long. Ce voyage nous a fatigués, mais le paysage était beau."))
        #expect(result.findings.map(\.ruleID) == ["vocabulary.close-repetition"])
        #expect(result.findings.first?.span == TextSpan(start: 23, end: 29))
    }

    @Test func levelScaleReadsDirections() throws {
        let lower = LevelScale.Thresholds(direction: .lower, cuts: [8, 4, 1.5])
        #expect(lower.level(for: 0) == 4)
        #expect(lower.level(for: 1.5) == 4)
        #expect(lower.level(for: 3) == 3)
        #expect(lower.level(for: 9) == 1)
        let higher = LevelScale.Thresholds(direction: .higher, cuts: [40, 60, 80])
        #expect(higher.level(for: 39) == 1)
        #expect(higher.level(for: 60) == 3)
        #expect(higher.level(for: 200) == 4)
    }
}
