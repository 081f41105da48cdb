/// Errors raised while reading keystroke logs, level tables and stream input.
///
/// Descriptions name the file or input line and the value at fault, never
/// the student's text, which is personal data.
public enum KeystrokeAnalysisError: Error, Equatable, CustomStringConvertible {
    /// A file could not be read.
    case fileUnreadable(path: String, reason: String)
    /// The file matches none of the supported log formats.
    case unknownFormat(source: String)
    /// A header lacks a column the format needs.
    case missingColumn(source: String, column: String)
    /// A line cannot be parsed at all.
    case malformedLine(source: String, line: Int, problem: String)
    /// A field holds a value of the wrong type or range.
    case invalidValue(source: String, line: Int, field: String, value: String, expected: String)
    /// An event kind Plume does not know.
    case unknownEventKind(source: String, line: Int, kind: String)
    /// The file holds several sessions and none was chosen, or the chosen one is absent.
    case sessionNotFound(source: String, requested: String?, available: [String])
    /// The file holds no event.
    case emptyLog(source: String)
    /// An event that cannot apply to the current text, in strict mode.
    case invalidEvent(line: Int, problem: String)
    /// An event that would make the text longer than the replayer's limit.
    case textTooLarge(line: Int, bytes: Int, limit: Int)

    public var description: String {
        switch self {
        case .fileUnreadable(let path, let reason):
            "cannot read \(path): \(reason)"
        case .unknownFormat(let source):
            "\(source): not a keystroke log Plume reads; expected Plume JSON lines, "
                + "the Kaggle writing-process CSV or the ScriptLog TSV (see docs/keystroke-events.md)"
        case .missingColumn(let source, let column):
            "\(source): header has no column \(column); add it or check the file's format"
        case .malformedLine(let source, let line, let problem):
            "\(source):\(line): \(problem)"
        case .invalidValue(let source, let line, let field, let value, let expected):
            "\(source):\(line): invalid \(field) \(value); expected \(expected)"
        case .unknownEventKind(let source, let line, let kind):
            "\(source):\(line): unknown event kind \"\(kind)\"; "
                + "use one of \(KeystrokeActionKind.allCases.map(\.rawValue).joined(separator: ", "))"
        case .sessionNotFound(let source, let requested, let available):
            sessionMessage(source: source, requested: requested, available: available)
        case .emptyLog(let source):
            "\(source): the log holds no event"
        case .invalidEvent(let line, let problem):
            "line \(line): \(problem)"
        case .textTooLarge(let line, let bytes, let limit):
            "line \(line): the event would make the text \(bytes) bytes of UTF-8, over the "
                + "limit of \(limit) bytes; the event was ignored"
        }
    }

    private func sessionMessage(source: String, requested: String?, available: [String]) -> String {
        let listed = available.prefix(10).joined(separator: ", ")
        let more = available.count > 10 ? ", …" : ""
        if let requested {
            return "\(source): no session \(requested); sessions are \(listed)\(more)"
        }
        return
            "\(source): holds \(available.count) sessions (\(listed)\(more)); choose one with --session"
    }
}
