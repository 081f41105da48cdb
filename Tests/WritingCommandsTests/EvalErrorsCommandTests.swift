import Foundation
import Testing
import _TestSupport

@testable import WritingCommands

@Suite(.serialized) struct EvalErrorsCommandTests {
    struct Outcome {
        var status: ExitCode
        var output: String
        var errors: String
    }

    func run(_ arguments: [String]) -> Outcome {
        let output = StringOutputChannel()
        let errors = StringOutputChannel()
        let context = CommandContext(
            output: output, errors: errors, environment: [:], readLine: { nil },
            readInput: { _ in Data() })
        let status = PlumeTool.run(arguments, context: context)
        return Outcome(status: status, output: output.text, errors: errors.text)
    }

    var sample: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/sequoia-dev-sample.conllu").path
    }

    func temporaryFile(_ name: String, _ text: String) -> String {
        let url = Fixtures.temporaryDirectory().appendingPathComponent(name)
        FileManager.default.createFile(atPath: url.path, contents: Data(text.utf8))
        return url.path
    }

    @Test func jsonReportHasEveryCategory() throws {
        let outcome = run(["eval-errors", sample, "--format", "json", "--seed", "3"])
        #expect(outcome.status == .success, "\(outcome.errors)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any])
        let categories = try #require(json["categories"] as? [[String: Any]])
        #expect(categories.count == 8)
        #expect(json["cleanSentences"] as? Int == 40)
        let injected = categories.compactMap { $0["injected"] as? Int }.reduce(0, +)
        #expect(injected == 40)
        let nonWord = try #require(categories.first { $0["category"] as? String == "non-word" })
        #expect((nonWord["recall"] as? Double ?? 0) > 0.5)
    }

    @Test func textReportIsSameForSameSeed() {
        let first = run(["eval-errors", sample, "--per-category", "3"])
        let second = run(["eval-errors", sample, "--per-category", "3"])
        #expect(first.status == .success)
        #expect(first.output == second.output)
        #expect(first.output.contains("agreement-participle"))
        #expect(first.output.contains("per 1,000 words"))
    }

    @Test func exportWritesJSONLines() throws {
        let directory = Fixtures.temporaryDirectory()
        let outcome = run(["eval-errors", sample, "--export", directory.path])
        #expect(outcome.status == .success)
        let clean = try String(
            contentsOf: directory.appendingPathComponent("clean.jsonl"), encoding: .utf8)
        #expect(clean.split(separator: "\n").count == 40)
        let corrupted = try String(
            contentsOf: directory.appendingPathComponent("corrupted.jsonl"), encoding: .utf8)
        let first = try #require(corrupted.split(separator: "\n").first)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        let error = try #require(object["error"] as? [String: Any])
        #expect(error["span"] as? [String: Int] != nil)
        for name in ["plume-clean-findings.jsonl", "plume-corrupted-findings.jsonl"] {
            #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path))
        }
    }

    @Test func missingFileNamed() {
        let outcome = run(["eval-errors", "/nonexistent/gold.conllu"])
        #expect(outcome.status == .failure)
        #expect(outcome.errors.contains("/nonexistent/gold.conllu: no such CoNLL-U file"))
    }

    @Test func malformedLineNamed() {
        let path = temporaryFile(
            "bad.conllu", "# sent_id = 1\n1\tOui\toui\tINTJ\t_\t_\t0\troot\t_\t_\n2\tnon\tnon\n")
        let outcome = run(["eval-errors", path])
        #expect(outcome.status == .failure)
        #expect(outcome.errors.contains("\(path):3: expected 10 tab-separated columns, found 3"))
    }

    @Test func missingArgumentIsUsageError() {
        let outcome = run(["eval-errors"])
        #expect(outcome.status == .usage)
        #expect(outcome.errors.contains("missing FILE.conllu"))
    }
}
