import Foundation
import Lexicon
import Testing
import TextAnalysis
import WritingModel
import _TestSupport

@testable import WritingCommands

/// `plume calibrate`, `plume document-frequencies` and the options that
/// point the analyser at other tables.
@Suite(.serialized) struct CorpusCommandsTests {
    struct Outcome {
        var status: ExitCode
        var output: String
        var errors: String
    }

    func run(_ arguments: [String]) -> Outcome {
        let output = StringOutputChannel()
        let errors = StringOutputChannel()
        let context = CommandContext(
            output: output, errors: errors, environment: [:], readLine: { nil })
        let status = PlumeTool.run(arguments, context: context)
        return Outcome(status: status, output: output.text, errors: errors.text)
    }

    var learnerTexts: String { Fixtures.corpusURL("learner/texts").path }
    var learnerPrompts: String { Fixtures.corpusURL("learner/prompts").path }
    var essay: String { Fixtures.corpusURL("learner/texts/S27-F-.txt").path }

    @Test func calibrateWritesUsableTable() throws {
        let out = Fixtures.temporaryDirectory().appendingPathComponent("levels.tsv")
        let outcome = run(
            ["calibrate", learnerTexts, "--prompts", learnerPrompts, "--out", out.path])
        #expect(outcome.status == .success, "\(outcome.errors)")
        #expect(outcome.output.isEmpty)
        let table = try LevelScale(list: WordList(contentsOf: out))
        let base = try LevelScale(
            list: WordList(contentsOf: Fixtures.resources.lexicon(LevelScale.relativePath)))
        #expect(table.rows.map(\.measure) == base.rows.map(\.measure))
        let mtld = try #require(table.rows.first { $0.measure == "mtld" })
        #expect(mtld.source == "calibrated: percentiles 25, 50, 75 of 6 texts of texts")
        // Three essays have a prompt, fewer than the five needed.
        let coverage = try #require(table.rows.first { $0.measure == "weighted_prompt_coverage" })
        #expect(coverage.source.hasPrefix("kept (3 of 6 texts had a value)"))
        #expect(outcome.errors.contains("no prompt"))

        let analysis = run(["analyze", essay, "--levels", out.path, "--format", "json"])
        #expect(analysis.status == .success)
    }

    @Test func analyzeUsesGivenLevelTable() throws {
        let out = Fixtures.temporaryDirectory().appendingPathComponent("strict.tsv")
        try "vocabulaire\tmtld\thigher\t1000\t2000\t3000\ttest\n".write(
            to: out, atomically: true, encoding: .utf8)
        let outcome = run(["analyze", essay, "--levels", out.path, "--format", "json"])
        #expect(outcome.status == .success)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any])
        let criteria = try #require(json["criteria"] as? [String: [String: Any]])
        #expect(criteria["vocabulaire"]?["level"] as? Int == 1)
    }

    @Test func missingLevelTableNamesPathAndFix() {
        let outcome = run(["analyze", essay, "--levels", "/nonexistent/levels.tsv"])
        #expect(outcome.status == .failure)
        #expect(outcome.errors.contains("/nonexistent/levels.tsv"))
        #expect(outcome.errors.contains("plume calibrate"))
    }

    @Test func missingThesaurusNamesPackage() {
        let outcome = run(["analyze", essay, "--thesaurus", "/nonexistent/thes_fr"])
        #expect(outcome.status == .failure)
        #expect(outcome.errors.contains("/nonexistent/thes_fr.idx"))
        #expect(outcome.errors.contains("apt-get install mythes-fr"))
    }

    @Test func corpusErrorsNameTheFolder() throws {
        let missing = run(["calibrate", "/nonexistent/corpus"])
        #expect(missing.status == .failure)
        #expect(missing.errors.contains("/nonexistent/corpus: folder not found"))
        let file = run(["calibrate", essay])
        #expect(file.status == .failure)
        #expect(file.errors.contains("is a file"))
        let empty = Fixtures.temporaryDirectory().path
        let noText = run(["document-frequencies", empty])
        #expect(noText.status == .failure)
        #expect(noText.errors.contains("no .txt file"))
        let usage = run(["calibrate"])
        #expect(usage.status == .usage)
        #expect(usage.errors.contains("missing CORPUS"))
    }

    @Test func documentFrequenciesCountParagraphs() throws {
        let folder = Fixtures.temporaryDirectory()
        let long =
            "Le chat noir dort longtemps sur le tapis rouge du salon pendant que la pluie tombe"
        try "\(long).\n\(long) et le chien aboie.\nCourt.\n".write(
            to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "Le chien dort dans le jardin fleuri de la maison pendant que le soleil brille fort.\n"
            .write(to: folder.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let outcome = run(["document-frequencies", folder.path, "--min-words", "15"])
        #expect(outcome.status == .success, "\(outcome.errors)")
        let rows = outcome.output.split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(rows.first == "@documents\t3")
        #expect(rows.contains("dormir\t3"))
        #expect(rows.contains("chat\t2"))
        #expect(rows.contains("chien\t2"))
        // « jardin » is in one document only, under --min-documents 2.
        #expect(!rows.contains { $0.hasPrefix("jardin\t") })
    }
}
