/// Errors raised by the result store.
public enum StorageError: Error, Equatable, CustomStringConvertible {
    /// SQLite returned an error code.
    case sqlite(operation: String, code: Int32, message: String)
    /// libpq reported an error.
    case postgreSQL(operation: String, message: String)
    /// The database was written by a newer Plume.
    case unsupportedSchema(found: Int, supported: Int)
    /// A stored value could not be decoded.
    case corruptRecord(id: String, reason: String)
    /// A file operation failed; `reason` is the system's message.
    case fileSystem(operation: String, path: String, reason: String)
    /// Another process is writing the same result file.
    case outputLocked(path: String)
    /// The file name does not say which result format to use.
    case unknownFormat(path: String)
    /// The result format cannot be read back (CSV holds no reports).
    case unreadableFormat(path: String, format: String)
    /// The output file exists but was not written by Plume.
    case notResultFile(path: String)
    /// The folder that should contain the result file does not exist.
    case outputFolderMissing(path: String, folder: String)
    /// The result path names a folder, not a file.
    case outputIsFolder(path: String)
    /// A line in the middle of a result file is not a valid record.
    case corruptLine(path: String, line: Int)

    public var description: String {
        switch self {
        case .sqlite(let operation, let code, let message):
            "SQLite \(operation) failed (\(code)): \(message)"
        case .postgreSQL(let operation, let message):
            "PostgreSQL \(operation) failed: \(message)"
        case .unsupportedSchema(let found, let supported):
            "the store has schema version \(found) but this Plume supports up to \(supported); "
                + "upgrade Plume or use another file"
        case .corruptRecord(let id, let reason):
            "stored record \(id) is corrupt: \(reason)"
        case .fileSystem(let operation, let path, let reason):
            "\(path): \(operation) failed: \(reason)"
        case .outputLocked(let path):
            "\(path): another plume process is writing this file; wait for it to finish "
                + "or choose another output"
        case .unknownFormat(let path):
            "\(path): unknown result format; use a name ending in .jsonl, .csv or .sqlite"
        case .notResultFile(let path):
            "\(path): the file exists and is not a Plume result file; it was left unchanged, "
                + "choose another output"
        case .outputFolderMissing(let path, let folder):
            "\(path): the folder \(folder) does not exist; create it (mkdir -p) "
                + "or choose an output file in an existing folder"
        case .outputIsFolder(let path):
            "\(path): is a folder; choose a file name inside it, ending in .jsonl, .csv "
                + "or .sqlite"
        case .corruptLine(let path, let line):
            "\(path):\(line): not a valid result record, and valid records follow it; the "
                + "file was left unchanged: fix or delete that line, or move the file away "
                + "to start a new one"
        case .unreadableFormat(let path, let format):
            "\(path): a \(format) result file holds no reports to read back; "
                + "score into .jsonl or .sqlite to inspect the essays"
        }
    }
}
