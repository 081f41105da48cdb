internal import CPostgreSQL
import Foundation

/// One connection to a PostgreSQL server through libpq.
///
/// Not thread-safe: one connection per thread, or serialize access.
/// Parameters and results travel as text; nil is SQL NULL.
public final class PostgreSQLConnection {
    private let connection: OpaquePointer

    /// Connects with a libpq connection string: a URI
    /// (`postgresql://user@host/database`) or `key=value` pairs.
    /// - Throws: `StorageError.postgreSQL` with the server's message.
    public init(_ connectionString: String) throws {
        guard let connection = PQconnectdb(connectionString) else {
            throw StorageError.postgreSQL(operation: "connect", message: "out of memory")
        }
        guard PQstatus(connection) == CONNECTION_OK else {
            let message = Self.message(connection)
            PQfinish(connection)
            throw StorageError.postgreSQL(operation: "connect", message: message)
        }
        self.connection = connection
        // Texts are Unicode; the server must not convert them to another encoding.
        try execute("SET client_encoding TO 'UTF8'")
    }

    deinit {
        PQfinish(connection)
    }

    /// Runs SQL without parameters (several statements allowed).
    public func execute(_ sql: String) throws {
        let result = PQexec(connection, sql)
        defer { PQclear(result) }
        try check(result, operation: "execute")
    }

    /// Runs one statement with `$n` parameters and returns its rows.
    @discardableResult
    public func query(_ sql: String, _ parameters: [String?] = []) throws -> [[String?]] {
        var copies = parameters.map { $0.map { strdup($0) } ?? nil }
        defer { copies.forEach { free($0) } }
        let result = copies.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: max(1, buffer.count)) {
                PQexecParams(connection, sql, Int32(parameters.count), nil, $0, nil, nil, 0)
            }
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
    /// back when it throws. Inside another transaction, `body` runs in a
    /// savepoint that the outer transaction commits or rolls back.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        let isNested = PQtransactionStatus(connection) != PQTRANS_IDLE
        try execute(isNested ? "SAVEPOINT nested" : "BEGIN")
        do {
            let value = try body()
            try execute(isNested ? "RELEASE SAVEPOINT nested" : "COMMIT")
            return value
        } catch {
            try? execute(isNested ? "ROLLBACK TO SAVEPOINT nested; RELEASE SAVEPOINT nested" : "ROLLBACK")
            throw error
        }
    }

    private func check(_ result: OpaquePointer?, operation: String) throws {
        let status = result.map(PQresultStatus) ?? PGRES_FATAL_ERROR
        guard status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK else {
            throw StorageError.postgreSQL(operation: operation, message: Self.message(connection))
        }
    }

    private static func message(_ connection: OpaquePointer) -> String {
        String(cString: PQerrorMessage(connection)).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
