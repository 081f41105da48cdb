import Foundation

/// Errors raised by the analyser facade when reading input.
public enum PlumeError: Error, Hashable, CustomStringConvertible {
    /// The path is empty.
    case emptyPath
    /// The file does not exist.
    case fileNotFound(path: String)
    /// The path is a symbolic link to nothing, or part of a loop of links.
    case brokenLink(path: String)
    /// The path is a directory.
    case isDirectory(path: String)
    /// The file could not be opened or read (permissions, I/O).
    case unreadable(path: String, reason: String)
    /// A folder under a corpus could not be listed, so its essays were not scored.
    case unreadableFolder(path: String, reason: String)
    /// The file is not valid UTF-8; `offset` is the first bad byte (0-based,
    /// counting a byte-order mark) and `line` its 1-based line.
    case invalidUTF8(path: String, offset: Int, line: Int)
    /// The file contains NUL bytes, so it is binary, not text.
    case binaryFile(path: String)
    /// The text is empty or only white space and invisible characters.
    case emptyText(path: String)
    /// The text has no letter at all (only digits, punctuation or symbols).
    case noLetters(path: String)
    /// The text exceeds the size limit; `bytes` is nil when reading stopped
    /// at the limit (a pipe or device of unknown size).
    case textTooLarge(path: String, bytes: Int?, limit: Int)
    /// An edit with a negative offset or length.
    case invalidEdit(offset: Int, length: Int)

    public var description: String {
        switch self {
        case .emptyPath:
            "the file path is empty; pass the path of a text file"
        case .fileNotFound(let path):
            "\(path): file not found; check the path"
        case .brokenLink(let path):
            "\(path): symbolic link to a missing file (or a loop of links); fix the link"
        case .isDirectory(let path):
            "\(path): is a directory; pass a text file inside it"
        case .unreadable(let path, let reason):
            "\(path): cannot be read (\(reason))"
        case .unreadableFolder(let path, let reason):
            "\(path): folder cannot be listed (\(reason)), so its essays were not scored; "
                + "make it readable and run again"
        case .invalidUTF8(let path, let offset, let line):
            "\(path): invalid UTF-8 at byte \(offset) (line \(line)); save the file as UTF-8 "
                + "(for example `iconv -f latin1 -t utf-8`)"
        case .binaryFile(let path):
            "\(path): binary file (contains NUL bytes); pass a plain-text file"
        case .emptyText(let path):
            "\(path): the text is empty; there is nothing to analyse"
        case .noLetters(let path):
            "\(path): the text contains no letter; there is nothing to analyse"
        case .textTooLarge(let path, let bytes, let limit):
            "\(path): \(bytes.map { "\($0) bytes exceeds" } ?? "input exceeds") the limit of "
                + "\(limit) bytes for one text; split it into essays or raise the limit "
                + "with --max-bytes"
        case .invalidEdit(let offset, let length):
            "invalid edit at offset \(offset) with length \(length); both must be 0 or more "
                + "UTF-16 code units"
        }
    }
}
