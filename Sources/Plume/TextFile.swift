import Foundation

/// Reads essays from disk with the checks every entry point needs.
public enum TextFile {
    /// Default size limit for one text: 10 MiB, about 1.5 million words,
    /// far above any essay while keeping a runaway input from exhausting memory.
    public static let defaultByteLimit = 10 * 1024 * 1024

    /// Reads `path` as UTF-8 text.
    ///
    /// A UTF-8 byte-order mark is dropped. Rejected: missing files,
    /// directories, files over `byteLimit`, NUL bytes, invalid UTF-8 and
    /// texts with no visible character.
    /// - Throws: `PlumeError` naming the path and the fix.
    public static func read(_ path: String, byteLimit: Int = defaultByteLimit) throws -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw PlumeError.fileNotFound(path: path)
        }
        if isDirectory.boolValue {
            throw PlumeError.isDirectory(path: path)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size > byteLimit {
            throw PlumeError.textTooLarge(path: path, bytes: size, limit: byteLimit)
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw PlumeError.unreadable(path: path, reason: error.localizedDescription)
        }
        return try decode(data, path: path, byteLimit: byteLimit)
    }

    /// Decodes bytes already in memory (standard input, a request body)
    /// with the same checks as `read`.
    public static func decode(_ data: Data, path: String, byteLimit: Int = defaultByteLimit)
        throws -> String
    {
        if data.count > byteLimit {
            throw PlumeError.textTooLarge(path: path, bytes: data.count, limit: byteLimit)
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes.removeFirst(3)
        }
        if bytes.contains(0) {
            throw PlumeError.binaryFile(path: path)
        }
        if let offset = firstInvalidUTF8Offset(bytes) {
            throw PlumeError.invalidUTF8(path: path, offset: offset)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw PlumeError.emptyText(path: path)
        }
        return text
    }

    /// Offset of the first byte that does not start or continue a valid
    /// UTF-8 sequence, or nil when the bytes are valid.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
    }
}
