import Foundation
import Plume
import Reporting
import Testing
import WritingModel
import _TestSupport

@testable import WritingCommands

/// Plume's JSON output checked against docs/plume-results.schema.json.
@Suite struct JSONSchemaTests {
    static let validator: JSONSchemaValidator = {
        let url = Fixtures.repositoryRoot.appendingPathComponent("docs/plume-results.schema.json")
        do {
            return try JSONSchemaValidator(contentsOf: url)
        } catch {
            fatalError("cannot read \(url.path): \(error)")
        }
    }()

    func expectValid(_ data: Data, against pointer: String = "#", _ label: String) throws {
        let problems = try Self.validator.problems(data, against: pointer)
        #expect(problems.isEmpty, "\(label): \(problems.prefix(5).joined(separator: "; "))")
    }

    @Test(arguments: ["307_traduction", "P04C6E2", "P05CE2N1", "P05CM2N1", "S10-R-", "S27-F-"])
    func learnerReportsMatchSchema(name: String) throws {
        let text = Fixtures.corpusText("learner/texts/\(name).txt")
        let report = try Fixtures.analyzer.analyze(text, prompt: "La sécurité routière.")
        try expectValid(Data(try JSONReportRenderer.render(report).utf8), name)
    }

    @Test func keystrokeReportMatchesSchema() throws {
        let session = EditingSession(analyzer: Fixtures.analyzer)
        var time = 0
        for (offset, character) in "Le chat dort. Il revait.".utf16.enumerated() {
            let piece = String(decoding: [character], as: UTF16.self)
            _ = try session.apply(TextEdit(offset: offset, length: 0, text: piece, time: time))
            time += 180
        }
        let update = try session.apply(TextEdit(offset: 24, length: 0, text: " ", time: time))
        try expectValid(
            try JSONEncoder().encode(update), against: "#/$defs/editingUpdate", "editing update")
        let report = try session.report()
        #expect(report.criteria[.fluence]?.isMeasured == true)
        try expectValid(try JSONEncoder().encode(report), "live report")
    }

    @Test func emptyAndHugeTextsMatchSchema() throws {
        let empty = try Fixtures.analyzer.analyze("")
        try expectValid(try JSONEncoder().encode(empty), "empty text")
        let novel = Fixtures.corpusText("eltec/FRA00201_Audoux.txt")
        let long = try Fixtures.analyzer.analyze(String(novel.prefix(60_000)))
        try expectValid(try JSONEncoder().encode(long), "novel excerpt")
    }

    @Test func batchRecordsMatchSchema() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/learner-results.jsonl")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 6)
        for (index, line) in lines.enumerated() {
            try expectValid(Data(line.utf8), against: "#/$defs/resultRecord", "line \(index + 1)")
        }
        let failure = #"{"error":"a.txt: binary file","record":"failure","source":"a.txt"}"#
        try expectValid(Data(failure.utf8), against: "#/$defs/resultRecord", "failure")
    }

    @Test func serveResponsesMatchSchema() throws {
        let handler = ServeHandler(analyzer: Fixtures.analyzer, maximumSessions: 4, textByteLimit: 10_000)
        let requests = [
            #"{"id":1,"method":"info"}"#,
            #"{"id":2,"method":"analyze","params":{"text":"Il etait une fois."}}"#,
            #"{"id":"3","method":"analyze","params":{}}"#,
            "not json",
        ]
        for request in requests {
            let (line, _) = handler.prepare(request).run()
            try expectValid(Data(line.utf8), against: "#/$defs/serveResponse", request)
        }
        let (analysis, _) = handler.prepare(requests[1]).run()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(analysis.utf8)) as? [String: Any])
        let result = try JSONSerialization.data(withJSONObject: try #require(object["result"]))
        try expectValid(result, "served report")
    }

    @Test(arguments: [
        ("missing criterion", #"{"criteria":{}}"#),
        ("empty match", #"{"matches":[{"offset":0,"length":0}]}"#),
        ("level when not measured", #"{"criteria":{"fluence":{"level":2}}}"#),
        ("bad rule id", #"{"matches":[{"rule":{"id":"Spell Unknown"}}]}"#),
        ("major version 2", #"{"schemaVersion":"2.0"}"#),
    ])
    func schemaRejectsBrokenReports(label: String, patch: String) throws {
        // Start from a valid report and overwrite one part with the patch.
        let report = try Fixtures.analyzer.analyze("Il etait une fois.")
        var object = try #require(
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(report)) as? [String: Any])
        let change = try #require(try JSONSerialization.jsonObject(with: Data(patch.utf8)) as? [String: Any])
        object = Self.merge(object, change)
        let data = try JSONSerialization.data(withJSONObject: object)
        let problems = try Self.validator.problems(data)
        #expect(!problems.isEmpty, "\(label) was accepted")
    }

    /// `base` with `patch` applied: objects merge key by key, an array's
    /// first object merges into the base's first element, other values replace.
    static func merge(_ base: [String: Any], _ patch: [String: Any]) -> [String: Any] {
        var result = base
        for (key, value) in patch {
            if let object = value as? [String: Any], let existing = base[key] as? [String: Any] {
                result[key] = object.isEmpty ? [:] : merge(existing, object)
            } else if let array = value as? [[String: Any]], var existing = base[key] as? [[String: Any]],
                let first = array.first, !existing.isEmpty
            {
                existing[0] = merge(existing[0], first)
                result[key] = existing
            } else {
                result[key] = value
            }
        }
        return result
    }
}
