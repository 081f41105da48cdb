import Foundation
import Testing
import WritingModel
import _TestSupport

@testable import Plume

/// Checks made by hand on real learner texts from `corpora/learner/texts`.
@Suite struct LearnerTextChecksTests {
    func misspelled(_ report: AnalysisReport, in text: String) -> [String] {
        let units = Array(text.utf16)
        return report.matches.filter { $0.ruleID == "spell.unknown-word" }.map {
            String(decoding: units[$0.span.start..<$0.span.end], as: UTF16.self)
        }
    }

    /// University essay on road safety: 15 sentences counted by hand; its
    /// non-words are « vigilence », « réglemenation », « rison », « rouite »,
    /// « sactions » and « fonctionnés » (no such participle plural exists).
    @Test func universityEssay() throws {
        let text = Fixtures.corpusText("learner/texts/S27-F-.txt")
        let report = try Fixtures.analyzer.analyze(text)
        #expect(report.statistics.sentences == 15)
        #expect(report.statistics.paragraphs == 4)
        #expect(
            misspelled(report, in: text)
                == ["vigilence", "réglemenation", "rison", "fonctionnés", "rouite", "sactions"])
        let spelling = report.matches.filter { $0.ruleID == "spell.unknown-word" }
        #expect(spelling.first?.replacements.first == "vigilance")
        #expect(spelling.first(where: { $0.replacements.contains("route") })?.replacements.first == "route")
        // lexicalrichness 0.5.1 gives MTLD 102.36690647482014 on the same 408
        // lowercased word forms (forms joined by spaces, split on spaces).
        let vocabulary = try #require(report.criteria[.vocabulaire])
        #expect(vocabulary.measures["tokens"] == .integer(408))
        #expect(vocabulary.measures["types"] == .integer(212))
        let mtld = try #require(vocabulary.measures["mtld"]?.doubleValue)
        #expect(abs(mtld - 102.36690647482014) < 1e-9)
    }

    /// CM2 pupil's story: 8 sentences, the last being « FIN »; the spelling
    /// errors a teacher marks include these non-words.
    @Test func childStory() throws {
        let text = Fixtures.corpusText("learner/texts/P05CM2N1.txt")
        let report = try Fixtures.analyzer.analyze(text)
        #expect(report.statistics.sentences == 8)
        let found = Set(misspelled(report, in: text))
        for word in [
            "etait", "espres", "giffle", "colere", "giffler", "puie", "vena", "essaille",
            "arrete", "arretes", "appellèrent",
        ] {
            #expect(found.contains(word), "missed \(word)")
        }
        #expect(!found.contains("maitre"), "1990-reform spelling must be accepted")
        let first = Dictionary(
            report.matches.filter { $0.ruleID == "spell.unknown-word" }.map {
                (String(decoding: Array(text.utf16)[$0.span.start..<$0.span.end], as: UTF16.self),
                 $0.replacements.first ?? "")
            }, uniquingKeysWith: { first, _ in first })
        #expect(first["colere"] == "colère")
        #expect(first["giffle"] == "gifle")
        #expect(first["etait"] == "était")
    }

    /// CE2 pupil's text: MTLD from lexicalrichness 0.5.1 on the same 49 forms.
    @Test func youngPupilMTLD() throws {
        let text = Fixtures.corpusText("learner/texts/P05CE2N1.txt")
        let report = try Fixtures.analyzer.analyze(text)
        let mtld = try #require(report.criteria[.vocabulaire]?.measures["mtld"]?.doubleValue)
        #expect(abs(mtld - 74.6977777777778) < 1e-9)
        #expect(report.statistics.words == 49)
    }

    @Test(arguments: ["307_traduction", "P04C6E2", "P05CE2N1", "P05CM2N1", "S10-R-", "S27-F-"])
    func everyLearnerTextAnalysed(name: String) throws {
        let text = Fixtures.corpusText("learner/texts/\(name).txt")
        let report = try Fixtures.analyzer.analyze(text)
        #expect(Set(report.criteria.keys) == Set(Criterion.allCases))
        for criterion in [Criterion.orthographe, .syntaxe, .vocabulaire, .semantique] {
            let level = try #require(report.criteria[criterion]?.level)
            #expect(CriterionReport.levels.contains(level))
        }
        #expect(report.criteria[.fluence]?.isMeasured == false)
        #expect(report.criteria[.revision]?.level == nil)
        for finding in report.matches {
            #expect(finding.span.end <= text.utf16.count)
            #expect(!finding.span.isEmpty)
            #expect(finding.message.hasSuffix(".") || finding.message.hasSuffix("?"))
        }
    }
}
