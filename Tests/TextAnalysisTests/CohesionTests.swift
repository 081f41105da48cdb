import Foundation
import Lexicon
import Testing
import WritingModel
import _TestSupport

@testable import TextAnalysis

@Suite struct CohesionTests {
    static let introduction =
        "Les transports en commun coûtent cher aux étudiants des grandes villes. Beaucoup "
        + "renoncent à sortir ou à travailler loin de chez eux. Faut-il rendre les transports "
        + "gratuits pour les étudiants ?"
    static let development = [
        "D'abord, la gratuité aiderait les étudiants qui vivent avec peu d'argent. Un abonnement "
            + "mensuel représente souvent une part importante de leur budget, à côté du loyer et "
            + "des repas. Sans ce poids, ils pourraient se consacrer davantage à leurs études "
            + "et chercher un stage ou un emploi plus loin de leur logement.",
        "Cependant, la gratuité a un coût pour les villes. Les réseaux devraient trouver "
            + "d'autres ressources pour payer les conducteurs, l'entretien des bus et les "
            + "nouvelles lignes. Les impôts locaux augmenteraient, et tous les habitants "
            + "paieraient pour un avantage réservé aux étudiants.",
    ]
    static let conclusion =
        "En somme, la gratuité totale des transports semble difficile à financer. Un tarif "
        + "réduit pour les étudiants offrirait un compromis raisonnable entre justice sociale "
        + "et équilibre des budgets publics."
    static let prompt = "Faut-il rendre les transports en commun gratuits pour les étudiants ?"

    static func essay(_ paragraphs: [String]) -> String {
        paragraphs.joined(separator: "\n")
    }

    func structure(_ text: String) throws -> ParagraphStructure {
        let context = try Fixtures.context(text)
        return ParagraphStructure(
            context: context, connectives: ConnectiveUsage(context: context).matches)
    }

    @Test func fullPlanHasThreeParts() throws {
        let plan = try structure(
            Self.essay([Self.introduction] + Self.development + [Self.conclusion]))
        #expect(plan.paragraphWords.reduce(0, +) >= ParagraphStructure.minimumWords)
        #expect(plan.hasIntroduction)
        #expect(plan.hasDevelopment)
        #expect(plan.hasConclusion)
        #expect(plan.partCount == 3)
    }

    @Test func lastParagraphWithoutConclusionMarkerIsDevelopment() throws {
        let unmarked = String(Self.conclusion.dropFirst("En somme, ".count)).capitalizedFirst
        let plan = try structure(Self.essay([Self.introduction] + Self.development + [unmarked]))
        #expect(!plan.hasConclusion)
        #expect(plan.partCount == 2)
    }

    @Test func singleParagraphIsDevelopmentOnly() throws {
        let text = ([Self.introduction] + Self.development + [Self.conclusion]).joined(
            separator: " ")
        let plan = try structure(text)
        #expect(plan.paragraphWords.count == 1)
        #expect(plan.partCount == 1)
    }

    @Test func titleLineIsNotAParagraph() throws {
        let plan = try structure(
            Self.essay(
                ["Les transports gratuits", Self.introduction] + Self.development
                    + [Self.conclusion]))
        #expect(plan.paragraphWords.count == 4)
        #expect(plan.hasIntroduction)
    }

    @Test func shortTextHasNoPlanMeasure() throws {
        let plan = try structure("Il pleut.\nJe reste à la maison.")
        #expect(plan.partCount == nil)
        #expect(plan.measures["structure_parts"] == .undefined)
    }

    @Test func repeatedOpeningConnectiveIsFlagged() throws {
        let usage = ConnectiveUsage(
            context: try Fixtures.context("Il pleut. Donc je reste. Donc je lis. Donc je dors."))
        let flagged = usage.findings.filter { $0.ruleID == "semantics.repeated-opening-connective" }
        #expect(flagged.count == 2)
        #expect(flagged.first?.message.contains("comme la précédente") == true)
        #expect(flagged.first?.replacements.isEmpty == false)
        #expect(flagged.allSatisfy { !$0.replacements.contains("donc") })
    }

    @Test func openingsFarApartAreFlaggedFromTheThird() throws {
        let usage = ConnectiveUsage(
            context: try Fixtures.context(
                "Donc je pars. Il pleut. Donc je cours. Il vente. Donc je rentre."))
        #expect(usage.findings.count == 1)
        #expect(usage.findings.first?.message.hasPrefix("C’est la 3e phrase") == true)
    }

    @Test func stackedConnectivesOfSameFunctionAreFlagged() throws {
        let context = try Fixtures.context(
            "Il pleut, mais cependant je sors. Il pleut, mais donc je sors.")
        let usage = ConnectiveUsage(context: context)
        let stacked = usage.findings.filter { $0.ruleID == "semantics.stacked-connectives" }
        #expect(stacked.map { context.document.original($0.span) } == ["mais cependant"])
        #expect(stacked.first?.replacements == ["mais", "cependant"])
    }

    @Test func conclusionConnectiveInFirstHalfIsFlagged() throws {
        let text = Self.essay(
            ["En conclusion, " + Self.introduction.lowercasedFirst] + Self.development
                + [Self.conclusion])
        let usage = ConnectiveUsage(context: try Fixtures.context(text))
        #expect(usage.findings.map(\.ruleID) == ["semantics.early-conclusion"])
    }

    /// Paragraph nouns: {jardin} and {jardin, frère}: Jaccard 1/2.
    @Test func paragraphNounOverlap() throws {
        let cohesion = ReferentialCohesion(
            context: try Fixtures.context("Le jardin fleurit.\nLes jardins de mon frère sont beaux."))
        #expect(cohesion.paragraphNouns == [["jardin"], ["jardin", "frère"]])
        #expect(cohesion.measures["adjacent_paragraph_noun_overlap"] == .number(0.5))
    }

    @Test func referentialCohesionMeasures() throws {
        let cohesion = ReferentialCohesion(
            context: try Fixtures.context(
                "Le jardin fleurit. Les jardins sont beaux. Mon frère dort. Il rêve."))
        #expect(ReferentialCohesion.sharedShare(cohesion.sentenceNouns) == 1.0 / 3)
        #expect(cohesion.pronouns == 1)
        #expect(cohesion.measures["pronouns_per_100_words"]?.doubleValue == 100.0 / 12)
        #expect(cohesion.mostSharedLemma == "jardin")
        // « Mon frère dort. » shares nothing with the sentence before it;
        // « Il rêve. » opens with a pronoun, which links it.
        #expect(cohesion.firstUnlinkedSentence(openedByConnective: []) == 2)
        #expect(cohesion.firstUnlinkedSentence(openedByConnective: [2]) == nil)
    }

    /// Weighted coverage with a hand-made table of 9 documents: IDF =
    /// ln(10 / (df + 1)) + 1, so « vitesse » (df 0) weighs ln 10 + 1,
    /// « tuer » (df 4) ln 2 + 1 and « route » (df 9) 1. The text takes up
    /// only « route »: coverage 1/3, weighted 1 / (ln 10 + ln 2 + 3).
    @Test func weightedCoverageUsesIDF() throws {
        let table = DocumentFrequencyTable(
            documentCount: 9, frequencies: ["route": 9, "tuer": 4])
        let context = try Fixtures.context(
            "Les routes sont dangereuses.", prompt: "La vitesse tue sur les routes.")
        let relevance = try #require(PromptRelevance(context: context, table: table))
        #expect(Set(relevance.prompt.keys) == ["vitesse", "tuer", "route"])
        #expect(relevance.coverage == 1.0 / 3)
        let expected = 1 / (log(10.0) + log(2.0) + 3)
        let weighted = try #require(relevance.weightedCoverage)
        #expect(abs(weighted - expected) < 1e-12)
        #expect(relevance.missingPromptLemmas == ["vitesse", "tuer"])
    }

    @Test func unrelatedParagraphDrifts() throws {
        let recipe =
            "Ma grand-mère prépare une tarte aux pommes chaque dimanche. Elle épluche les fruits, "
            + "étale la pâte, ajoute du sucre et de la cannelle, puis laisse cuire le gâteau une "
            + "heure dans le four brûlant de sa cuisine."
        let text = Self.essay(
            [Self.introduction, Self.development[0], recipe, Self.development[1], Self.conclusion])
        let context = try Fixtures.context(text, prompt: Self.prompt)
        let table = try #require(context.resources.documentFrequencies())
        let relevance = try #require(PromptRelevance(context: context, table: table))
        #expect(relevance.driftingParagraphs == [2])
        let result = SemantiqueCriterion().evaluate(context)
        let drift = result.findings.filter { $0.ruleID == "semantics.off-topic-paragraph" }
        #expect(drift.map(\.span) == [context.document.paragraphs[2].span])
        #expect(result.report.measures["off_topic_paragraphs"] == .integer(1))
        #expect(result.report.message.contains("Ma grand-mère prépare une tarte"))
    }

    @Test func onTopicEssayHasNoDrift() throws {
        let text = Self.essay([Self.introduction] + Self.development + [Self.conclusion])
        let result = SemantiqueCriterion().evaluate(try Fixtures.context(text, prompt: Self.prompt))
        #expect(result.report.measures["off_topic_paragraphs"] == .integer(0))
        let coverage = try #require(result.report.measures["weighted_prompt_coverage"]?.doubleValue)
        #expect(coverage > 0.8)
        #expect(result.report.measures["structure_parts"] == .integer(3))
    }

    @Test func documentFrequencyTableRoundTrips() throws {
        let table = DocumentFrequencyTable(documentCount: 3, frequencies: ["chat": 2, "été": 3])
        let url = Fixtures.temporaryDirectory().appendingPathComponent("df.tsv")
        try table.rendered(header: ["test table"]).write(to: url, atomically: true, encoding: .utf8)
        let read = try DocumentFrequencyTable(contentsOf: url)
        #expect(read.documentCount == 3)
        #expect(read.frequencies == ["chat": 2, "été": 3])
        #expect(read.idf("été") == 1)
        #expect(read.idf("absent") == log(4.0) + 1)
    }

    @Test(arguments: ["chat\tdeux\n@documents\t3\n", "chat\t2\n", "chat 2\n@documents\t3\n"])
    func malformedDocumentFrequencyTableIsRejected(contents: String) throws {
        let url = Fixtures.temporaryDirectory().appendingPathComponent("df.tsv")
        try contents.write(to: url, atomically: true, encoding: .utf8)
        #expect(throws: LexiconError.self) { try DocumentFrequencyTable(contentsOf: url) }
    }
}

extension String {
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
    fileprivate var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
