import Foundation
import WritingModel

/// The result store for deployments with several servers: one PostgreSQL
/// database shared by all of them, with the same tables and SQL as the
/// embedded SQLite store.
public final class PostgreSQLResultStore: ResultStore {
    let database: PostgreSQLDatabase

    /// Connects and applies pending migrations. Migrations take an advisory
    /// lock, so servers starting together migrate once.
    /// - Throws: `StorageError` when the server cannot be reached or its
    ///   schema is newer than this code.
    public init(connectionString: String) throws {
        database = try PostgreSQLDatabase(connectionString: connectionString)
        try migrate()
    }

    private func migrate() throws {
        try database.transaction {
            // An arbitrary constant that names Plume's migration lock.
            try database.query("SELECT pg_advisory_xact_lock(7463002)")
            let exists = try database.query(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = 'plume_schema'")
            var version = 0
            if exists.first?.first == "1" {
                let stored = try database.query(ResultStoreSQL.selectVersion).first?.first
                version = stored.flatMap { $0 }.flatMap { Int($0) } ?? 0
            }
            let supported = ResultStoreSQL.migrations.count
            guard version <= supported else {
                throw StorageError.unsupportedSchema(found: version, supported: supported)
            }
            while version < supported {
                try database.execute(ResultStoreSQL.migrations[version])
                try database.query(ResultStoreSQL.updateVersion, [.integer(version + 1)])
                version += 1
            }
        }
    }

    public func save(_ analyses: [StoredAnalysis]) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        try database.transaction {
            for analysis in analyses {
                let json = String(decoding: try encoder.encode(analysis.report), as: UTF8.self)
                try database.query(
                    ResultStoreSQL.upsertEssay,
                    [
                        .text(analysis.essayID), .text(analysis.source), .text(analysis.text),
                        .integer(analysis.report.statistics.words),
                    ])
                var values: [Statement.Value] = [
                    .text(analysis.essayID), .text(AnalysisReport.schemaVersion), .text(json),
                ]
                for criterion in Criterion.allCases {
                    values.append(
                        analysis.report.criteria[criterion]?.level.map { .integer($0) } ?? .null)
                }
                try database.query(ResultStoreSQL.upsertAnalysis, values)
            }
        }
    }

    public func saveFailure(_ failure: StoredFailure) throws {
        try database.query(
            ResultStoreSQL.upsertFailure, [.text(failure.source), .text(failure.error)])
    }

    public func containsAnalysis(essayID: String) throws -> Bool {
        try database.query(ResultStoreSQL.countAnalysis, [.text(essayID)]).first?.first == "1"
    }

    public func analyses() throws -> [StoredAnalysis] {
        let decoder = JSONDecoder()
        return try database.query(ResultStoreSQL.selectAnalyses).map { row in
            let id = row[0] ?? ""
            guard let json = row[3] else {
                throw StorageError.corruptRecord(id: id, reason: "report is NULL")
            }
            do {
                let report = try decoder.decode(AnalysisReport.self, from: Data(json.utf8))
                return StoredAnalysis(source: row[1] ?? "", text: row[2] ?? "", report: report)
            } catch {
                throw StorageError.corruptRecord(id: id, reason: "\(error)")
            }
        }
    }

    public func failures() throws -> [StoredFailure] {
        try database.query(ResultStoreSQL.selectFailures).map {
            StoredFailure(source: $0[0] ?? "", error: $0[1] ?? "")
        }
    }
}
