import WritingModel

/// What a result output already holds when a batch run opens it.
public struct RecordedResults: Sendable, Equatable {
    /// SHA-256 identities of the essays analysed.
    public var essayIDs: Set<String> = []
    /// Sources recorded as failures and not analysed since.
    public var failedSources: Set<String> = []
    /// Bytes of an incomplete or corrupt tail dropped when the file was
    /// opened (a record cut short by a killed run or a power cut); 0 for
    /// SQLite, whose transactions never leave half a record.
    public var droppedBytes = 0

    /// Creates an empty value.
    public init() {}
}

/// When an append-only result file forces its data to the disk with
/// `fsync`. Every record is written with one `write` call as soon as it is
/// complete, so a killed process (even with SIGKILL) loses nothing already
/// written whatever the policy; the policy only bounds what a power cut
/// or kernel crash can lose.
public enum FileSyncPolicy: Sendable, Equatable {
    /// `fsync` after every record: safest and slowest.
    case everyRecord
    /// `fsync` when at least this many seconds passed since the last one,
    /// and on close.
    case interval(seconds: Double)
    /// `fsync` on close only.
    case onClose

    /// The default: at most one second of records at risk from a power cut.
    public static let standard = FileSyncPolicy.interval(seconds: 1)
}

/// Where a batch run writes its results, one record per essay or failure.
///
/// A record is either stored whole or not at all, even when the process is
/// killed while writing; a reopened output reports what it holds in
/// `recordedResults()`, so a rerun skips it.
public protocol ResultOutput: AnyObject {
    /// What the output held when it was opened, after dropping any
    /// incomplete record.
    func recordedResults() throws -> RecordedResults
    /// Appends the analysis of one essay.
    func append(_ analysis: StoredAnalysis) throws
    /// Appends a failure.
    func append(_ failure: StoredFailure) throws
    /// Forces everything appended to the disk and releases the output.
    func close() throws
}
