/// Reads a whole Plume JSON-lines log: one session, one event per line.
///
/// Blank lines are skipped. `analyze` and `end` lines, which a recorded
/// stream may contain, carry no event and are skipped too. A `snapshot`
/// before any other event sets the initial text. Times count milliseconds
/// from the start of the session, so the session starts at 0.
struct JSONLinesLogReader {
    var source: String

    func read(_ text: String) throws -> KeystrokeLog {
        let parser = JSONLinesEventParser(source: source)
        var events: [KeystrokeEvent] = []
        var initialText = ""
        var lineNumber = 0
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isLineBreak) {
            lineNumber += 1
            if line.allSatisfy(\.isWhitespace) { continue }
            guard case .event(let event) = try parser.parse(line, lineNumber: lineNumber) else {
                continue
            }
            if events.isEmpty, case .snapshot(let text) = event.action {
                initialText = text
                continue
            }
            events.append(event)
        }
        let name = source.hasSuffix(".jsonl") ? String(source.dropLast(6)) : source
        return KeystrokeLog(
            sessionID: name, format: .jsonLines, source: source, initialText: initialText,
            sessionStart: 0, events: events)
    }
}
