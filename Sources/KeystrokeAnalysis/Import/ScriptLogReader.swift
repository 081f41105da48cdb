import WritingModel

/// Reads ScriptLog events flattened to TSV (one row per IDFX event), the
/// format of `corpora/keystrokes/scriptlog/events.tsv`.
///
/// How rows become events:
/// - `keyboard` rows whose `replay` is `True` are applied as logged: a value
///   `\b` deletes the character before `position` (Backspace), a value of
///   several characters typed with `VK_V` is a paste, any other value is
///   inserted at `position`. This covers dead-key characters (key `NONE`)
///   and the dead-key residue `^` that ScriptLog logs on a Backspace row.
/// - A `keyboard` row whose `replay` is `False` followed by a `replacement`
///   row is one event: the key's time with the replacement's effect. Backspace
///   or Delete on a selection becomes a deletion, Delete on one character a
///   forward deletion, a character key typed over a selection a replacement.
/// - Other `replay = False` rows (arrow keys, Home, End, Delete at the end of
///   the text) change no text and become cursor events without a position,
///   because the row records the caret before the key, not after.
/// - A `replacement` row with no key before it takes the previous time.
/// - The `insert` row sets the text the session started from.
/// - `document_length` is not used: it is the length before the event plus 1.
/// Times are `start_time`; ScriptLog records no session start.
struct ScriptLogReader {
    var source: String

    func read(_ text: String) throws -> [KeystrokeLog] {
        let table = DelimitedTable.tabSeparated(text, source: source)
        let columns = try Columns(table)
        var logs: [KeystrokeLog] = []
        var index = 0
        while index < table.rows.count {
            let session = table.field(table.rows[index], columns.session)
            var end = index
            while end < table.rows.count && table.field(table.rows[end], columns.session) == session
            {
                end += 1
            }
            logs.append(try readSession(table.rows[index..<end], table: table, columns: columns))
            index = end
        }
        return logs
    }

    private func readSession(
        _ rows: ArraySlice<DelimitedTable.Row>, table: DelimitedTable, columns: Columns
    ) throws -> KeystrokeLog {
        var log = KeystrokeLog(
            sessionID: String(table.field(rows[rows.startIndex], columns.session)),
            format: .scriptLogTSV, source: source, events: [])
        var lastTime = 0
        var index = rows.startIndex
        while index < rows.endIndex {
            let row = rows[index]
            let next = index + 1 < rows.endIndex ? rows[index + 1] : nil
            let reader = RowReader(table: table, columns: columns, row: row)
            switch table.field(row, columns.eventType) {
            case "insert":
                let initial =
                    reader.unescaped(columns.insertedBefore)
                    + reader.unescaped(columns.insertedAfter)
                if log.events.isEmpty {
                    log.initialText = initial
                } else {
                    log.events.append(
                        KeystrokeEvent(time: lastTime, action: .snapshot(initial), line: row.line))
                }
            case "replacement":
                log.events.append(try reader.replacementEvent(time: lastTime, key: nil))
            case "keyboard":
                lastTime = try table.integer(row, columns.startTime, name: "start_time")
                let followedByReplacement =
                    next.map {
                        table.field($0, columns.eventType) == "replacement"
                    } ?? false
                if followedByReplacement && table.field(row, columns.replay) != "True", let next {
                    let nextReader = RowReader(table: table, columns: columns, row: next)
                    let key = String(table.field(row, columns.key))
                    log.events.append(try nextReader.replacementEvent(time: lastTime, key: key))
                    index += 1
                } else {
                    log.events.append(try reader.keyboardEvent(time: lastTime))
                }
            case let other:
                throw KeystrokeAnalysisError.invalidValue(
                    source: source, line: row.line, field: "event_type", value: "\"\(other)\"",
                    expected: "keyboard, replacement or insert")
            }
            index += 1
        }
        return log
    }
}

/// Column indices of the ScriptLog TSV.
private struct Columns {
    var session, eventType, startTime, key, value, position, replay: Int
    var replacementStart, replacementEnd, replacementText: Int
    var insertedBefore, insertedAfter: Int

    init(_ table: DelimitedTable) throws {
        session = try table.column("session_id")
        eventType = try table.column("event_type")
        startTime = try table.column("start_time")
        key = try table.column("key")
        value = try table.column("value")
        position = try table.column("position")
        replay = try table.column("replay")
        replacementStart = try table.column("repl_start")
        replacementEnd = try table.column("repl_end")
        replacementText = try table.column("repl_newtext")
        insertedBefore = try table.column("ins_before")
        insertedAfter = try table.column("ins_after")
    }
}

/// Reads the fields of one row.
private struct RowReader {
    var table: DelimitedTable
    var columns: Columns
    var row: DelimitedTable.Row

    func unescaped(_ column: Int) -> String {
        ScriptLogEscapes.unescape(table.field(row, column))
    }

    func offset(_ column: Int, name: String) throws -> Int {
        let value = try table.integer(row, column, name: name)
        guard value >= 0 else {
            throw KeystrokeAnalysisError.invalidValue(
                source: table.source, line: row.line, field: name, value: String(value),
                expected: "a character offset of 0 or more")
        }
        return value
    }

    func keyboardEvent(time: Int) throws -> KeystrokeEvent {
        let key = String(table.field(row, columns.key))
        let value = unescaped(columns.value)
        let position = try offset(columns.position, name: "position")
        let replayed = table.field(row, columns.replay) == "True"
        let action: KeystrokeAction
        if !replayed || value.isEmpty {
            action = .cursor(nil, key: key)
        } else if value == "\u{8}" {
            action =
                position > 0
                ? .delete(
                    TextSpan(start: position - 1, end: position), direction: .backward,
                    expected: nil)
                : .cursor(nil, key: key)
        } else if key == "VK_V" && value.utf16.count > 1 {
            action = .paste(TextSpan(start: position, end: position), text: value)
        } else {
            action = .insert(at: position, text: value)
        }
        return KeystrokeEvent(time: time, action: action, line: row.line)
    }

    func replacementEvent(time: Int, key: String?) throws -> KeystrokeEvent {
        let start = try offset(columns.replacementStart, name: "repl_start")
        let end = try offset(columns.replacementEnd, name: "repl_end")
        guard end >= start else {
            throw KeystrokeAnalysisError.invalidValue(
                source: table.source, line: row.line, field: "repl_end", value: String(end),
                expected: "at least repl_start (\(start))")
        }
        let span = TextSpan(start: start, end: end)
        let text = unescaped(columns.replacementText)
        let action: KeystrokeAction
        if !text.isEmpty {
            action =
                span.isEmpty
                ? .insert(at: start, text: text)
                : .replace(span, text: text, expected: nil)
        } else if span.isEmpty {
            action = .cursor(span, key: key)
        } else {
            let forward = key == "VK_DELETE" && span.length == 1
            action = .delete(span, direction: forward ? .forward : .selection, expected: nil)
        }
        return KeystrokeEvent(time: time, action: action, line: row.line)
    }
}

/// The escapes of the flattened TSV: `\t`, `\n`, `\r`, `\b` and `\\`.
enum ScriptLogEscapes {
    static func unescape(_ field: Substring) -> String {
        guard field.contains("\\") else { return String(field) }
        var result = ""
        var escaping = false
        for character in field {
            if escaping {
                switch character {
                case "t": result.append("\t")
                case "n": result.append("\n")
                case "r": result.append("\r")
                case "b": result.append("\u{8}")
                default: result.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        if escaping { result.append("\\") }
        return result
    }
}
