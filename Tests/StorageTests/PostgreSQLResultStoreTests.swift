import Foundation
import Testing
import WritingModel
import _TestSupport

@testable import Storage

/// The PostgreSQL store against a real server started for each test.
@Suite(
    .serialized,
    .enabled(
        if: PostgreSQLTestServer.unavailableReason == nil,
        Comment(rawValue: PostgreSQLTestServer.unavailableReason ?? "")))
struct PostgreSQLResultStoreTests {
    func withServer(_ body: (String) throws -> Void) throws {
        let server = try PostgreSQLTestServer()
        defer { server.stop() }
        try body(server.connectionString)
    }

    func report(level: Int) -> AnalysisReport {
        var criteria: [Criterion: CriterionReport] = [:]
        for criterion in Criterion.allCases {
            criteria[criterion] =
                criterion.needsKeystrokes
                ? .notMeasured(criterion, message: "Non mesuré.")
                : CriterionReport(
                    criterion: criterion, level: level, measures: ["words": .integer(4)],
                    message: "Bien.")
        }
        let finding = Finding(
            ruleID: "spell.unknown-word", category: .orthographe, criterion: .orthographe,
            span: TextSpan(start: 3, end: 8), message: "Le mot « etait » est inconnu.",
            shortMessage: "Mot inconnu", replacements: ["était"])
        return AnalysisReport(
            statistics: TextStatistics(characters: 18, words: 4, sentences: 1, paragraphs: 1),
            criteria: criteria, matches: [finding], sentences: [TextSpan(start: 0, end: 18)])
    }

    @Test func recordsSurviveReconnecting() throws {
        try withServer { connection in
            let accented = StoredAnalysis(
                source: "classe 2A/élève-é.txt", text: "Il etait une fois 😀.", report: report(level: 3))
            let plain = StoredAnalysis(source: "classe 2A/a.txt", text: "Texte.", report: report(level: 2))
            do {
                let store = try PostgreSQLResultStore(connectionString: connection)
                try store.append(StoredFailure(source: "b.txt", error: "b.txt: binary file"))
                try store.append(accented)
                try store.append(plain)
                try store.close()
            }
            let reopened = try PostgreSQLResultStore(connectionString: connection)
            #expect(try reopened.analyses() == [plain, accented])
            #expect(try reopened.failures() == [StoredFailure(source: "b.txt", error: "b.txt: binary file")])
            #expect(try reopened.containsAnalysis(essayID: accented.essayID))
            let recorded = try reopened.recordedResults()
            #expect(recorded.essayIDs == [accented.essayID, plain.essayID])
            #expect(recorded.failedSources == ["b.txt"])
        }
    }

    @Test func analysisClearsFailureAndUpserts() throws {
        try withServer { connection in
            let store = try PostgreSQLResultStore(connectionString: connection)
            try store.append(StoredFailure(source: "a.txt", error: "a.txt: binary file"))
            let first = StoredAnalysis(source: "a.txt", text: "Corrigé.", report: report(level: 1))
            var second = first
            second.report = report(level: 4)
            try store.append(first)
            try store.save([second])
            #expect(try store.failures().isEmpty)
            #expect(try store.analyses() == [second])
            let level = try store.connection.query(
                "SELECT orthographe FROM analyses WHERE essay_id = $1", [first.essayID])
            #expect(level == [["4"]])
        }
    }

    @Test func newerSchemaIsRejected() throws {
        try withServer { connection in
            _ = try PostgreSQLResultStore(connectionString: connection)
            try PostgreSQLConnection(connection).execute("UPDATE plume_schema SET version = 99")
            #expect(throws: StorageError.unsupportedSchema(found: 99, supported: 1)) {
                _ = try PostgreSQLResultStore(connectionString: connection)
            }
        }
    }

    @Test func failedTransactionLeavesNothing() throws {
        try withServer { connection in
            let store = try PostgreSQLResultStore(connectionString: connection)
            struct Interrupted: Error {}
            #expect(throws: Interrupted.self) {
                try store.connection.transaction {
                    try store.save([StoredAnalysis(source: "a.txt", text: "Un.", report: report(level: 2))])
                    throw Interrupted()
                }
            }
            #expect(try store.analyses().isEmpty)
        }
    }

    @Test func badConnectionNamesTheProblem() {
        #expect {
            _ = try PostgreSQLResultStore(connectionString: "host=/nonexistent/socket user=plume")
        } throws: { error in
            guard case .postgreSQL(let operation, let message) = error as? StorageError else { return false }
            return operation == "connect" && message.contains("/nonexistent/socket")
        }
    }
}
