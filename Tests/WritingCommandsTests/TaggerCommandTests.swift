import Foundation
import Tagging
import Testing
import WritingModel
import _TestSupport

@testable import WritingCommands

@Suite(.serialized) struct TaggerCommandTests {
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

    var essay: String { Fixtures.corpusURL("learner/texts/S27-F-.txt").path }

    func temporaryFile(_ name: String, _ text: String) -> String {
        let url = Fixtures.temporaryDirectory().appendingPathComponent(name)
        FileManager.default.createFile(atPath: url.path, contents: Data(text.utf8))
        return url.path
    }

    @Test func analyzeConlluReadsBackAsCoNLLU() throws {
        let outcome = run(["analyze", essay, "--format", "conllu"])
        #expect(outcome.status == .success)
        let sentences = try CoNLLUReader(path: "output").sentences(in: outcome.output)
        #expect(sentences.count > 3)
        #expect(sentences.allSatisfy { !$0.words.isEmpty })
        #expect(outcome.output.hasPrefix("# sent_id = 1\n# text = "))
    }

    @Test func contractionWrittenAsRange() throws {
        let path = temporaryFile("du.txt", "Le prix du pain augmente.")
        let outcome = run(["analyze", path, "--format", "conllu"])
        #expect(outcome.output.contains("3-4\tdu\t_\t_\t_\t_\t_\t_\t_\tSpan=8:10\n"))
        #expect(outcome.output.contains("3\tde\tde\tADP\t"))
        let sentence = try #require(
            try CoNLLUReader(path: "output").sentences(in: outcome.output).first)
        #expect(sentence.text == "Le prix du pain augmente.")
    }

    @Test func evalTaggerJsonHasFractions() throws {
        let gold = Fixtures.corpusURL("treebanks/fr_sequoia-ud-test.conllu").path
        let outcome = run(["eval-tagger", gold, "--format", "json"])
        #expect(outcome.status == .success)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any])
        #expect(json["words"] as? Int == 10_044)
        for key in ["upos", "ufeats", "lemma"] {
            let value = try #require(json[key] as? Double)
            #expect(value > 0.9)
            #expect(value <= 1)
        }
    }

    @Test func malformedTreebankNamesFileAndLine() {
        let path = temporaryFile("bad.conllu", "# sent_id = 1\n1\tIl\til\tPRON\t_\t_\n")
        let outcome = run(["eval-tagger", path])
        #expect(outcome.status == .failure)
        #expect(outcome.errors.contains("\(path):2: expected 10 tab-separated columns, found 6"))
    }

    @Test func truncatedModelReportedNotCrashed() throws {
        let model = Fixtures.resources.lexicon(TaggerModel.relativePath)
        let bytes = try Data(contentsOf: model).prefix(5_000)
        let path = Fixtures.temporaryDirectory().appendingPathComponent("cut.bin").path
        FileManager.default.createFile(atPath: path, contents: bytes)
        let gold = Fixtures.corpusURL("treebanks/fr_sequoia-ud-test.conllu").path
        let outcome = run(["eval-tagger", gold, "--model", path])
        #expect(outcome.status == .failure)
        #expect(outcome.errors.contains("truncated or corrupt"))
    }

    @Test func trainTaggerNeedsOutput() {
        let gold = Fixtures.corpusURL("treebanks/fr_sequoia-ud-test.conllu").path
        let outcome = run(["train-tagger", gold])
        #expect(outcome.status == .usage)
        #expect(outcome.errors.contains("missing --output MODEL"))
    }
}
