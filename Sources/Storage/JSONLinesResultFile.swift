import Foundation
import WritingModel

/// Batch results as JSON lines: one object per essay or failure.
///
/// An analysis line holds `record: "analysis"`, `source`, `essayID` (the
/// SHA-256 of the text), `text` and `report` (the `AnalysisReport` JSON); a
/// failure line holds `record: "failure"`, `source` and `error`. Keys are
/// sorted, so equal results give equal bytes. When a source appears on
/// several lines (a failure retried later), the last line wins.
public final class JSONLinesResultFile: ResultOutput {
    private let file: AppendOnlyLineFile
    private let recorded: RecordedResults
    private let encoder: JSONEncoder

    /// Opens or creates `path` for appending, after dropping a torn tail.
    /// - Throws: `StorageError.outputLocked` when another process writes it.
    public init(path: String, syncPolicy: FileSyncPolicy = .standard) throws {
        file = try AppendOnlyLineFile(path: path, syncPolicy: syncPolicy)
        var recorded = RecordedResults()
        let decoder = JSONDecoder()
        recorded.droppedBytes = try file.recover(
            accepting: { line, _ in
                guard let header = try? decoder.decode(LineHeader.self, from: Data(line)),
                    header.isValid
                else { return false }
                header.apply(to: &recorded)
                return true
            },
            // Keys are sorted, so every record starts with "error" or "essayID".
            isPlausibleStart: { $0.starts(with: Array(#"{"e"#.utf8)) })
        self.recorded = recorded
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    }

    public func recordedResults() throws -> RecordedResults { recorded }

    public func append(_ analysis: StoredAnalysis) throws {
        let line = Line(
            record: .analysis, source: analysis.source, essayID: analysis.essayID,
            text: analysis.text, report: analysis.report, error: nil)
        try file.append(line: String(decoding: try encoder.encode(line), as: UTF8.self))
    }

    public func append(_ failure: StoredFailure) throws {
        let line = Line(
            record: .failure, source: failure.source, essayID: nil, text: nil, report: nil,
            error: failure.error)
        try file.append(line: String(decoding: try encoder.encode(line), as: UTF8.self))
    }

    public func close() throws {
        try file.close()
    }

    /// Reads a result file without changing it: the analyses and failures
    /// of its complete lines, the last line of each source winning, sorted
    /// by source. Reading stops at the first incomplete or corrupt line, as
    /// a resumed run would.
    /// - Throws: `StorageError.fileSystem` when the file cannot be read.
    public static func load(path: String) throws -> StoredResults {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw StorageError.fileSystem(
                operation: "read", path: path, reason: error.localizedDescription)
        }
        let decoder = JSONDecoder()
        var latest: [String: Line] = [:]
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast() {
            guard let record = try? decoder.decode(Line.self, from: Data(line)),
                record.isComplete
            else { break }
            latest[record.source] = record
        }
        var results = StoredResults()
        for source in latest.keys.sorted() {
            let line = latest[source]!
            if let report = line.report, let text = line.text, let essayID = line.essayID {
                results.analyses.append(
                    StoredAnalysis(essayID: essayID, source: source, text: text, report: report))
            } else {
                results.failures.append(StoredFailure(source: source, error: line.error ?? ""))
            }
        }
        return results
    }

    enum Kind: String, Codable {
        case analysis, failure
    }

    struct Line: Codable {
        var record: Kind
        var source: String
        var essayID: String?
        var text: String?
        var report: AnalysisReport?
        var error: String?

        var isComplete: Bool {
            switch record {
            case .analysis: essayID != nil && text != nil && report != nil
            case .failure: error != nil
            }
        }
    }

    /// The fields a resumed run needs; decoding them still checks that the
    /// whole line is valid JSON.
    struct LineHeader: Decodable {
        var record: Kind
        var source: String
        var essayID: String?
        var error: String?

        var isValid: Bool {
            switch record {
            case .analysis: essayID.map(SHA256.isHexDigest) ?? false
            case .failure: error != nil
            }
        }

        func apply(to recorded: inout RecordedResults) {
            switch record {
            case .analysis:
                recorded.essayIDs.insert(essayID!)
                recorded.failedSources.remove(source)
            case .failure:
                recorded.failedSources.insert(source)
            }
        }
    }
}

/// Everything a result store holds, read back for inspection.
public struct StoredResults: Sendable, Equatable {
    /// Analyses, sorted by source.
    public var analyses: [StoredAnalysis] = []
    /// Failures, sorted by source.
    public var failures: [StoredFailure] = []

    /// Creates an empty value.
    public init() {}
}
