/// Errors raised by the analyser facade when reading input.
public enum PlumeError: Error, Equatable, CustomStringConvertible {
    /// The file does not exist.
    case fileNotFound(path: String)
    /// The path is a directory.
    case isDirectory(path: String)
    /// The file could not be read (permissions, I/O).
    case unreadable(path: String, reason: String)
    /// The file is not valid UTF-8; `offset` is the first bad byte.
    case invalidUTF8(path: String, offset: Int)
    /// The file contains NUL bytes, so it is binary, not text.
    case binaryFile(path: String)
    /// The text is empty or only white space.
    case emptyText(path: String)
    /// The text exceeds the size limit.
    case textTooLarge(path: String, bytes: Int, limit: Int)
    /// An edit with a negative offset or length.
    case invalidEdit(offset: Int, length: Int)

    public var description: String {
        switch self {
        case .fileNotFound(let path):
            "\(path): file not found; check the path"
        case .isDirectory(let path):
            "\(path): is a directory; pass a text file (use `plume score` for a folder)"
        case .unreadable(let path, let reason):
            "\(path): cannot be read (\(reason)); check its permissions"
        case .invalidUTF8(let path, let offset):
            "\(path): invalid UTF-8 at byte \(offset); save the file as UTF-8 "
                + "(for example `iconv -f latin1 -t utf-8`)"
        case .binaryFile(let path):
            "\(path): binary file (contains NUL bytes); pass a plain-text file"
        case .emptyText(let path):
            "\(path): the text is empty; there is nothing to analyse"
        case .textTooLarge(let path, let bytes, let limit):
            "\(path): \(bytes) bytes exceeds the limit of \(limit) bytes for one text; "
                + "split it into essays or raise the limit with --max-bytes"
        case .invalidEdit(let offset, let length):
            "invalid edit at offset \(offset) with length \(length); both must be 0 or more "
                + "UTF-16 code units"
        }
    }
}
