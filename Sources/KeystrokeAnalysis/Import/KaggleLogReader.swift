import WritingModel

/// Reads the CSV of the Kaggle competition « Linking Writing Processes to
/// Writing Quality » (columns id, event_id, down_time, up_time, action_time,
/// activity, down_event, up_event, text_change, cursor_position, word_count).
///
/// `cursor_position` is the caret after the event, so each edit's range is
/// worked out backwards from it and the length of `text_change`:
/// - `Input`, `Paste`: `text_change` was inserted ending at the caret.
/// - `Remove/Cut`: `text_change` was removed starting at the caret. Backspace
///   and Delete on one character are backward and forward deletions, on more
///   a selection deletion; any other key (Ctrl+X) is a cut.
/// - `Replace`: `text_change` is `old => new`; new replaced old and ends at the caret.
/// - `Move From [a, b] To [c, d]`: the range [a, b) moved to start at c.
/// - `Nonproduction`: a cursor event at the caret, with `down_event` as key.
/// Times are `down_time`, taken as milliseconds since the session started.
/// A file may hold many essays; each `id` is one session, in file order.
struct KaggleLogReader {
    var source: String

    func read(_ text: String) throws -> [KeystrokeLog] {
        let table = try DelimitedTable.commaSeparated(text, source: source)
        let columns = try KaggleColumns(table)
        var logs: [KeystrokeLog] = []
        var indexByID: [Substring: Int] = [:]
        for row in table.rows {
            let id = table.field(row, columns.id)
            let index: Int
            if let known = indexByID[id] {
                index = known
            } else {
                index = logs.count
                indexByID[id] = index
                logs.append(
                    KeystrokeLog(
                        sessionID: String(id), format: .kaggleCSV, source: source, sessionStart: 0,
                        events: []))
            }
            logs[index].events.append(try event(row, table: table, columns: columns))
        }
        return logs
    }

    private func event(_ row: DelimitedTable.Row, table: DelimitedTable, columns: KaggleColumns)
        throws -> KeystrokeEvent
    {
        let time = try table.integer(row, columns.downTime, name: "down_time")
        let caret = try table.integer(row, columns.cursorPosition, name: "cursor_position")
        let activity = table.field(row, columns.activity)
        let change = String(table.field(row, columns.textChange))
        let key = String(table.field(row, columns.downEvent))
        let invalid = { (field: String, value: String, expected: String) in
            KeystrokeAnalysisError.invalidValue(
                source: source, line: row.line, field: field, value: value, expected: expected)
        }
        guard caret >= 0 else {
            throw invalid("cursor_position", String(caret), "a character offset of 0 or more")
        }
        let action = try self.action(
            activity: activity, change: change, caret: caret, key: key, invalid: invalid)
        return KeystrokeEvent(time: time, action: action, line: row.line)
    }

    /// Maps one row's activity to the action it logs.
    private func action(
        activity: Substring, change: String, caret: Int, key: String,
        invalid: (String, String, String) -> KeystrokeAnalysisError
    ) throws -> KeystrokeAction {
        let length = change.utf16.count
        switch activity {
        case "Nonproduction":
            return .cursor(TextSpan(start: caret, end: caret), key: key)
        case "Input", "Paste":
            guard length > 0, caret >= length, change != "NoChange" else {
                throw invalid("text_change", "of \(length) characters", "text ending at the caret")
            }
            let start = caret - length
            return activity == "Input"
                ? .insert(at: start, text: change)
                : .paste(TextSpan(start: start, end: start), text: change)
        case "Remove/Cut":
            guard length > 0, change != "NoChange" else {
                throw invalid("text_change", "NoChange", "the removed text")
            }
            return removal(TextSpan(start: caret, end: caret + length), key: key, text: change)
        case "Replace":
            return try replacement(change, caret: caret, invalid: invalid)
        default:
            guard let move = KaggleMove(activity) else {
                throw invalid(
                    "activity", "\"\(activity)\"",
                    "Input, Remove/Cut, Paste, Replace, Nonproduction or Move From [a, b] To [c, d]"
                )
            }
            return .move(move.from, to: move.to)
        }
    }

    private func removal(_ span: TextSpan, key: String, text: String) -> KeystrokeAction {
        switch key {
        case "Backspace":
            .delete(span, direction: span.length == 1 ? .backward : .selection, expected: text)
        case "Delete":
            .delete(span, direction: span.length == 1 ? .forward : .selection, expected: text)
        default:
            .cut(span, expected: text)
        }
    }

    private func replacement(
        _ change: String, caret: Int,
        invalid: (String, String, String) -> KeystrokeAnalysisError
    ) throws -> KeystrokeAction {
        guard let arrow = change.range(of: " => ") else {
            throw invalid("text_change", "without \" => \"", "old => new for a Replace event")
        }
        let old = String(change[..<arrow.lowerBound])
        let new = String(change[arrow.upperBound...])
        let start = caret - new.utf16.count
        guard start >= 0, !old.isEmpty || !new.isEmpty else {
            throw invalid("cursor_position", String(caret), "at least the new text's length")
        }
        let span = TextSpan(start: start, end: start + old.utf16.count)
        if new.isEmpty { return .delete(span, direction: .selection, expected: old) }
        if old.isEmpty { return .insert(at: start, text: new) }
        return .replace(span, text: new, expected: old)
    }
}

/// Column indices of the Kaggle CSV.
private struct KaggleColumns {
    var id, downTime, activity, downEvent, textChange, cursorPosition: Int

    init(_ table: DelimitedTable) throws {
        id = try table.column("id")
        downTime = try table.column("down_time")
        activity = try table.column("activity")
        downEvent = try table.column("down_event")
        textChange = try table.column("text_change")
        cursorPosition = try table.column("cursor_position")
    }
}

/// The ranges of an activity such as `Move From [284, 292] To [282, 290]`.
struct KaggleMove {
    var from: TextSpan
    var to: Int

    init?(_ activity: Substring) {
        guard activity.hasPrefix("Move From") else { return nil }
        let numbers = activity.split { !$0.isNumber && $0 != "-" }.compactMap { Int($0) }
        guard numbers.count == 4, numbers[0] >= 0, numbers[1] > numbers[0], numbers[2] >= 0,
            numbers[3] - numbers[2] == numbers[1] - numbers[0]
        else { return nil }
        from = TextSpan(start: numbers[0], end: numbers[1])
        to = numbers[2]
    }
}
