import Foundation

/// The identifier a client gives a request, echoed in its response: a
/// string or an integer, as in JSON-RPC.
enum RequestID: Hashable, Sendable, Codable, CustomStringConvertible {
    case number(Int)
    case string(String)

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) {
            self = .number(number)
        } else {
            self = .string(try container.decode(String.self))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let number): try container.encode(number)
        case .string(let text): try container.encode(text)
        }
    }

    var description: String {
        switch self {
        case .number(let number): String(number)
        case .string(let text): "\"\(text)\""
        }
    }

    /// The `id` of a request line that is not valid JSON, when one can be
    /// read: `"id"` followed by a string or an integer.
    static func salvage(from line: String) -> RequestID? {
        let pattern = #""id"\s*:\s*("(?:[^"\\]|\\.)*"|-?[0-9]+)"#
        guard let regex = try? NSRegularExpression(pattern: pattern),
            let match = regex.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)),
            let range = Range(match.range(at: 1), in: line)
        else { return nil }
        return try? JSONDecoder().decode(RequestID.self, from: Data(line[range].utf8))
    }
}

/// The stable error codes of `plume serve` responses.
enum ServeErrorCode: String, Codable, Sendable {
    /// The line is not valid JSON.
    case parseError = "parse_error"
    /// Valid JSON, but not a request object with `id` and `method`.
    case invalidRequest = "invalid_request"
    /// No such method.
    case methodNotFound = "method_not_found"
    /// The parameters are missing, of the wrong type, or out of range.
    case invalidParams = "invalid_params"
    /// The `session` parameter names no open session.
    case unknownSession = "unknown_session"
    /// Too many sessions are open.
    case tooManySessions = "too_many_sessions"
    /// The request line exceeds the size limit.
    case requestTooLarge = "request_too_large"
    /// The analysis itself failed.
    case analysisFailed = "analysis_failed"
}

/// An error a method raises, sent back to the client.
struct ServeError: Error, Encodable {
    var code: ServeErrorCode
    var message: String
}

/// The envelope of a request: decoded first, so that the response can
/// carry the `id` even when the parameters are wrong.
struct RequestEnvelope: Decodable {
    var id: RequestID?
    var method: String?
}

/// A request whose parameters decode as `Parameters`.
struct TypedRequest<Parameters: Decodable>: Decodable {
    var params: Parameters
}

/// A response line: `result` or `error`, never both.
struct ResponseLine<Result: Encodable>: Encodable {
    var id: RequestID?
    var result: Result?
    var error: ServeError?

    enum CodingKeys: String, CodingKey {
        case id, result, error
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        // `id` is null, not absent, when the request's id could not be read.
        try container.encode(id, forKey: .id)
        try container.encodeIfPresent(result, forKey: .result)
        try container.encodeIfPresent(error, forKey: .error)
    }
}
