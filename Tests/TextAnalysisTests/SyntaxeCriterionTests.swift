import Testing
import WritingModel
import _TestSupport

@testable import TextAnalysis

@Suite struct SyntaxeCriterionTests {
    func context(_ text: String) throws -> AnalysisContext {
        let resources = Fixtures.analyzer.resources
        return AnalysisContext(
            document: try resources.pipeline.document(for: text), prompt: nil,
            resources: resources)
    }

    func structures(_ text: String) throws -> [SentenceStructure] {
        let context = try context(text)
        return zip(context.document.sentences, context.taggedSentences).map {
            SentenceStructure(
                tokens: context.document.tokens(of: $0), tagged: $1,
                passiveAuxiliaries: context.resources.passiveAuxiliaries)
        }
    }

    @Test func clausesCountedPerFiniteVerb() throws {
        let structure = try #require(
            try structures("Le livre que je lis est long parce qu'il a trois cents pages.").first)
        #expect(structure.finiteVerbs == 3)
        #expect(structure.relativeClauses == 1)
        #expect(structure.conjunctionClauses == 1)
        #expect(structure.subordinateClauses == 2)
    }

    @Test func nonFiniteClausesCounted() throws {
        let structure = try #require(
            try structures("En sortant du lycée, il court pour attraper son bus.").first)
        #expect(structure.finiteVerbs == 1)
        #expect(structure.participleClauses == 1)
        #expect(structure.infinitiveClauses == 1)
    }

    @Test(arguments: [
        ("Pourquoi pars-tu si tôt ?", "interrogative"),
        ("Quelle belle journée !", "exclamative"),
        ("Le ciel est bleu.", "declarative"),
        ("« Viens-tu ? »", "interrogative"),
    ])
    func sentenceKinds(text: String, kind: String) throws {
        #expect(try structures(text).first?.kind.rawValue == kind)
    }

    @Test func passiveDetectedActiveNot() throws {
        let sentences = try structures(
            "La maison a été construite en 1900. Il a mangé la pomme que sa mère avait achetée.")
        #expect(sentences[0].passives == 1)
        #expect(sentences[1].passives == 0)
    }

    @Test func coordinationCounted() throws {
        let structure = try #require(
            try structures("Il pleut mais nous sortons et nous jouons.").first)
        #expect(structure.coordinations == 2)
        #expect(structure.finiteVerbs == 3)
    }

    @Test func fragmentFlaggedTitleAndExclamationNot() throws {
        let text =
            "Mon été en Bretagne\nUne belle journée sans nuages au bord de la mer. Quelle horreur ! Nous sommes partis tôt."
        let result = SyntaxeCriterion().evaluate(try context(text))
        let fragments = result.findings.filter { $0.ruleID == "syntax.no-finite-verb" }
        #expect(fragments.count == 1)
        #expect(result.report.measures["titles"] == .integer(1))
    }

    @Test func runOnSentenceFlagged() throws {
        let text =
            "Je suis allé au marché et j'ai acheté des pommes et je suis rentré et ma mère "
            + "a fait une tarte et nous l'avons mangée."
        let result = SyntaxeCriterion().evaluate(try context(text))
        #expect(result.findings.map(\.ruleID).contains("syntax.run-on-sentence"))
        let punctuated =
            "Je suis allé au marché, j'ai acheté des pommes. Je suis rentré ; ma mère "
            + "a fait une tarte, que nous avons mangée."
        let calm = SyntaxeCriterion().evaluate(try context(punctuated))
        #expect(!calm.findings.map(\.ruleID).contains("syntax.run-on-sentence"))
    }

    @Test func repeatedOpeningsFlaggedFromThird() throws {
        let text = "Il part. Il court. Il tombe. Puis il se relève."
        let result = SyntaxeCriterion().evaluate(try context(text))
        let repeated = result.findings.filter { $0.ruleID == "syntax.repeated-opening" }
        #expect(repeated.count == 1)
        #expect(repeated.first?.message.hasPrefix("Trois phrases de suite") == true)
    }

    @Test func missingFinalPunctuationFlagged() throws {
        let result = SyntaxeCriterion().evaluate(
            try context("Nous sommes partis tôt. Le voyage a duré trois heures"))
        #expect(result.findings.map(\.ruleID) == ["syntax.missing-final-punctuation"])
    }

    @Test func messagesAreFrenchSentences() throws {
        let text =
            "Il part. Il court. Il tombe. Une belle journée sans nuages au bord de la mer. "
            + "Je suis allé au marché et j'ai acheté des pommes et je suis rentré et ma mère "
            + "a fait une tarte et nous l'avons mangée"
        let result = SyntaxeCriterion().evaluate(try context(text))
        #expect(result.findings.count >= 3)
        for finding in result.findings {
            #expect(finding.message.first?.isUppercase == true)
            #expect(finding.message.hasSuffix("."))
            #expect(!finding.message.contains(" :"))
            #expect(!finding.span.isEmpty)
        }
        #expect(result.report.message.hasSuffix("."))
    }
}
