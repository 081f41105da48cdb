/// The SQL of the result store, written once for SQLite and PostgreSQL:
/// `$n` parameters, TEXT and INTEGER columns, `ON CONFLICT … DO UPDATE`
/// upserts and `excluded` rows all mean the same in both.
enum ResultStoreSQL {
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

    static let selectVersion = "SELECT version FROM plume_schema"
    static let updateVersion = "UPDATE plume_schema SET version = $1"

    static let upsertEssay = """
        INSERT INTO essays (id, source, text, words) VALUES ($1, $2, $3, $4)
        ON CONFLICT (id) DO UPDATE SET source = excluded.source
        """

    static let upsertAnalysis = """
        INSERT INTO analyses (essay_id, schema_version, report, orthographe, syntaxe,
            vocabulaire, semantique, fluence, revision)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
        ON CONFLICT (essay_id) DO UPDATE SET schema_version = excluded.schema_version,
            report = excluded.report, orthographe = excluded.orthographe,
            syntaxe = excluded.syntaxe, vocabulaire = excluded.vocabulaire,
            semantique = excluded.semantique, fluence = excluded.fluence,
            revision = excluded.revision
        """

    static let upsertFailure = """
        INSERT INTO failures (source, error) VALUES ($1, $2)
        ON CONFLICT (source) DO UPDATE SET error = excluded.error
        """

    static let countAnalysis = "SELECT count(*) FROM analyses WHERE essay_id = $1"

    static let selectAnalyses = """
        SELECT essays.id, essays.source, essays.text, analyses.report
        FROM essays JOIN analyses ON analyses.essay_id = essays.id
        ORDER BY essays.source, essays.id
        """

    static let selectFailures = "SELECT source, error FROM failures ORDER BY source"
}
