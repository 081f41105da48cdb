import WritingModel

/// The SQL both result stores run, written in what SQLite and PostgreSQL
/// share: `$n` parameters, TEXT and INTEGER columns, `ON CONFLICT … DO
/// UPDATE` with `excluded`.
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

    /// Stores an essay: id, source, text, words.
    static let insertEssay = """
        INSERT INTO essays (id, source, text, words) VALUES ($1, $2, $3, $4)
        ON CONFLICT (id) DO UPDATE SET source = excluded.source
        """

    /// Stores an analysis: essay id, schema version, report JSON, six levels.
    static let insertAnalysis = """
        INSERT INTO analyses (essay_id, schema_version, report, orthographe, syntaxe,
            vocabulaire, semantique, fluence, revision)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
        ON CONFLICT (essay_id) DO UPDATE SET schema_version = excluded.schema_version,
            report = excluded.report, orthographe = excluded.orthographe,
            syntaxe = excluded.syntaxe, vocabulaire = excluded.vocabulaire,
            semantique = excluded.semantique, fluence = excluded.fluence,
            revision = excluded.revision
        """

    /// Stores a failure: source, error.
    static let insertFailure = """
        INSERT INTO failures (source, error) VALUES ($1, $2)
        ON CONFLICT (source) DO UPDATE SET error = excluded.error
        """

    /// Clears the failure of a source once it is analysed.
    static let deleteFailure = "DELETE FROM failures WHERE source = $1"

    /// Every analysis with its essay: id, source, text, report.
    static let selectAnalyses = """
        SELECT essays.id, essays.source, essays.text, analyses.report
        FROM essays JOIN analyses ON analyses.essay_id = essays.id
        """

    /// Every failure: source, error.
    static let selectFailures = "SELECT source, error FROM failures"

    /// The values of `analysis` for `insertEssay` and `insertAnalysis`,
    /// as text or nil (SQL NULL).
    static func parameters(of analysis: StoredAnalysis, reportJSON: String)
        -> (essay: [String?], analysis: [String?])
    {
        let essay: [String?] = [
            analysis.essayID, analysis.source, analysis.text,
            String(analysis.report.statistics.words),
        ]
        var values: [String?] = [analysis.essayID, AnalysisReport.schemaVersion, reportJSON]
        for criterion in Criterion.allCases {
            values.append(analysis.report.criteria[criterion]?.level.map(String.init))
        }
        return (essay, values)
    }
}
