import Foundation
import WritingModel

/// One analysed essay as stored.
public struct StoredAnalysis: Sendable, Hashable {
    /// SHA-256 of the essay's text: the essay's identity.
    public var essayID: String
    /// Where the essay came from (a relative path or a pseudonymous name);
    /// never a student's real name.
    public var source: String
    /// The essay's text.
    public var text: String
    /// The full analysis.
    public var report: AnalysisReport

    /// Creates a record; the identifier is the SHA-256 of `text`.
    public init(source: String, text: String, report: AnalysisReport) {
        self.init(essayID: SHA256.hexDigest(of: text), source: source, text: text, report: report)
    }

    /// Creates a record whose identifier the caller already computed as the
    /// SHA-256 of `text` (the batch scorer hashes every file it reads).
    public init(essayID: String, source: String, text: String, report: AnalysisReport) {
        self.essayID = essayID
        self.source = source
        self.text = text
        self.report = report
    }
}

/// A file Plume could not analyse, kept so that a batch run reports it.
public struct StoredFailure: Sendable, Hashable {
    /// Where the input came from.
    public var source: String
    /// Why it failed, in English.
    public var error: String

    /// Creates a failure record.
    public init(source: String, error: String) {
        self.source = source
        self.error = error
    }
}

/// The narrow interface every store implements (SQLite embedded, PostgreSQL
/// for deployments with several servers). Writes are transactional: a
/// record is either fully stored or absent.
public protocol ResultStore {
    /// Stores analyses, replacing earlier ones of the same essays, in one transaction.
    func save(_ analyses: [StoredAnalysis]) throws
    /// Stores a failure, replacing an earlier one for the same source.
    func saveFailure(_ failure: StoredFailure) throws
    /// Whether an analysis of the essay with this identifier is stored.
    func containsAnalysis(essayID: String) throws -> Bool
    /// Every stored analysis, ordered by source.
    func analyses() throws -> [StoredAnalysis]
    /// Every stored failure, ordered by source.
    func failures() throws -> [StoredFailure]
}
