import Foundation

/// The result formats a batch run writes, chosen by file extension.
public enum ResultFormat: String, Sendable, CaseIterable {
    /// JSON lines with full reports and texts (`.jsonl`).
    case jsonLines = "jsonl"
    /// A spreadsheet row per essay with levels and counts (`.csv`).
    case csv
    /// A SQLite database with full reports and texts (`.sqlite`, `.sqlite3`, `.db`).
    case sqlite
    /// A PostgreSQL database, named by a `postgresql://` or `postgres://` URI.
    case postgreSQL = "postgresql"

    /// The format that `path` names: a PostgreSQL URI, or a file extension.
    public init?(path: String) {
        if PostgreSQLResultStore.isConnectionURI(path) {
            self = .postgreSQL
            return
        }
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
        let format = ResultFormat(path: path)
        if format != .postgreSQL && format != nil {
            try checkOutputLocation(path)
        }
        switch format {
        case .jsonLines: return try JSONLinesResultFile(path: path, syncPolicy: syncPolicy)
        case .csv: return try CSVResultFile(path: path, syncPolicy: syncPolicy)
        case .sqlite: return try SQLiteResultStore(.file(path))
        case .postgreSQL: return try PostgreSQLResultStore(connectionString: path)
        case nil: throw StorageError.unknownFormat(path: path)
        }
    }

    /// Checks that a result file can be created at `path`: its folder
    /// exists and the path is not itself a folder.
    /// - Throws: `StorageError.outputFolderMissing` or `.outputIsFolder`.
    static func checkOutputLocation(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw StorageError.outputIsFolder(path: path) }
            return
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory),
            isDirectory.boolValue
        else {
            throw StorageError.outputFolderMissing(path: path, folder: folder)
        }
    }

    /// `path` as it may be shown or logged: a URI loses its password.
    public static func displayName(of path: String) -> String {
        guard PostgreSQLResultStore.isConnectionURI(path),
            var components = URLComponents(string: path), components.password != nil
        else { return path }
        components.password = "***"
        return components.string ?? path
    }

    /// Reads the analyses and failures stored at `path` (a file or a
    /// PostgreSQL URI) without changing them.
    /// - Throws: `StorageError.fileSystem` when the file is missing,
    ///   `StorageError.unreadableFormat` for CSV, which holds no reports.
    public static func load(_ path: String) throws -> StoredResults {
        if PostgreSQLResultStore.isConnectionURI(path) {
            let store = try PostgreSQLResultStore(connectionString: path)
            var results = StoredResults()
            results.analyses = try store.analyses()
            results.failures = try store.failures()
            return results
        }
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
        case .postgreSQL, nil:
            throw StorageError.unknownFormat(path: path)
        }
    }
}
