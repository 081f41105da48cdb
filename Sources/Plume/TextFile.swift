import Foundation

/// Reads essays from disk or standard input with the checks every entry
/// point needs.
public enum TextFile {
    /// Default size limit for one text: 2 MiB, about 300,000 words. An essay
    /// is a few kilobytes and the longest bundled novel 0.7 MiB; analysing
    /// needs about 200 bytes of memory per byte of text.
    public static let defaultByteLimit = 2 * 1024 * 1024

    /// Reads `path` as UTF-8 text.
    ///
    /// Works on regular files, pipes and devices alike, reading at most
    /// `byteLimit` + 1 bytes. A UTF-8 byte-order mark at the start is not
    /// part of the text. Rejected: empty paths, missing files, broken links,
    /// directories, unreadable files, inputs over `byteLimit`, NUL bytes,
    /// invalid UTF-8, and texts without any letter.
    /// - Throws: `PlumeError` naming the path and the fix.
    public static func read(_ path: String, byteLimit: Int = defaultByteLimit) throws -> String {
        guard !path.isEmpty else { throw PlumeError.emptyPath }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            if (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil {
                throw PlumeError.brokenLink(path: path)
            }
            throw PlumeError.fileNotFound(path: path)
        }
        if isDirectory.boolValue {
            throw PlumeError.isDirectory(path: path)
        }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw PlumeError.unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        let data = try readBounded(handle, path: path, byteLimit: byteLimit)
        return try decode(data, path: path, byteLimit: byteLimit)
    }

    /// Reads at most `byteLimit` bytes from `handle` until its end.
    /// - Throws: `PlumeError.textTooLarge` as soon as the input exceeds the
    ///   limit (so /dev/zero does not exhaust memory), `.unreadable` on an
    ///   I/O error.
    public static func readBounded(_ handle: FileHandle, path: String, byteLimit: Int) throws
        -> Data
    {
        var data = Data()
        while true {
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            } catch {
                throw PlumeError.unreadable(path: path, reason: error.localizedDescription)
            }
            if chunk.isEmpty {
                return data
            }
            data.append(chunk)
            if data.count > byteLimit {
                throw PlumeError.textTooLarge(path: path, bytes: nil, limit: byteLimit)
            }
        }
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
        let bomLength = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        bytes.removeFirst(bomLength)
        if bytes.contains(0) {
            throw PlumeError.binaryFile(path: path)
        }
        if let offset = firstInvalidUTF8Offset(bytes) {
            let line = bytes[..<offset].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            throw PlumeError.invalidUTF8(path: path, offset: offset + bomLength, line: line)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        if text.unicodeScalars.allSatisfy(isInvisible) {
            throw PlumeError.emptyText(path: path)
        }
        if !text.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) {
            throw PlumeError.noLetters(path: path)
        }
        return text
    }

    /// White space, control and format characters (zero-width space, soft
    /// hyphen, byte-order mark): nothing a reader sees.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator: true
        default: scalar.properties.isWhitespace
        }
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
