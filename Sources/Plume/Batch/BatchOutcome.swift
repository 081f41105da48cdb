import WritingModel

/// One file of a corpus to score.
public struct BatchInput: Sendable, Hashable {
    /// Path of the file, as recorded in the results.
    public var source: String
    /// Size of the file in bytes when the corpus was listed, for progress
    /// estimates; 0 when unknown.
    public var byteCount: Int
    /// Why the corpus listing could not look inside this path (a folder it
    /// could not open); the scorer records it as the path's failure.
    public var listingError: PlumeError?

    /// Creates an input.
    public init(source: String, byteCount: Int = 0, listingError: PlumeError? = nil) {
        self.source = source
        self.byteCount = byteCount
        self.listingError = listingError
    }
}

/// An essay the batch scorer analysed.
public struct BatchAnalysis: Sendable {
    /// Path of the file.
    public var source: String
    /// The essay's text as read.
    public var text: String
    /// SHA-256 of the text in hexadecimal: the essay's identity.
    public var essayID: String
    /// The six-criterion analysis.
    public var report: AnalysisReport
}

/// Why the scorer did not analyse a file.
public enum BatchSkipReason: Sendable, Hashable {
    /// An earlier run already stored an analysis of the same text.
    case alreadyScored(essayID: String)
    /// An earlier run recorded this file as a failure.
    case failedEarlier
    /// An earlier file of this run has exactly the same text.
    case duplicate(essayID: String, firstSource: String)
}

/// What happened to one input, delivered in input order.
public enum BatchOutcome: Sendable {
    /// The file was read and analysed.
    case analyzed(BatchAnalysis)
    /// The file was left alone.
    case skipped(source: String, reason: BatchSkipReason)
    /// The file could not be read or analysed: usually a `PlumeError`,
    /// whose description says why in English.
    case failed(source: String, error: any Error)

    /// Path of the file the outcome is about.
    public var source: String {
        switch self {
        case .analyzed(let analysis): analysis.source
        case .skipped(let source, _), .failed(let source, _): source
        }
    }
}

/// What an earlier run already recorded, so a rerun skips it.
public struct BatchResumeState: Sendable {
    /// SHA-256 identities of the essays already analysed.
    public var essayIDs: Set<String>
    /// Sources already recorded as failures.
    public var failedSources: Set<String>

    /// Creates a resume state.
    public init(essayIDs: Set<String> = [], failedSources: Set<String> = []) {
        self.essayIDs = essayIDs
        self.failedSources = failedSources
    }

    /// Nothing recorded yet: a fresh run.
    public static let empty = BatchResumeState()
}
