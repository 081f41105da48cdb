import Lexicon
import Testing
import WritingModel
import _TestSupport

@testable import TextAnalysis

@Suite struct VocabularyMeasuresTests {
    func usage(_ text: String) throws -> (EverydayWordUsage, Document) {
        let context = try Fixtures.context(text)
        return (
            EverydayWordUsage(context: context, lexicon: context.resources.everydayWords),
            context.document
        )
    }

    func shown(_ finding: Finding, in document: Document) -> String {
        document.original(finding.span)
    }

    @Test func familiarWordsAreFlaggedEachTime() throws {
        let (usage, document) = try usage("C'est un truc bizarre. Ça marche, mais ça casse.")
        #expect(usage.findings.map { shown($0, in: document) } == ["truc", "Ça", "ça"])
        #expect(usage.findings.allSatisfy { $0.ruleID == "vocabulary.everyday-word" })
        // « Ça » is written as the entry, so it gets the capitalized
        // replacement; « truc » gets none because « élément » is not the
        // same word class in every context.
        #expect(usage.findings[1].replacements == ["Cela"])
        #expect(usage.findings[0].message.contains("«\u{00A0}truc\u{00A0}»"))
    }

    @Test func vagueWordsAreFlaggedFromTheThirdTime() throws {
        let (usage, document) = try usage(
            "Il y a un chat. Il y a un chien. Il y avait aussi une souris.")
        #expect(usage.matches.count == 3)
        #expect(usage.findings.map { shown($0, in: document) } == ["Il y avait"])
        #expect(usage.findings.first?.message.hasPrefix("L’expression") == true)
    }

    /// « fait » after « Le » is the noun, not the verb « faire ».
    @Test func verbEntryIsSkippedAfterDeterminer() throws {
        let (usage, document) = try usage(
            "Le fait est là. Il fait beau. Elle fait du sport. Nous faisons la fête.")
        #expect(usage.matches.count == 3)
        #expect(usage.findings.map { shown($0, in: document) } == ["faisons"])
        #expect(usage.examples(in: document) == ["fait"])
    }

    @Test func lexicalDensityCountsContentWords() throws {
        let sophistication = LexicalSophistication(
            context: try Fixtures.context("Le chat mange une souris."))
        #expect(sophistication.knownWords == 5)
        #expect(sophistication.contentWords == 3)
        #expect(sophistication.lexicalDensity == 0.6)
        #expect(sophistication.bandCounts.values.reduce(0, +) == 3)
        #expect(sophistication.rareWords.isEmpty)
    }

    @Test func rareWordsUseLemmaFrequency() throws {
        let sophistication = LexicalSophistication(
            context: try Fixtures.context("L'alcoolémie des conducteurs aimèrent les Xylophones."))
        #expect(sophistication.rareWords == ["alcoolémie"])
        #expect(sophistication.bandCounts[.zipfBelow3] == sophistication.rareCount)
        // « aimèrent » is a rare form of the very common lemma « aimer ».
        #expect(sophistication.bandCounts[.zipf6AndAbove] ?? 0 >= 1)
    }

    @Test(arguments: [
        (6.5, "zipf_6_and_above"), (5, "zipf_5_to_6"), (4.99, "zipf_4_to_5"),
        (3, "zipf_3_to_4"), (2.9, "zipf_below_3"), (0, "zipf_below_3"),
    ])
    func zipfBands(zipf: Double, band: String) {
        #expect(LexicalSophistication.Band(zipf: zipf).rawValue == band)
    }

    @Test func repetitionOfferInflectedSynonyms() throws {
        let result = VocabulaireCriterion().evaluate(
            try Fixtures.context(
                "Le voyage fut long. Ce voyage nous a fatigués, mais la vue était belle."))
        let finding = try #require(
            result.findings.first { $0.ruleID == "vocabulary.close-repetition" })
        #expect(!finding.replacements.isEmpty)
        for replacement in finding.replacements {
            let nouns = Fixtures.lexique.entries(for: replacement).filter {
                $0.partOfSpeech == .noun
            }
            #expect(nouns.contains { $0.gender != .feminine }, "\(replacement) is feminine")
            #expect(nouns.contains { $0.number != .plural }, "\(replacement) is plural")
        }
        #expect(finding.message.contains("selon le sens"))
    }

    @Test func criterionReportsEveryMeasureFamily() throws {
        let text = Fixtures.corpusText("learner/texts/S27-F-.txt")
        let result = VocabulaireCriterion().evaluate(try Fixtures.context(text))
        let measures = result.report.measures
        for key in [
            "type_token_ratio", "root_type_token_ratio", "mtld", "hdd", "mattr", "yules_k",
            "lemma_mtld", "lemma_hdd", "lexical_density", "rare_word_share",
            "everyday_words_per_100_words", "close_repetitions_per_100_words", "kandel_moles",
            "lix",
        ] {
            #expect(measures[key]?.doubleValue != nil, "\(key) is missing or undefined")
        }
        guard case .record(let bands)? = measures["frequency_bands"] else {
            Issue.record("frequency_bands is missing")
            return
        }
        #expect(Set(bands.keys) == Set(LexicalSophistication.Band.allCases.map(\.rawValue)))
        let total = bands.values.compactMap(\.doubleValue).reduce(0, +)
        #expect(abs(total - 1) < 1e-9)
        // Forms distinguish « route » and « routes », lemmas do not.
        let formTypes = try #require(measures["types"]?.doubleValue)
        let lemmaTypes = try #require(measures["lemma_types"]?.doubleValue)
        #expect(lemmaTypes < formTypes)
    }

    @Test func shortTextLeavesWindowMeasuresUndefined() throws {
        let result = VocabulaireCriterion().evaluate(
            try Fixtures.context("Le chat dort sur un tapis."))
        #expect(result.report.measures["hdd"] == .undefined)
        #expect(result.report.measures["mattr"] == .undefined)
        #expect(result.report.measures["mtld"] == .undefined)
        #expect(result.report.measures["type_token_ratio"]?.doubleValue != nil)
        #expect(result.report.isMeasured)
    }
}
