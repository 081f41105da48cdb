import WritingModel

extension SQLiteResultStore: ResultOutput {
    /// Every essay identifier and failed source stored. SQLite commits each
    /// record in its own transaction, so `droppedBytes` is always 0.
    public func recordedResults() throws -> RecordedResults {
        var recorded = RecordedResults()
        recorded.essayIDs = Set(
            try database.prepare("SELECT essay_id FROM analyses").rows { $0.text(0) ?? "" })
        recorded.failedSources = Set(
            try database.prepare("SELECT source FROM failures").rows { $0.text(0) ?? "" })
        return recorded
    }

    /// Stores one analysis in its own transaction and clears an earlier
    /// failure of the same source.
    public func append(_ analysis: StoredAnalysis) throws {
        try database.transaction {
            try save([analysis])
            try database.prepare("DELETE FROM failures WHERE source = $1").run([
                .text(analysis.source)
            ])
        }
    }

    /// Stores one failure in its own transaction.
    public func append(_ failure: StoredFailure) throws {
        try saveFailure(failure)
    }

    /// Copies the write-ahead log into the database file, so the file alone
    /// holds every record; the connection closes when the store is released.
    public func close() throws {
        try database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    }
}
