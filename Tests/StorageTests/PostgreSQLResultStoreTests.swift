import Foundation
import Testing
import WritingModel
import _TestSupport

@testable import Storage

/// The PostgreSQL store against a real server started for the suite.
@Suite(.serialized) final class PostgreSQLResultStoreTests {
    let server: PostgreSQLTestServer

    init() throws {
        server = try PostgreSQLTestServer()
    }

    deinit {
        server.stop()
    }

    func record(_ source: String, _ text: String, level: Int) -> StoredAnalysis {
        var criteria: [Criterion: CriterionReport] = [:]
        for criterion in Criterion.allCases {
            criteria[criterion] =
                criterion.needsKeystrokes
                ? .notMeasured(criterion, message: "Non mesurée.")
                : CriterionReport(
                    criterion: criterion, level: level, measures: ["mtld": .number(72.5)],
                    message: "Bien.")
        }
        let report = AnalysisReport(
            statistics: TextStatistics(characters: text.utf16.count, words: 3, sentences: 1, paragraphs: 1),
            criteria: criteria, matches: [], sentences: [TextSpan(start: 0, end: text.utf16.count)])
        return StoredAnalysis(source: source, text: text, report: report)
    }

    @Test func storesAndReadsBack() throws {
        let store = try PostgreSQLResultStore(connectionString: server.connectionString)
        let first = record("classe-2A/essai-01.txt", "Le chat dort.", level: 3)
        let second = record("classe-2A/essai-02.txt", "L’élève écrit « bien ».", level: 2)
        try store.save([second, first])
        #expect(try store.analyses() == [first, second])
        #expect(try store.containsAnalysis(essayID: first.essayID))
        #expect(try !store.containsAnalysis(essayID: SHA256.hexDigest(of: "absent")))
    }

    @Test func secondServerSharesTheData() throws {
        let writer = try PostgreSQLResultStore(connectionString: server.connectionString)
        let reader = try PostgreSQLResultStore(connectionString: server.connectionString)
        let essay = record("b.txt", "Un autre texte.", level: 4)
        try writer.save([essay])
        var updated = essay
        updated.report = record("b.txt", "Un autre texte.", level: 1).report
        try reader.save([updated])
        let stored = try writer.analyses().filter { $0.essayID == essay.essayID }
        #expect(stored.count == 1)
        #expect(stored.first?.report.criteria[.syntaxe]?.level == 1)
    }

    @Test func failuresAreUpserted() throws {
        let store = try PostgreSQLResultStore(connectionString: server.connectionString)
        try store.saveFailure(StoredFailure(source: "c.txt", error: "invalid UTF-8 at byte 3"))
        try store.saveFailure(StoredFailure(source: "c.txt", error: "binary file"))
        #expect(try store.failures().filter { $0.source == "c.txt" }
            == [StoredFailure(source: "c.txt", error: "binary file")])
    }

    @Test func unreachableServerNamesProblem() {
        #expect(throws: StorageError.self) {
            _ = try PostgreSQLResultStore(connectionString: "host=/nonexistent port=1 user=plume")
        }
    }
}
