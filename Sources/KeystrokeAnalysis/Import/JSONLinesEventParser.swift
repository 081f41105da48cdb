import Foundation
import WritingModel

/// One line of Plume's JSON-lines input: an event, or a request that only
/// the stream understands.
public enum JSONLinesEntry: Hashable, Sendable {
    /// A session event.
    case event(KeystrokeEvent)
    /// `{"kind": "analyze"}`: send full feedback now.
    case analyzeRequest
    /// `{"kind": "end"}`: the session is over.
    case endOfSession
}

/// Parses single lines of Plume's JSON-lines event format.
///
/// The format is described in docs/keystroke-events.md. Unknown fields are
/// ignored so that editors may add their own; unknown kinds are rejected.
public struct JSONLinesEventParser: Sendable {
    /// File name or `stdin`, for messages.
    public var source: String

    /// Creates a parser whose errors name `source`.
    public init(source: String) {
        self.source = source
    }

    /// Parses one line.
    /// - Parameter lineNumber: the 1-based line number, stored in the event.
    /// - Throws: `KeystrokeAnalysisError` naming the line and the field.
    public func parse(_ line: Substring, lineNumber: Int) throws -> JSONLinesEntry {
        let wire: WireEvent
        do {
            wire = try JSONDecoder().decode(WireEvent.self, from: Data(line.utf8))
        } catch let error as DecodingError {
            if let field = Self.nonIntegerField(in: line) {
                throw wrongType(field, line: lineNumber)
            }
            throw describe(error, line: lineNumber)
        }
        guard let kindName = wire.kind else {
            throw KeystrokeAnalysisError.malformedLine(
                source: source, line: lineNumber, problem: "missing field \"kind\"")
        }
        switch kindName {
        case "analyze": return .analyzeRequest
        case "end": return .endOfSession
        default: break
        }
        guard let kind = KeystrokeActionKind(rawValue: kindName) else {
            throw KeystrokeAnalysisError.unknownEventKind(
                source: source, line: lineNumber, kind: kindName)
        }
        let fields = WireFields(wire: wire, source: source, line: lineNumber)
        let time = try fields.required(wire.time, "time")
        let action = try fields.action(kind)
        return .event(KeystrokeEvent(time: time, action: action, line: lineNumber))
    }

    /// Finds the first integer field whose number has a fraction or is out of
    /// range, because `JSONDecoder` reports it as invalid JSON without the field.
    private static func nonIntegerField(in line: Substring) -> String? {
        guard
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8))
                as? [String: Any]
        else { return nil }
        return WireEvent.integerFields.first { name in
            guard let value = object[name] as? NSNumber else { return false }
            return (value as? Int) == nil
        }
    }

    private func wrongType(_ field: String, line: Int) -> KeystrokeAnalysisError {
        .malformedLine(
            source: source, line: line,
            problem: "field \"\(field)\" has the wrong type; \(WireEvent.expectedType(of: field))")
    }

    private func describe(_ error: DecodingError, line: Int) -> KeystrokeAnalysisError {
        switch error {
        case .typeMismatch(_, let context) where !context.codingPath.isEmpty,
            .valueNotFound(_, let context) where !context.codingPath.isEmpty:
            return wrongType(context.codingPath.last?.stringValue ?? "value", line: line)
        case .dataCorrupted, .keyNotFound, .typeMismatch, .valueNotFound:
            return .malformedLine(
                source: source, line: line,
                problem: "not a JSON object; each line must be one "
                    + "JSON object such as {\"kind\":\"insert\",\"time\":0,\"position\":0,\"text\":\"a\"}"
            )
        @unknown default:
            return .malformedLine(source: source, line: line, problem: "unreadable JSON")
        }
    }
}

/// The fields an event line may carry.
struct WireEvent: Decodable {
    var kind: String?
    var time: Int?
    var position: Int?
    var start: Int?
    var end: Int?
    var to: Int?
    var text: String?
    var deleted: String?
    var direction: String?
    var key: String?

    static let integerFields = ["time", "position", "start", "end", "to"]

    static func expectedType(of field: String) -> String {
        integerFields.contains(field) ? "expected an integer" : "expected a string"
    }
}

/// Checks the fields an event kind needs and builds its action.
private struct WireFields {
    var wire: WireEvent
    var source: String
    var line: Int

    func required<T>(_ value: T?, _ name: String) throws -> T {
        guard let value else {
            throw KeystrokeAnalysisError.malformedLine(
                source: source, line: line,
                problem: "\"\(wire.kind ?? "")\" event needs field \"\(name)\"")
        }
        return value
    }

    func action(_ kind: KeystrokeActionKind) throws -> KeystrokeAction {
        switch kind {
        case .insert:
            return .insert(at: try caret(), text: try nonEmptyText())
        case .delete:
            return .delete(try span(), direction: try direction(), expected: wire.deleted)
        case .replace:
            return .replace(
                try span(), text: try required(wire.text, "text"), expected: wire.deleted)
        case .paste:
            return .paste(try span(emptyAllowed: true), text: try nonEmptyText())
        case .cut:
            return .cut(try span(), expected: wire.deleted)
        case .undo:
            return .undo(try span(emptyAllowed: true), text: try required(wire.text, "text"))
        case .redo:
            return .redo(try span(emptyAllowed: true), text: try required(wire.text, "text"))
        case .move:
            return .move(try span(), to: try position(try required(wire.to, "to"), "to"))
        case .composition:
            return .composition(
                try span(emptyAllowed: true), text: try required(wire.text, "text"))
        case .cursor:
            return .cursor(try optionalSpan(), key: wire.key)
        case .compositionStart: return .compositionStart
        case .compositionEnd: return .compositionEnd
        case .focusLost: return .focusLost
        case .focusRegained: return .focusRegained
        case .snapshot: return .snapshot(try required(wire.text, "text"))
        }
    }

    private func nonEmptyText() throws -> String {
        let text = try required(wire.text, "text")
        guard !text.isEmpty else {
            throw KeystrokeAnalysisError.invalidValue(
                source: source, line: line, field: "text", value: "\"\"",
                expected: "at least one character")
        }
        return text
    }

    private func position(_ value: Int, _ name: String) throws -> Int {
        guard value >= 0 else {
            throw KeystrokeAnalysisError.invalidValue(
                source: source, line: line, field: name, value: String(value),
                expected: "a UTF-16 offset of 0 or more")
        }
        return value
    }

    private func caret() throws -> Int {
        try position(try required(wire.position ?? wire.start, "position"), "position")
    }

    private func span(emptyAllowed: Bool = false) throws -> TextSpan {
        let start = try position(try required(wire.start ?? wire.position, "start"), "start")
        let end = try position(
            wire.end ?? (emptyAllowed ? start : try required(wire.end, "end")), "end")
        guard end > start || (emptyAllowed && end == start) else {
            throw KeystrokeAnalysisError.invalidValue(
                source: source, line: line, field: "end", value: String(end),
                expected: emptyAllowed ? "at least start (\(start))" : "more than start (\(start))")
        }
        return TextSpan(start: start, end: end)
    }

    private func optionalSpan() throws -> TextSpan? {
        guard wire.start != nil || wire.position != nil else { return nil }
        return try span(emptyAllowed: true)
    }

    private func direction() throws -> DeletionDirection {
        guard let name = wire.direction else { return .backward }
        guard let direction = DeletionDirection(rawValue: name) else {
            throw KeystrokeAnalysisError.invalidValue(
                source: source, line: line, field: "direction", value: "\"\(name)\"",
                expected: "backward, forward or selection")
        }
        return direction
    }
}
