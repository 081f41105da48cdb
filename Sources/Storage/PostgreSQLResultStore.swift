import Foundation
import WritingModel

/// The result store for deployments with several servers: a PostgreSQL
/// database, with the same tables and statements as `SQLiteResultStore`.
///
/// Each write is one transaction, so a record is stored whole or not at
/// all; several processes may write at once. Migrations take a
/// transaction-level advisory lock so that two processes starting
/// together do not both create the tables.
public final class PostgreSQLResultStore: ResultStore, ResultOutput {
    /// Highest schema version this code reads and writes.
    public static let schemaVersion = SQLiteResultStore.schemaVersion

    /// The key of the advisory lock migrations hold (an arbitrary constant).
    static let migrationLock = "8093467"

    let connection: PostgreSQLConnection
    private let encoder: JSONEncoder

    /// Connects and applies pending migrations.
    /// - Parameter connectionString: A libpq URI or `key=value` string.
    /// - Throws: `StorageError.postgreSQL`, or `.unsupportedSchema` when the
    ///   database was written by a newer version.
    public init(connectionString: String) throws {
        connection = try PostgreSQLConnection(connectionString)
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        try migrate()
    }

    /// Whether `path` names a PostgreSQL database rather than a file.
    public static func isConnectionURI(_ path: String) -> Bool {
        path.hasPrefix("postgresql://") || path.hasPrefix("postgres://")
    }

    private func migrate() throws {
        try connection.transaction {
            try connection.query("SELECT pg_advisory_xact_lock($1)", [Self.migrationLock])
            let exists = try connection.query(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = 'plume_schema'"
            ).first?.first == "1"
            var version = 0
            if exists {
                version = try connection.query("SELECT version FROM plume_schema").first?.first
                    .flatMap { $0.flatMap(Int.init) } ?? 0
            }
            guard version <= Self.schemaVersion else {
                throw StorageError.unsupportedSchema(found: version, supported: Self.schemaVersion)
            }
            while version < Self.schemaVersion {
                try connection.execute(ResultStoreSQL.migrations[version])
                try connection.query("UPDATE plume_schema SET version = $1", [String(version + 1)])
                version += 1
            }
        }
    }

    public func save(_ analyses: [StoredAnalysis]) throws {
        try connection.transaction {
            for analysis in analyses {
                try insert(analysis)
            }
        }
    }

    private func insert(_ analysis: StoredAnalysis) throws {
        let json = String(decoding: try encoder.encode(analysis.report), as: UTF8.self)
        let parameters = ResultStoreSQL.parameters(of: analysis, reportJSON: json)
        try connection.query(ResultStoreSQL.insertEssay, parameters.essay)
        try connection.query(ResultStoreSQL.insertAnalysis, parameters.analysis)
    }

    public func saveFailure(_ failure: StoredFailure) throws {
        try connection.query(ResultStoreSQL.insertFailure, [failure.source, failure.error])
    }

    public func containsAnalysis(essayID: String) throws -> Bool {
        try connection.query("SELECT count(*) FROM analyses WHERE essay_id = $1", [essayID])
            .first?.first == "1"
    }

    /// Every stored analysis, ordered by the UTF-8 bytes of the source and
    /// then the id, as SQLite orders them; PostgreSQL's own order follows
    /// the database's collation, which varies between servers.
    public func analyses() throws -> [StoredAnalysis] {
        let decoder = JSONDecoder()
        let rows = try connection.query(ResultStoreSQL.selectAnalyses)
        let analyses = try rows.map { row -> StoredAnalysis in
            let id = row[0] ?? ""
            guard let json = row[3] else {
                throw StorageError.corruptRecord(id: id, reason: "report is NULL")
            }
            do {
                let report = try decoder.decode(AnalysisReport.self, from: Data(json.utf8))
                return StoredAnalysis(
                    essayID: id, source: row[1] ?? "", text: row[2] ?? "", report: report)
            } catch {
                throw StorageError.corruptRecord(id: id, reason: "\(error)")
            }
        }
        return analyses.sorted {
            ($0.source.utf8.elementsEqual($1.source.utf8))
                ? $0.essayID < $1.essayID
                : $0.source.utf8.lexicographicallyPrecedes($1.source.utf8)
        }
    }

    public func failures() throws -> [StoredFailure] {
        try connection.query(ResultStoreSQL.selectFailures).map {
            StoredFailure(source: $0[0] ?? "", error: $0[1] ?? "")
        }.sorted { $0.source.utf8.lexicographicallyPrecedes($1.source.utf8) }
    }

    /// Every essay identifier and failed source stored; transactions leave
    /// no half record, so `droppedBytes` is always 0.
    public func recordedResults() throws -> RecordedResults {
        var recorded = RecordedResults()
        recorded.essayIDs = Set(
            try connection.query("SELECT essay_id FROM analyses").compactMap { $0[0] })
        recorded.failedSources = Set(
            try connection.query("SELECT source FROM failures").compactMap { $0[0] })
        return recorded
    }

    /// Stores one analysis in its own transaction and clears an earlier
    /// failure of the same source.
    public func append(_ analysis: StoredAnalysis) throws {
        try connection.transaction {
            try insert(analysis)
            try connection.query(ResultStoreSQL.deleteFailure, [analysis.source])
        }
    }

    /// Stores one failure.
    public func append(_ failure: StoredFailure) throws {
        try saveFailure(failure)
    }

    /// Nothing to flush: every append is committed when it returns.
    public func close() throws {}
}
