import Foundation
import Testing
import WritingModel

@testable import Storage

@Suite struct SQLiteResultStoreTests {
    func temporaryFile() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent(
            "plume-store-\(UUID().uuidString).sqlite"
        ).path
    }

    func sampleReport(words: Int, level: Int) -> AnalysisReport {
        var criteria: [Criterion: CriterionReport] = [:]
        for criterion in Criterion.allCases {
            criteria[criterion] =
                criterion.needsKeystrokes
                ? .notMeasured(criterion, message: "Non mesuré.")
                : CriterionReport(
                    criterion: criterion, level: level, measures: ["words": .integer(words)],
                    message: "Bien.")
        }
        let finding = Finding(
            ruleID: "spell.unknown-word", category: .orthographe, criterion: .orthographe,
            span: TextSpan(start: 3, end: 8), message: "Mot inconnu.", shortMessage: "Mot inconnu",
            replacements: ["était"])
        return AnalysisReport(
            statistics: TextStatistics(characters: 20, words: words, sentences: 1, paragraphs: 1),
            criteria: criteria, matches: [finding], sentences: [TextSpan(start: 0, end: 20)])
    }

    @Test func savedAnalysesSurviveReopening() throws {
        let path = temporaryFile()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let record = StoredAnalysis(
            source: "classe-2A/essai-01.txt", text: "Il etait une fois.",
            report: sampleReport(words: 4, level: 3))
        try SQLiteResultStore(.file(path)).save([record])

        let reopened = try SQLiteResultStore(.file(path))
        #expect(try reopened.containsAnalysis(essayID: record.essayID))
        #expect(try reopened.analyses() == [record])
    }

    @Test func savingTwiceKeepsOneRecord() throws {
        let store = try SQLiteResultStore(.memory)
        let first = StoredAnalysis(source: "a.txt", text: "Texte.", report: sampleReport(words: 1, level: 2))
        var second = first
        second.report = sampleReport(words: 1, level: 4)
        try store.save([first])
        try store.save([second])
        let stored = try store.analyses()
        #expect(stored.count == 1)
        #expect(stored.first?.report.criteria[.syntaxe]?.level == 4)
    }

    @Test func failedTransactionLeavesNothing() throws {
        let path = temporaryFile()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let database = try SQLiteDatabase(.file(path))
        try database.execute("CREATE TABLE items (name TEXT PRIMARY KEY)")
        struct Interrupted: Error {}
        #expect(throws: Interrupted.self) {
            try database.transaction {
                try database.prepare("INSERT INTO items (name) VALUES ($1)").run([.text("a")])
                throw Interrupted()
            }
        }
        let count = try database.prepare("SELECT count(*) FROM items").rows { $0.integer(0) }
        #expect(count == [0])
    }

    @Test func newerSchemaIsRejected() throws {
        let path = temporaryFile()
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = try SQLiteResultStore(.file(path))
        try SQLiteDatabase(.file(path)).execute("UPDATE plume_schema SET version = 99")
        #expect(throws: StorageError.unsupportedSchema(found: 99, supported: 1)) {
            _ = try SQLiteResultStore(.file(path))
        }
    }

    @Test func failuresAreRecorded() throws {
        let store = try SQLiteResultStore(.memory)
        try store.saveFailure(StoredFailure(source: "b.txt", error: "invalid UTF-8 at byte 3"))
        try store.saveFailure(StoredFailure(source: "b.txt", error: "binary file"))
        #expect(try store.failures() == [StoredFailure(source: "b.txt", error: "binary file")])
    }

    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func sha256KnownVectors(input: String, digest: String) {
        #expect(SHA256.hexDigest(of: input) == digest)
    }
}
