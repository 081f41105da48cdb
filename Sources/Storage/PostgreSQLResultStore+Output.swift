import WritingModel

extension PostgreSQLResultStore: ResultOutput {
    /// Whether `path` names a PostgreSQL database (a `postgresql://` or
    /// `postgres://` URI) rather than a file.
    public static func isConnectionURI(_ path: String) -> Bool {
        path.hasPrefix("postgresql://") || path.hasPrefix("postgres://")
    }

    /// Every essay identifier and failed source stored; transactions leave
    /// no half record, so `droppedBytes` is always 0.
    public func recordedResults() throws -> RecordedResults {
        var recorded = RecordedResults()
        recorded.essayIDs = Set(
            try database.query("SELECT essay_id FROM analyses").compactMap { $0[0] })
        recorded.failedSources = Set(
            try database.query("SELECT source FROM failures").compactMap { $0[0] })
        return recorded
    }

    /// Stores one analysis in its own transaction and clears an earlier
    /// failure of the same source.
    public func append(_ analysis: StoredAnalysis) throws {
        try database.transaction {
            try save([analysis])
            try database.query("DELETE FROM failures WHERE source = $1", [.text(analysis.source)])
        }
    }

    /// Stores one failure.
    public func append(_ failure: StoredFailure) throws {
        try saveFailure(failure)
    }

    /// Nothing to flush: every append is committed when it returns.
    public func close() throws {}
}
