import Foundation
import WritingModel

/// The embedded result store: one SQLite file.
///
/// The SQL sticks to what SQLite and PostgreSQL share (`$n` parameters,
/// TEXT/INTEGER columns, `ON CONFLICT … DO UPDATE`), so that a PostgreSQL
/// store can run the same statements.
public final class SQLiteResultStore: ResultStore {
    /// Highest schema version this code reads and writes.
    public static let schemaVersion = 1

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
        insertEssay = try database.prepare(
            """
            INSERT INTO essays (id, source, text, words) VALUES ($1, $2, $3, $4)
            ON CONFLICT (id) DO UPDATE SET source = excluded.source
            """)
        insertAnalysis = try database.prepare(
            """
            INSERT INTO analyses (essay_id, schema_version, report, orthographe, syntaxe,
                vocabulaire, semantique, fluence, revision)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            ON CONFLICT (essay_id) DO UPDATE SET schema_version = excluded.schema_version,
                report = excluded.report, orthographe = excluded.orthographe,
                syntaxe = excluded.syntaxe, vocabulaire = excluded.vocabulaire,
                semantique = excluded.semantique, fluence = excluded.fluence,
                revision = excluded.revision
            """)
        insertFailure = try database.prepare(
            """
            INSERT INTO failures (source, error) VALUES ($1, $2)
            ON CONFLICT (source) DO UPDATE SET error = excluded.error
            """)
    }

    /// Numbered migrations; entry n brings the schema from version n to n + 1.
    static let migrations: [String] = [
        """
        CREATE TABLE plume_schema (version INTEGER NOT NULL);
        INSERT INTO plume_schema (version) VALUES (0);
        CREATE TABLE essays (
            id TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            text TEXT NOT NULL,
            words INTEGER NOT NULL
        );
        CREATE TABLE analyses (
            essay_id TEXT PRIMARY KEY REFERENCES essays (id) ON DELETE CASCADE,
            schema_version TEXT NOT NULL,
            report TEXT NOT NULL,
            orthographe INTEGER, syntaxe INTEGER, vocabulaire INTEGER,
            semantique INTEGER, fluence INTEGER, revision INTEGER
        );
        CREATE TABLE failures (
            source TEXT PRIMARY KEY,
            error TEXT NOT NULL
        );
        CREATE INDEX essays_source ON essays (source);
        """
    ]

    static func migrate(_ database: SQLiteDatabase) throws {
        let exists = try database.prepare(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'plume_schema'"
        ).rows { $0.integer(0) }.first == 1
        var version = 0
        if exists {
            version = try database.prepare("SELECT version FROM plume_schema").rows {
                $0.integer(0)
            }.first ?? 0
        }
        guard version <= schemaVersion else {
            throw StorageError.unsupportedSchema(found: version, supported: schemaVersion)
        }
        while version < schemaVersion {
            try database.transaction {
                try database.execute(migrations[version])
                try database.prepare("UPDATE plume_schema SET version = $1").run([
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
        try database.prepare("SELECT count(*) FROM analyses WHERE essay_id = $1")
            .rows([.text(essayID)]) { $0.integer(0) }.first == 1
    }

    public func analyses() throws -> [StoredAnalysis] {
        let decoder = JSONDecoder()
        let statement = try database.prepare(
            """
            SELECT essays.id, essays.source, essays.text, analyses.report
            FROM essays JOIN analyses ON analyses.essay_id = essays.id
            ORDER BY essays.source, essays.id
            """)
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
        try database.prepare("SELECT source, error FROM failures ORDER BY source").rows {
            StoredFailure(source: $0.text(0) ?? "", error: $0.text(1) ?? "")
        }
    }
}
