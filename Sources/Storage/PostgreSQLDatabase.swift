internal import CPostgreSQL
import Foundation

/// A PostgreSQL connection through libpq, with the subset of
/// `SQLiteDatabase`'s API that the result store needs.
///
/// Not thread-safe: one connection per thread. Parameters use the `$n`
/// placeholders that SQLite also accepts, so both stores share their SQL.
public final class PostgreSQLDatabase {
    private let connection: OpaquePointer

    /// Connects with a libpq connection string (`host=… dbname=…` or a
    /// `postgresql://` URI).
    /// - Throws: `StorageError.postgreSQL` with libpq's message.
    public init(connectionString: String) throws {
        guard let connection = PQconnectdb(connectionString) else {
            throw StorageError.postgreSQL(operation: "connect", message: "out of memory")
        }
        guard PQstatus(connection) == CONNECTION_OK else {
            let message = Self.message(of: connection)
            PQfinish(connection)
            throw StorageError.postgreSQL(operation: "connect", message: message)
        }
        self.connection = connection
        // Keep server notices (such as « relation already exists ») off stderr.
        try execute("SET client_min_messages = warning")
    }

    deinit {
        PQfinish(connection)
    }

    /// Runs SQL without parameters or results (several statements allowed).
    public func execute(_ sql: String) throws {
        let result = PQexec(connection, sql)
        defer { PQclear(result) }
        try check(result, operation: "execute")
    }

    /// Runs one statement with text parameters and returns its rows as
    /// text (nil for NULL).
    @discardableResult
    public func query(_ sql: String, _ values: [Statement.Value] = []) throws -> [[String?]] {
        let texts: [String?] = values.map { value in
            switch value {
            case .integer(let number): String(number)
            case .real(let number): String(number)
            case .text(let text): text
            case .null: nil
            }
        }
        let result = Self.withCStrings(texts) { pointers in
            PQexecParams(
                connection, sql, Int32(pointers.count), nil, pointers, nil, nil, 0)
        }
        defer { PQclear(result) }
        try check(result, operation: "query")
        var rows: [[String?]] = []
        for row in 0..<PQntuples(result) {
            rows.append(
                (0..<PQnfields(result)).map { column in
                    PQgetisnull(result, row, column) == 1
                        ? nil : String(cString: PQgetvalue(result, row, column))
                })
        }
        return rows
    }

    /// Runs `body` in one transaction: committed when it returns, rolled
    /// back when it throws.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    private func check(_ result: OpaquePointer?, operation: String) throws {
        let status = PQresultStatus(result)
        guard status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK else {
            throw StorageError.postgreSQL(operation: operation, message: Self.message(of: connection))
        }
    }

    private static func message(of connection: OpaquePointer) -> String {
        String(cString: PQerrorMessage(connection)).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Calls `body` with C strings for `texts`, valid during the call only.
    private static func withCStrings<T>(
        _ texts: [String?], _ body: ([UnsafePointer<CChar>?]) -> T
    ) -> T {
        let copies = texts.map { text -> UnsafeMutablePointer<CChar>? in
            text.flatMap { strdup($0) }
        }
        defer { copies.forEach { free($0) } }
        return body(copies.map { $0.map { UnsafePointer($0) } })
    }
}
