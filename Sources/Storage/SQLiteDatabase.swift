internal import CSQLite
import Foundation

/// A SQLite connection with prepared statements and transactions.
///
/// Not thread-safe: one connection per thread, or serialize access. Text is
/// bound as given; callers store NFC text because SQLite compares bytes.
public final class SQLiteDatabase {
    /// Where the database lives.
    public enum Location: Sendable, Equatable {
        /// A private in-memory database.
        case memory
        /// A file, created when missing.
        case file(String)
    }

    private var handle: OpaquePointer?

    /// Opens the database. A file database uses write-ahead logging, so
    /// readers do not block the writer and a killed process loses no
    /// committed row; with `synchronous = NORMAL`, a power failure may lose
    /// the latest commits but never corrupts the file.
    /// - Throws: `StorageError.sqlite` when the file cannot be opened.
    public init(_ location: Location) throws {
        let path: String
        switch location {
        case .memory: path = ":memory:"
        case .file(let file): path = file
        }
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let status = sqlite3_open_v2(path, &handle, flags, nil)
        guard status == SQLITE_OK else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close(handle)
            throw StorageError.sqlite(operation: "open \(path)", code: status, message: message)
        }
        sqlite3_busy_timeout(handle, 5_000)
        if case .file = location {
            try execute("PRAGMA journal_mode = WAL")
            try execute("PRAGMA synchronous = NORMAL")
        }
        try execute("PRAGMA foreign_keys = ON")
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// Runs SQL without parameters or results (several statements allowed).
    public func execute(_ sql: String) throws {
        var error: UnsafeMutablePointer<CChar>?
        let status = sqlite3_exec(handle, sql, nil, nil, &error)
        if status != SQLITE_OK {
            let message = error.map { String(cString: $0) } ?? "unknown error"
            sqlite3_free(error)
            throw StorageError.sqlite(operation: "execute", code: status, message: message)
        }
    }

    /// Compiles `sql` once for repeated use.
    public func prepare(_ sql: String) throws -> Statement {
        var statement: OpaquePointer?
        let status = sqlite3_prepare_v2(handle, sql, -1, &statement, nil)
        guard status == SQLITE_OK, let statement else {
            throw failure("prepare", status)
        }
        return Statement(statement, database: self)
    }

    /// Runs `body` in one transaction: committed when it returns, rolled
    /// back when it throws, so no half-written record is ever visible.
    /// Inside another transaction, `body` runs in a savepoint that the outer
    /// transaction commits or rolls back.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        let isNested = sqlite3_get_autocommit(handle) == 0
        try execute(isNested ? "SAVEPOINT nested" : "BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute(isNested ? "RELEASE nested" : "COMMIT")
            return result
        } catch {
            try? execute(isNested ? "ROLLBACK TO nested; RELEASE nested" : "ROLLBACK")
            throw error
        }
    }

    /// The `user_version` pragma, used as the schema version.
    public var userVersion: Int {
        get throws {
            let statement = try prepare("PRAGMA user_version")
            return try statement.rows { $0.integer(0) }.first ?? 0
        }
    }

    func failure(_ operation: String, _ status: Int32) -> StorageError {
        .sqlite(operation: operation, code: status, message: String(cString: sqlite3_errmsg(handle)))
    }
}

/// A prepared statement. Parameters are 1-based as in SQLite.
public final class Statement {
    private let statement: OpaquePointer
    private let database: SQLiteDatabase

    /// SQLite's SQLITE_TRANSIENT destructor (-1): SQLite copies the value,
    /// which Swift's temporary C strings require.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(_ statement: OpaquePointer, database: SQLiteDatabase) {
        self.statement = statement
        self.database = database
    }

    deinit {
        sqlite3_finalize(statement)
    }

    /// A bindable value.
    public enum Value: Sendable, Equatable {
        case integer(Int)
        case real(Double)
        case text(String)
        case null
    }

    /// Runs the statement with `values` and discards any result rows.
    public func run(_ values: [Value] = []) throws {
        try bind(values)
        defer { sqlite3_reset(statement) }
        var status = sqlite3_step(statement)
        while status == SQLITE_ROW {
            status = sqlite3_step(statement)
        }
        guard status == SQLITE_DONE else {
            throw database.failure("step", status)
        }
    }

    /// Runs the statement and maps each result row.
    public func rows<T>(_ values: [Value] = [], _ map: (Row) throws -> T) throws -> [T] {
        try bind(values)
        defer { sqlite3_reset(statement) }
        var result: [T] = []
        while true {
            let status = sqlite3_step(statement)
            if status == SQLITE_DONE { return result }
            guard status == SQLITE_ROW else {
                throw database.failure("step", status)
            }
            result.append(try map(Row(statement: statement)))
        }
    }

    private func bind(_ values: [Value]) throws {
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
        for (index, value) in values.enumerated() {
            let position = Int32(index + 1)
            let status: Int32
            switch value {
            case .integer(let number): status = sqlite3_bind_int64(statement, position, Int64(number))
            case .real(let number): status = sqlite3_bind_double(statement, position, number)
            case .text(let text): status = sqlite3_bind_text(statement, position, text, -1, Self.transient)
            case .null: status = sqlite3_bind_null(statement, position)
            }
            guard status == SQLITE_OK else {
                throw database.failure("bind parameter \(position)", status)
            }
        }
    }
}

/// The current row of a running statement. Columns are 0-based.
public struct Row {
    fileprivate let statement: OpaquePointer

    /// Column `index` as an integer (0 for NULL).
    public func integer(_ index: Int32) -> Int {
        Int(sqlite3_column_int64(statement, index))
    }

    /// Column `index` as a real (0 for NULL).
    public func real(_ index: Int32) -> Double {
        sqlite3_column_double(statement, index)
    }

    /// Column `index` as text, or nil for NULL.
    public func text(_ index: Int32) -> String? {
        guard let pointer = sqlite3_column_text(statement, index) else { return nil }
        return String(cString: pointer)
    }
}
