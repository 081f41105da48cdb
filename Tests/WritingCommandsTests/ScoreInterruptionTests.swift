import Foundation
import Storage
import Testing
import WritingModel
import _TestSupport

/// Runs the built `plume score` as a child process, kills it with SIGKILL
/// in the middle of a run, resumes it and compares the result with a run
/// that was never interrupted.
@Suite(.serialized) struct ScoreInterruptionTests {
    static let excerpts = 16
    /// Records a complete run writes: every excerpt, the six learner texts
    /// and the Latin-1 failure (the copy of a learner text is skipped).
    static let records = excerpts + 6 + 1

    func arguments(_ corpus: URL, _ output: String) -> [String] {
        ["score", corpus.path, "--out", output, "--jobs", "2", "--quiet"]
    }

    func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = try Fixtures.plumeExecutable
        process.arguments = arguments
        process.currentDirectoryURL = Fixtures.repositoryRoot
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Runs `plume` to its end and returns its exit status.
    func runToEnd(_ arguments: [String]) throws -> Int32 {
        let process = try start(arguments)
        process.waitUntilExit()
        return process.terminationStatus
    }

    func recordCount(_ path: String, format: String) -> Int {
        guard format == "postgresql" || FileManager.default.fileExists(atPath: path) else { return 0 }
        switch format {
        case "postgresql":
            let query = "SELECT (SELECT count(*) FROM analyses) + (SELECT count(*) FROM failures)"
            guard let connection = try? PostgreSQLDatabase(connectionString: path),
                let rows = try? connection.query(query)
            else { return 0 }
            return rows.first?.first.flatMap { $0.flatMap(Int.init) } ?? 0
        case "sqlite":
            let query = "SELECT (SELECT count(*) FROM analyses) + (SELECT count(*) FROM failures)"
            guard let database = try? SQLiteDatabase(.file(path)),
                let statement = try? database.prepare(query),
                let counts = try? statement.rows([], { $0.integer(0) })
            else { return 0 }
            return counts.first ?? 0
        default:
            let bytes = (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()
            let lines = bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            return format == "csv" ? max(0, lines - 1) : lines
        }
    }

    /// The stored results without suggestions, and without finding
    /// messages, which quote the first one: Hunspell's suggestion search is
    /// bounded by process CPU time, so its lists can differ between two runs
    /// on two threads.
    func withoutSuggestions(_ results: StoredResults) -> StoredResults {
        var copy = results
        for index in copy.analyses.indices {
            for match in copy.analyses[index].report.matches.indices {
                copy.analyses[index].report.matches[match].replacements = []
                copy.analyses[index].report.matches[match].message = ""
            }
        }
        return copy
    }

    func sourcesPerLine(_ path: String) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return object?["source"] as? String ?? ""
        }
    }

    @Test(arguments: ["jsonl", "csv", "sqlite"])
    func killedRunResumesToSameOutput(format: String) throws {
        let corpus = try ScoreCommandTests.makeCorpus(excerpts: Self.excerpts)
        let outputs = Fixtures.temporaryDirectory()
        defer {
            try? FileManager.default.removeItem(at: corpus)
            try? FileManager.default.removeItem(at: outputs)
        }
        try checkKilledRun(
            corpus: corpus, reference: outputs.appendingPathComponent("reference.\(format)").path,
            resumed: outputs.appendingPathComponent("resumed.\(format)").path, format: format)
    }

    @Test(
        .enabled(
            if: PostgreSQLTestServer.unavailableReason == nil,
            Comment(rawValue: PostgreSQLTestServer.unavailableReason ?? "")))
    func killedRunResumesInPostgreSQL() throws {
        let corpus = try ScoreCommandTests.makeCorpus(excerpts: Self.excerpts)
        let server = try PostgreSQLTestServer()
        defer {
            server.stop()
            try? FileManager.default.removeItem(at: corpus)
        }
        let administration = try PostgreSQLDatabase(connectionString: server.connectionString)
        try administration.execute("CREATE DATABASE reference")
        try administration.execute("CREATE DATABASE resumed")
        try checkKilledRun(
            corpus: corpus, reference: server.uri(database: "reference"),
            resumed: server.uri(database: "resumed"), format: "postgresql")
    }

    /// Runs `plume score` into `reference` to its end, then into `resumed`
    /// killed with SIGKILL after a few records and run again, and compares.
    func checkKilledRun(corpus: URL, reference: String, resumed: String, format: String) throws {
        #expect(try runToEnd(arguments(corpus, reference)) == 1)
        #expect(recordCount(reference, format: format) == Self.records)

        // Kill the second run once it has written a few records.
        let process = try start(arguments(corpus, resumed))
        let deadline = Date().addingTimeInterval(300)
        while process.isRunning && recordCount(resumed, format: format) < 4 && Date() < deadline {
            usleep(20_000)
        }
        let killedMidRun = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(killedMidRun, "the run ended before it could be killed; add excerpts")
        #expect(process.terminationReason == .uncaughtSignal)
        let partial = recordCount(resumed, format: format)
        #expect(partial >= 4)
        #expect(partial < Self.records)

        // Status 1 when the Latin-1 file fails in this run, 0 when the killed
        // run had already recorded its failure.
        #expect([0, 1].contains(try runToEnd(arguments(corpus, resumed))))
        #expect(recordCount(resumed, format: format) == Self.records)
        switch format {
        case "csv":
            // CSV rows carry no suggestions, so the files must be identical.
            #expect(try Data(contentsOf: URL(fileURLWithPath: resumed))
                == Data(contentsOf: URL(fileURLWithPath: reference)))
        default:
            if format == "jsonl" {
                let sources = try sourcesPerLine(resumed)
                #expect(Set(sources).count == sources.count, "a source is recorded twice")
                #expect(sources == (try sourcesPerLine(reference)))
            }
            let expected = try ResultFormat.load(reference)
            let actual = try ResultFormat.load(resumed)
            #expect(actual.failures == expected.failures)
            #expect(actual.analyses.map(\.source) == expected.analyses.map(\.source))
            // Compared as Booleans: a failed comparison of two corpora would
            // print both of them whole.
            let stable = withoutSuggestions(actual).analyses
            for (index, analysis) in withoutSuggestions(expected).analyses.enumerated() {
                let isEqual = index < stable.count && stable[index] == analysis
                #expect(isEqual, "\(analysis.source) differs beyond its suggestions")
            }
            // Suggestions come from Plume's own search, which depends only on
            // the word and its context, so they must match too.
            let isEqual = actual == expected
            #expect(isEqual, "suggestions differ from the uninterrupted run")
        }
    }
}
