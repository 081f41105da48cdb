import Foundation

/// The result formats a batch run writes, chosen by file extension.
public enum ResultFormat: String, Sendable, CaseIterable {
    /// JSON lines with full reports and texts (`.jsonl`).
    case jsonLines = "jsonl"
    /// A spreadsheet row per essay with levels and counts (`.csv`).
    case csv
    /// A SQLite database with full reports and texts (`.sqlite`, `.sqlite3`, `.db`).
    case sqlite

    /// The format that `path`'s extension names, or nil.
    public init?(path: String) {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "jsonl": self = .jsonLines
        case "csv": self = .csv
        case "sqlite", "sqlite3", "db": self = .sqlite
        default: return nil
        }
    }

    /// Opens `path` for a batch run to append to, creating it when missing.
    /// - Throws: `StorageError.unknownFormat` for another extension, or what
    ///   opening the file throws.
    public static func openOutput(_ path: String, syncPolicy: FileSyncPolicy = .standard) throws
        -> any ResultOutput
    {
        switch ResultFormat(path: path) {
        case .jsonLines: try JSONLinesResultFile(path: path, syncPolicy: syncPolicy)
        case .csv: try CSVResultFile(path: path, syncPolicy: syncPolicy)
        case .sqlite: try SQLiteResultStore(.file(path))
        case nil: throw StorageError.unknownFormat(path: path)
        }
    }

    /// Reads the analyses and failures stored at `path` without changing it.
    /// - Throws: `StorageError.fileSystem` when the file is missing,
    ///   `StorageError.unreadableFormat` for CSV, which holds no reports.
    public static func load(_ path: String) throws -> StoredResults {
        guard FileManager.default.fileExists(atPath: path) else {
            throw StorageError.fileSystem(
                operation: "open", path: path, reason: "No such file or directory")
        }
        switch ResultFormat(path: path) {
        case .jsonLines:
            return try JSONLinesResultFile.load(path: path)
        case .sqlite:
            let store = try SQLiteResultStore(.file(path))
            var results = StoredResults()
            results.analyses = try store.analyses()
            results.failures = try store.failures()
            return results
        case .csv:
            throw StorageError.unreadableFormat(path: path, format: "CSV")
        case nil:
            throw StorageError.unknownFormat(path: path)
        }
    }
}
