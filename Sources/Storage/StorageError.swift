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
        }
    }
}
