import Foundation

/// The file formats Plume reads keystroke logs from.
public enum KeystrokeLogFormat: String, Sendable, CaseIterable {
    /// Plume's JSON lines, one event per line (docs/keystroke-events.md).
    case jsonLines = "jsonl"
    /// The CSV of the Kaggle competition « Linking Writing Processes to Writing Quality ».
    case kaggleCSV = "kaggle-csv"
    /// ScriptLog events flattened to TSV, as in `corpora/keystrokes/scriptlog`.
    case scriptLogTSV = "scriptlog-tsv"

    /// Detects the format from the first non-empty line of a file, which may
    /// start with a byte-order mark.
    public static func detect(firstLine: Substring) -> KeystrokeLogFormat? {
        let line = firstLine.drop { $0 == "\u{FEFF}" }.trimmingCharacters(in: .whitespaces)
        if line.hasPrefix("{") { return .jsonLines }
        let tabFields = line.split(separator: "\t").map(String.init)
        if tabFields.contains("session_id") && tabFields.contains("event_type") {
            return .scriptLogTSV
        }
        let commaFields = line.split(separator: ",").map {
            $0.trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
        }
        if commaFields.contains("down_time") && commaFields.contains("activity") {
            return .kaggleCSV
        }
        return nil
    }
}

/// One writing session: the text it started from and its events in log order.
public struct KeystrokeLog: Hashable, Sendable {
    /// Session identifier from the file, or the file name.
    public var sessionID: String
    /// Format the log was read from.
    public var format: KeystrokeLogFormat
    /// Name of the file, for messages.
    public var source: String
    /// Text already in the document when logging started; usually empty.
    public var initialText: String
    /// Time the session started on the log's clock, when the format records
    /// it; the time before the first keystroke is measured from it.
    public var sessionStart: Int?
    /// Events in the order of the file.
    public var events: [KeystrokeEvent]

    /// Creates a log.
    public init(
        sessionID: String, format: KeystrokeLogFormat, source: String, initialText: String = "",
        sessionStart: Int? = nil, events: [KeystrokeEvent]
    ) {
        self.sessionID = sessionID
        self.format = format
        self.source = source
        self.initialText = initialText
        self.sessionStart = sessionStart
        self.events = events
    }
}

extension KeystrokeLog {
    /// Reads every session of a log file, detecting its format.
    /// - Throws: `KeystrokeAnalysisError` naming the file, line and value.
    public static func loadAll(contentsOf url: URL) throws -> [KeystrokeLog] {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw KeystrokeAnalysisError.fileUnreadable(path: url.path, reason: readFailure(url))
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw KeystrokeAnalysisError.fileUnreadable(
                path: url.path, reason: "not valid UTF-8; save the log as UTF-8")
        }
        return try parseAll(text, source: url.lastPathComponent)
    }

    /// Describes why a file could not be read: missing, a folder, or unreadable.
    private static func readFailure(_ url: URL) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            return "no such file; check the path"
        }
        if isDirectory.boolValue {
            return "is a folder; name a log file inside it"
        }
        return "the file exists but is unreadable; check its permissions"
    }

    /// Reads one session of a log file: the only one, or the one named `session`.
    /// - Throws: `KeystrokeAnalysisError.sessionNotFound` when the file holds
    ///   several sessions and `session` is nil or absent.
    public static func load(contentsOf url: URL, session: String? = nil) throws -> KeystrokeLog {
        try select(loadAll(contentsOf: url), session: session, source: url.lastPathComponent)
    }

    /// Parses the text of a log file, detecting its format. A byte-order
    /// mark at the start, which spreadsheet programs write before a CSV, is
    /// dropped.
    /// - Parameter source: the file name used in error messages.
    /// - Complexity: O(n) in the length of `text`.
    public static func parseAll(_ text: String, source: String) throws -> [KeystrokeLog] {
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let firstLine = text.split(whereSeparator: \.isNewline).first { !$0.isEmpty } ?? ""
        guard let format = KeystrokeLogFormat.detect(firstLine: firstLine) else {
            throw KeystrokeAnalysisError.unknownFormat(source: source)
        }
        let logs: [KeystrokeLog]
        switch format {
        case .jsonLines: logs = [try JSONLinesLogReader(source: source).read(text)]
        case .kaggleCSV: logs = try KaggleLogReader(source: source).read(text)
        case .scriptLogTSV: logs = try ScriptLogReader(source: source).read(text)
        }
        guard !logs.isEmpty, logs.contains(where: { !$0.events.isEmpty }) else {
            throw KeystrokeAnalysisError.emptyLog(source: source)
        }
        return logs
    }

    /// Picks one session out of several.
    public static func select(_ logs: [KeystrokeLog], session: String?, source: String) throws
        -> KeystrokeLog
    {
        if let session {
            if let log = logs.first(where: { $0.sessionID == session }) { return log }
        } else if logs.count == 1 {
            return logs[0]
        }
        throw KeystrokeAnalysisError.sessionNotFound(
            source: source, requested: session, available: logs.map(\.sessionID))
    }
}
