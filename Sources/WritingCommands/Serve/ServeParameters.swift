import Plume

/// Parameters of `analyze`.
struct AnalyzeParameters: Decodable {
    var text: String
    var prompt: String?
    /// A whole log file as text (any format Plume reads), or an array of
    /// events in Plume's JSON-lines format.
    var keystrokes: JSONValue?
    /// The session to take from a log that contains several.
    var keystrokeSession: String?
}

/// Parameters of `session.open`.
struct OpenParameters: Decodable {
    /// A name the client chooses, so that it can send edits before the
    /// response arrives; nil lets the server choose one.
    var session: String?
    var text: String?
    var prompt: String?
    /// Minimum time between two feedback batches, in ms.
    var throttle: Int?
}

/// Parameters that only name a session.
struct SessionParameters: Decodable {
    var session: String
}

/// Parameters of `session.edit`.
struct EditParameters: Decodable {
    var session: String
    var offset: Int
    var length: Int
    var text: String
    var time: Int?

    var edit: TextEdit { TextEdit(offset: offset, length: length, text: text, time: time) }
}

/// Parameters of `session.event`.
struct EventParameters: Decodable {
    var session: String
    /// One event object in Plume's JSON-lines format.
    var event: JSONValue
}

/// No parameters (`info`, `shutdown`); any given are ignored.
struct NoParameters: Decodable {}

/// The result of `info`.
struct InfoResult: Encodable {
    var name = "plume"
    var version: String
    var protocolVersion: String
    var schemaVersion: String
    var methods: [String]
}

/// The result of `session.open`.
struct OpenResult: Encodable {
    var session: String
}

/// The result of `session.flush`.
struct FlushResult: Encodable {
    var sentences: [SentenceFeedback]
}

/// The result of `session.close` and `shutdown`.
struct DoneResult: Encodable {
    var done = true
}
