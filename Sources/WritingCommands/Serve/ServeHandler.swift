import Foundation
import KeystrokeAnalysis
import Plume
import Synchronization
import WritingModel

/// Turns request lines of `plume serve` into response lines.
///
/// `prepare` reads a request's envelope on the reading thread; the work it
/// returns runs on any thread. Requests of one session must run in arrival
/// order, which the caller ensures with `PreparedRequest.sessionKey`.
final class ServeHandler: Sendable {
    /// Version of the request/response protocol (docs/serve-protocol.md).
    static let protocolVersion = "1.0"

    static let methods = [
        "info", "analyze", "session.open", "session.edit", "session.event", "session.flush",
        "session.report", "session.close", "shutdown",
    ]

    private let analyzer: Analyzer
    private let feedback: SentenceFeedbackService
    private let sessions = Mutex<[String: EditingSession]>([:])
    private let maximumSessions: Int
    private let textByteLimit: Int

    init(analyzer: Analyzer, maximumSessions: Int, textByteLimit: Int) {
        self.analyzer = analyzer
        feedback = SentenceFeedbackService(analyzer: analyzer)
        self.maximumSessions = maximumSessions
        self.textByteLimit = textByteLimit
    }

    /// A request ready to run.
    struct PreparedRequest: Sendable {
        var id: RequestID?
        var method: String?
        /// The session the request acts on; its requests run in order.
        var sessionKey: String?
        var isShutdown: Bool
        /// Builds the response line and, when the request failed, its error.
        var run: @Sendable () -> (line: String, error: ServeError?)
    }

    /// Reads the envelope of `line`; a malformed line gets a response that
    /// needs no further work.
    func prepare(_ line: String) -> PreparedRequest {
        let data = Data(line.utf8)
        let decoder = JSONDecoder()
        let envelope: RequestEnvelope
        do {
            envelope = try decoder.decode(RequestEnvelope.self, from: data)
        } catch {
            let isJSON = (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) != nil
            let failure =
                isJSON
                ? ServeError(
                    code: .invalidRequest,
                    message: "a request is an object with \"id\" (string or integer), "
                        + "\"method\" and \"params\"")
                : Self.parseError(in: data)
            return Self.failed(isJSON ? nil : RequestID.salvage(from: line), failure)
        }
        guard let id = envelope.id, let method = envelope.method else {
            let missing = envelope.id == nil ? "\"id\"" : "\"method\""
            return Self.failed(
                envelope.id, ServeError(code: .invalidRequest, message: "missing \(missing)"))
        }
        // Requests naming a session, session.open included, run in order.
        let sessionKey =
            method.hasPrefix("session.")
            ? (try? decoder.decode(TypedRequest<SessionParameters>.self, from: data))?.params.session
            : nil
        return PreparedRequest(
            id: id, method: method, sessionKey: sessionKey, isShutdown: method == "shutdown"
        ) { [self] in
            respond(id: id, method: method, data: data)
        }
    }

    /// Builds the error for a line that is not valid JSON, naming the field
    /// and byte offset of a malformed string when that is the cause.
    private static func parseError(in line: Data) -> ServeError {
        let message =
            JSONStringFault.find(in: Array(line)).map { "the line is not valid JSON: \($0)" }
            ?? "the line is not valid JSON"
        return ServeError(code: .parseError, message: message)
    }

    private static func failed(_ id: RequestID?, _ error: ServeError) -> PreparedRequest {
        PreparedRequest(id: id, method: nil, sessionKey: nil, isShutdown: false) {
            (encode(ResponseLine<DoneResult>(id: id, result: nil, error: error)), error)
        }
    }

    private func respond(id: RequestID, method: String, data: Data) -> (String, ServeError?) {
        do {
            let result = try perform(method, data: data)
            return (Self.encode(ResponseLine(id: id, result: AnyEncodable(result), error: nil)), nil)
        } catch {
            let failure = Self.serveError(for: error, line: data)
            return (Self.encode(ResponseLine<DoneResult>(id: id, result: nil, error: failure)), failure)
        }
    }

    private func perform(_ method: String, data: Data) throws -> any Encodable {
        switch method {
        case "info":
            return InfoResult(
                version: PlumeTool.version, protocolVersion: Self.protocolVersion,
                schemaVersion: AnalysisReport.schemaVersion, methods: Self.methods)
        case "analyze":
            return try analyze(try params(AnalyzeParameters.self, data))
        case "shutdown":
            return DoneResult()
        case _ where method.hasPrefix("session."):
            return try performSessionMethod(method, data: data)
        default:
            throw Self.unknownMethod(method)
        }
    }

    private func performSessionMethod(_ method: String, data: Data) throws -> any Encodable {
        switch method {
        case "session.open":
            return try open(try params(OpenParameters.self, data))
        case "session.edit":
            let parameters = try params(EditParameters.self, data)
            try checkSize(parameters.text, field: "text")
            return try session(parameters.session).apply(parameters.edit)
        case "session.event":
            let parameters = try params(EventParameters.self, data)
            let line = Substring(parameters.event.jsonLine)
            let parser = JSONLinesEventParser(source: "request")
            guard case .event(let event) = try parser.parse(line, lineNumber: 1) else {
                throw ServeError(code: .invalidParams, message: "\"event\" must be a keystroke event")
            }
            return try session(parameters.session).apply(event)
        case "session.flush":
            let name = try params(SessionParameters.self, data).session
            return FlushResult(sentences: try session(name).flush())
        case "session.report":
            return try session(try params(SessionParameters.self, data).session).report()
        case "session.close":
            let name = try params(SessionParameters.self, data).session
            guard sessions.withLock({ $0.removeValue(forKey: name) }) != nil else {
                throw Self.unknownSession(name)
            }
            return DoneResult()
        default:
            throw Self.unknownMethod(method)
        }
    }

    private static func unknownMethod(_ method: String) -> ServeError {
        var message = "unknown method \"\(method)\""
        if let hint = EditDistance.closest(to: method, in: methods) {
            message += "; did you mean \"\(hint)\"?"
        }
        return ServeError(code: .methodNotFound, message: message)
    }

    private func analyze(_ parameters: AnalyzeParameters) throws -> AnalysisReport {
        try checkSize(parameters.text, field: "text")
        try parameters.prompt.map { try checkSize($0, field: "prompt") }
        guard let keystrokes = parameters.keystrokes else {
            return try analyzer.analyze(parameters.text, prompt: parameters.prompt)
        }
        let logText: String
        switch keystrokes {
        case .string(let text): logText = text
        case .array(let events): logText = events.map(\.jsonLine).joined(separator: "\n")
        default:
            throw ServeError(
                code: .invalidParams,
                message: "\"keystrokes\" must be a log as a string or an array of events")
        }
        try checkSize(logText, field: "keystrokes")
        let logs = try KeystrokeLog.parseAll(logText, source: "keystrokes")
        let log = try KeystrokeLog.select(logs, session: parameters.keystrokeSession, source: "keystrokes")
        return try analyzer.analyze(parameters.text, prompt: parameters.prompt, keystrokes: log)
    }

    private func open(_ parameters: OpenParameters) throws -> OpenResult {
        try parameters.text.map { try checkSize($0, field: "text") }
        let session = EditingSession(
            analyzer: analyzer, initialText: parameters.text ?? "", prompt: parameters.prompt,
            feedback: feedback, throttle: parameters.throttle ?? 0, byteLimit: textByteLimit)
        let name = parameters.session ?? UUID().uuidString.lowercased()
        guard (1...128).contains(name.utf8.count) else {
            throw ServeError(
                code: .invalidParams, message: "\"session\" must have 1 to 128 bytes")
        }
        let failure = sessions.withLock { sessions -> ServeError? in
            if sessions[name] != nil {
                return ServeError(
                    code: .invalidParams,
                    message: "session \"\(name)\" is already open; choose another name")
            }
            guard sessions.count < maximumSessions else {
                return ServeError(
                    code: .tooManySessions,
                    message: "\(maximumSessions) sessions are open; close one with session.close "
                        + "or raise --max-sessions")
            }
            sessions[name] = session
            return nil
        }
        if let failure { throw failure }
        return OpenResult(session: name)
    }

    private func session(_ name: String) throws -> EditingSession {
        guard let session = sessions.withLock({ $0[name] }) else { throw Self.unknownSession(name) }
        return session
    }

    private static func unknownSession(_ name: String) -> ServeError {
        ServeError(
            code: .unknownSession,
            message: "no open session \"\(name)\"; open one with session.open")
    }

    private func params<Parameters: Decodable>(_ type: Parameters.Type, _ data: Data) throws
        -> Parameters
    {
        try JSONDecoder().decode(TypedRequest<Parameters>.self, from: data).params
    }

    private func checkSize(_ text: String, field: String) throws {
        let bytes = text.utf8.count
        if bytes > textByteLimit {
            throw ServeError(
                code: .invalidParams,
                message: "\"\(field)\" has \(bytes) bytes, over the limit of \(textByteLimit); "
                    + "split the text or raise --max-bytes")
        }
    }

    /// Builds the error response for a method that threw, given the request
    /// line it decoded.
    static func serveError(for error: any Error, line: Data) -> ServeError {
        switch error {
        case let error as ServeError:
            return error
        case DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty:
            // The envelope decodes without reading the strings of `params`,
            // so a malformed string there fails only now.
            return parseError(in: line)
        case let error as DecodingError:
            return ServeError(code: .invalidParams, message: describe(error))
        case let error as KeystrokeAnalysisError:
            return ServeError(code: .invalidParams, message: error.description)
        case let error as PlumeError:
            return ServeError(code: .invalidParams, message: error.description)
        default:
            return ServeError(code: .analysisFailed, message: String(describing: error))
        }
    }

    /// A decoding error in the words of the request: which field, and why.
    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map(\.stringValue).filter { $0 != "params" }.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = path(context)
            let field = parent.isEmpty ? key.stringValue : "\(parent).\(key.stringValue)"
            return key.stringValue == "params" ? "missing \"params\"" : "missing parameter \"\(field)\""
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            return "parameter \"\(path(context))\" must be \(typeName(type))"
        case .dataCorrupted(let context):
            return "invalid parameter \"\(path(context))\": \(context.debugDescription)"
        @unknown default:
            return "invalid parameters"
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "an integer"
        case is Bool.Type: "true or false"
        default: "of another type"
        }
    }

    static func encode<Value: Encodable>(_ value: Value) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch {
            return #"{"error":{"code":"analysis_failed","message":"the result could not be encoded"},"id":null}"#
        }
    }
}

/// A type-erased result, so that every method's result fits one response type.
struct AnyEncodable: Encodable {
    let value: any Encodable

    init(_ value: any Encodable) {
        self.value = value
    }

    func encode(to encoder: any Encoder) throws {
        try value.encode(to: encoder)
    }
}
