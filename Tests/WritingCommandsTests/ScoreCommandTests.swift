import Foundation
import Storage
import Testing
import WritingModel
import _TestSupport

@testable import WritingCommands

@Suite(.serialized) struct ScoreCommandTests {
    struct Outcome {
        var status: ExitCode
        var output: String
        var errors: String
    }

    func run(_ arguments: [String]) -> Outcome {
        let output = StringOutputChannel()
        let errors = StringOutputChannel()
        let context = CommandContext(output: output, errors: errors, environment: [:])
        let status = PlumeTool.run(arguments, context: context)
        return Outcome(status: status, output: output.text, errors: errors.text)
    }

    /// A corpus of `count` excerpts of about 400 words cut at paragraph ends
    /// from four ELTeC novels, the six learner texts, a copy of one of them
    /// and a Latin-1 file.
    static func makeCorpus(excerpts count: Int) throws -> URL {
        let folder = Fixtures.temporaryDirectory()
        let novels = ["FRA00201_Audoux", "FRA02701_Maupassant", "FRA03701_Sand", "FRA04002_Verne"]
        for (number, novel) in novels.enumerated() {
            let paragraphs = Fixtures.corpusText("eltec/\(novel).txt").split(separator: "\n")
            var excerpt: [Substring] = []
            var written = 0
            for paragraph in paragraphs.dropFirst(20) where written < count / novels.count {
                excerpt.append(paragraph)
                if excerpt.reduce(0, { $0 + $1.split(separator: " ").count }) >= 400 {
                    written += 1
                    let name = String(format: "n%d-%02d.txt", number, written)
                    try excerpt.joined(separator: "\n").write(
                        to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
                    excerpt = []
                }
            }
        }
        let learner = Fixtures.corpusURL("learner/texts")
        for name in try FileManager.default.contentsOfDirectory(atPath: learner.path)
        where name.hasSuffix(".txt") {
            try FileManager.default.copyItem(
                at: learner.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        try FileManager.default.copyItem(
            at: learner.appendingPathComponent("S10-R-.txt"),
            to: folder.appendingPathComponent("copie-S10.txt"))
        try Data([0x4C, 0x27, 0xE9, 0x6C, 0xE8, 0x76, 0x65]).write(
            to: folder.appendingPathComponent("latin1.txt"))
        return folder
    }

    @Test func scoringTwiceSkipsEverything() throws {
        let corpus = try Self.makeCorpus(excerpts: 4)
        defer { try? FileManager.default.removeItem(at: corpus) }
        let out = corpus.appendingPathComponent("results.jsonl").path
        let first = run(["score", corpus.path, "--out", out, "--jobs", "2"])
        #expect(first.status == .failure)
        #expect(first.output.isEmpty)
        #expect(first.errors.contains("plume score: 10 essays scored"))
        #expect(first.errors.contains("skipped: 1 identical to an earlier file"))
        #expect(first.errors.contains("1 failed:"))
        #expect(first.errors.contains("latin1.txt: invalid UTF-8 at byte 2"))
        let lines = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 11)

        let second = run(["score", corpus.path, "--out", out])
        #expect(second.status == .success)
        #expect(second.errors.contains("plume score: 0 essays scored (0 words)"))
        #expect(
            second.errors.contains(
                "skipped: 11 already scored by an earlier run, "
                    + "1 failed in an earlier run (pass --retry-failures to retry)"))
        let again = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n")
        #expect(again == lines)

        let retry = run(["score", corpus.path, "--out", out, "--retry-failures", "--quiet"])
        #expect(retry.status == .failure)
        #expect(retry.errors.isEmpty)
        let loaded = try ResultFormat.load(out)
        #expect(loaded.analyses.count == 10)
        #expect(loaded.failures.map(\.source) == [corpus.appendingPathComponent("latin1.txt").path])
    }

    @Test func badOutputPathsNameTheFix() throws {
        let folder = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let essay = folder.appendingPathComponent("a.txt").path
        try "Le chat dort.".write(toFile: essay, atomically: true, encoding: .utf8)
        for name in ["x.jsonl", "x.csv", "x.sqlite"] {
            let out = folder.appendingPathComponent("missing/\(name)").path
            let outcome = run(["score", essay, "--out", out])
            #expect(outcome.status == .failure)
            #expect(
                outcome.errors.contains(
                    "\(out): the folder \(folder.path)/missing does not exist; create it"),
                "\(outcome.errors)")
        }
        for name in ["plain", "results.jsonl"] {
            let out = folder.appendingPathComponent(name).path
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            let outcome = run(["score", essay, "--out", out])
            #expect(outcome.status == .usage)
            #expect(
                outcome.errors.contains("\(out) given to --out is a folder"), "\(outcome.errors)")
        }
    }

    @Test func summaryCountsInSingular() {
        var progress = ScoreProgress(totalFiles: 1, totalBytes: 10, jobs: 1)
        progress.analyzed = 1
        progress.words = 1
        let summary = progress.summary(output: "out.jsonl")
        #expect(summary.hasPrefix("plume score: 1 essay scored (1 word) in "))
        #expect(summary.contains(" on 1 job; results in out.jsonl"))
    }

    @Test func usageErrorsNameTheFix() {
        let missingOut = run(["score", "corpora"])
        #expect(missingOut.status == .usage)
        #expect(missingOut.errors.contains("missing --out FILE"))
        let badFormat = run(["score", "corpora", "--out", "results.xlsx"])
        #expect(badFormat.status == .usage)
        #expect(badFormat.errors.contains("use a name ending in .jsonl, .csv or .sqlite"))
        let badJobs = run(["score", "corpora", "--out", "r.jsonl", "--jobs", "0"])
        #expect(badJobs.status == .usage)
        #expect(badJobs.errors.contains("invalid value \"0\" for --jobs"))
        let missingPath = run(["score", "/nonexistent/copies", "--out", "/tmp/plume-never.jsonl"])
        #expect(missingPath.status == .failure)
        #expect(missingPath.errors.contains("/nonexistent/copies: file not found"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/plume-never.jsonl"))
    }
}
