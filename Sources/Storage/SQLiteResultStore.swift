import Foundation
import WritingModel

/// The embedded result store: one SQLite file.
///
/// Its statements are `ResultStoreSQL`'s, which the PostgreSQL store runs
/// too.
public final class SQLiteResultStore: ResultStore {
    /// Highest schema version this code reads and writes.
    public static let schemaVersion = ResultStoreSQL.migrations.count

    let database: SQLiteDatabase
    private let insertEssay: Statement
    private let insertAnalysis: Statement
    private let insertFailure: Statement

    /// Opens or creates the store and applies pending migrations.
    /// - Throws: `StorageError` when the file cannot be opened or was
    ///   written by a newer version.
    public init(_ location: SQLiteDatabase.Location) throws {
        database = try SQLiteDatabase(location)
        try Self.migrate(database)
        insertEssay = try database.prepare(ResultStoreSQL.upsertEssay)
        insertAnalysis = try database.prepare(ResultStoreSQL.upsertAnalysis)
        insertFailure = try database.prepare(ResultStoreSQL.upsertFailure)
    }

    static func migrate(_ database: SQLiteDatabase) throws {
        let exists = try database.prepare(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'plume_schema'"
        ).rows { $0.integer(0) }.first == 1
        var version = 0
        if exists {
            version = try database.prepare(ResultStoreSQL.selectVersion).rows {
                $0.integer(0)
            }.first ?? 0
        }
        guard version <= schemaVersion else {
            throw StorageError.unsupportedSchema(found: version, supported: schemaVersion)
        }
        while version < schemaVersion {
            try database.transaction {
                try database.execute(ResultStoreSQL.migrations[version])
                try database.prepare(ResultStoreSQL.updateVersion).run([
                    .integer(version + 1)
                ])
            }
            version += 1
        }
    }

    public func save(_ analyses: [StoredAnalysis]) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        try database.transaction {
            for analysis in analyses {
                let json = String(decoding: try encoder.encode(analysis.report), as: UTF8.self)
                try insertEssay.run([
                    .text(analysis.essayID), .text(analysis.source), .text(analysis.text),
                    .integer(analysis.report.statistics.words),
                ])
                var values: [Statement.Value] = [
                    .text(analysis.essayID), .text(AnalysisReport.schemaVersion), .text(json),
                ]
                for criterion in Criterion.allCases {
                    values.append(analysis.report.criteria[criterion]?.level.map { .integer($0) } ?? .null)
                }
                try insertAnalysis.run(values)
            }
        }
    }

    public func saveFailure(_ failure: StoredFailure) throws {
        try database.transaction {
            try insertFailure.run([.text(failure.source), .text(failure.error)])
        }
    }

    public func containsAnalysis(essayID: String) throws -> Bool {
        try database.prepare(ResultStoreSQL.countAnalysis)
            .rows([.text(essayID)]) { $0.integer(0) }.first == 1
    }

    public func analyses() throws -> [StoredAnalysis] {
        let decoder = JSONDecoder()
        let statement = try database.prepare(ResultStoreSQL.selectAnalyses)
        return try statement.rows { row in
            let id = row.text(0) ?? ""
            guard let json = row.text(3) else {
                throw StorageError.corruptRecord(id: id, reason: "report is NULL")
            }
            let report: AnalysisReport
            do {
                report = try decoder.decode(AnalysisReport.self, from: Data(json.utf8))
            } catch {
                throw StorageError.corruptRecord(id: id, reason: "\(error)")
            }
            return StoredAnalysis(source: row.text(1) ?? "", text: row.text(2) ?? "", report: report)
        }
    }

    public func failures() throws -> [StoredFailure] {
        try database.prepare(ResultStoreSQL.selectFailures).rows {
            StoredFailure(source: $0.text(0) ?? "", error: $0.text(1) ?? "")
        }
    }
}
