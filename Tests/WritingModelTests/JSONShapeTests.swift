import Foundation
import Testing

@testable import WritingModel

@Suite struct JSONShapeTests {
    let finding = Finding(
        ruleID: "spell.unknown-word", category: .orthographe, criterion: .orthographe,
        span: TextSpan(start: 4, end: 9), message: "Mot inconnu.", shortMessage: "Mot inconnu",
        replacements: ["était", "état"], confidence: 0.8)

    @Test func findingUsesLanguageToolFields() throws {
        let data = try JSONEncoder().encode(finding)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["offset"] as? Int == 4)
        #expect(json["length"] as? Int == 5)
        #expect(json["message"] as? String == "Mot inconnu.")
        #expect(json["shortMessage"] as? String == "Mot inconnu")
        #expect((json["replacements"] as? [[String: String]])?.map { $0["value"] } == ["était", "état"])
        let rule = try #require(json["rule"] as? [String: Any])
        #expect(rule["id"] as? String == "spell.unknown-word")
        #expect(rule["issueType"] as? String == "misspelling")
        #expect((rule["category"] as? [String: String])?["id"] == "orthographe")
        #expect(json["criterion"] as? String == "orthographe")
    }

    @Test func reportRoundTrips() throws {
        let report = AnalysisReport(
            statistics: TextStatistics(characters: 10, words: 2, sentences: 1, paragraphs: 1),
            criteria: [
                .orthographe: CriterionReport(
                    criterion: .orthographe, level: 2,
                    measures: ["rate": .number(1.5), "words": .integer(2), "list": .list(["a"]),
                               "missing": .undefined],
                    message: "Relisez-vous."),
                .fluence: .notMeasured(.fluence, message: "Non mesurée."),
            ],
            matches: [finding], sentences: [TextSpan(start: 0, end: 10)])
        let data = try JSONEncoder().encode(report)
        #expect(try JSONDecoder().decode(AnalysisReport.self, from: data) == report)
    }

    @Test func incompatibleSchemaIsRejected() {
        let json = #"{"schemaVersion":"2.0","statistics":{"characters":0,"words":0,"sentences":0,"paragraphs":0},"criteria":{},"matches":[]}"#
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(AnalysisReport.self, from: Data(json.utf8))
        }
    }

    @Test func nonFiniteMeasureEncodesAsNull() throws {
        let data = try JSONEncoder().encode(["value": MeasureValue.number(.infinity)])
        #expect(String(decoding: data, as: UTF8.self) == #"{"value":null}"#)
    }

    @Test func levelIsClamped() {
        #expect(CriterionReport(criterion: .syntaxe, level: 9, measures: [:], message: "").level == 4)
        #expect(CriterionReport(criterion: .syntaxe, level: -1, measures: [:], message: "").level == 1)
    }
}
