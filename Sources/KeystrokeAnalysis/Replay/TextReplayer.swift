import WritingModel

/// One splice made to the text: `range` of the text as it was just before
/// was replaced by `replacementLength` code units.
public struct TextChange: Hashable, Sendable {
    /// Replaced range, in the text before this splice.
    public var range: TextSpan
    /// Length of the new text, in UTF-16 code units.
    public var replacementLength: Int

    /// Creates a splice record.
    public init(range: TextSpan, replacementLength: Int) {
        self.range = range
        self.replacementLength = replacementLength
    }
}

extension TextChange {
    /// Where `span` lies after this splice: text inserted inside it joins
    /// it, text inserted at its edges does not, and nil means all of it was
    /// removed.
    public func map(_ span: TextSpan) -> TextSpan? {
        let delta = replacementLength - range.length
        let start: Int
        if span.start >= range.end {
            start = span.start + delta
        } else if span.start <= range.start {
            start = span.start
        } else {
            start = range.start + replacementLength
        }
        let end: Int
        if span.end <= range.start {
            end = span.end
        } else if span.end >= range.end {
            end = span.end + delta
        } else {
            end = range.start
        }
        return end > start ? TextSpan(start: start, end: end) : nil
    }
}

/// An event checked against the current text, repaired if the replay allows it.
public struct PreparedEvent: Hashable, Sendable {
    /// The event with its time and positions made consistent.
    public var event: KeystrokeEvent
    /// The changes made to the event as logged, empty for a consistent event.
    public var repairs: [ReplayRepair]
}

/// Rebuilds the text of a session event by event.
///
/// In `.repair` mode an inconsistent event is made consistent (times raised
/// to the previous time, positions and ranges cut at the end of the text)
/// and each change is reported as a `ReplayRepair`. In `.strict` mode, used
/// for live streams, such an event is rejected and the text stays as it was.
/// Snapshots always win: a snapshot that differs from the rebuilt text
/// replaces it and is reported, in both modes.
public struct TextReplayer: Sendable {
    /// How inconsistent events are handled.
    public enum Mode: Sendable {
        /// Repair and report.
        case repair
        /// Reject with `KeystrokeAnalysisError.invalidEvent`.
        case strict
    }

    /// The current text.
    public private(set) var text: UTF16Text
    /// Time of the last applied event, after repair.
    public private(set) var lastTime: Int?
    /// Number of events applied so far.
    public private(set) var eventCount = 0
    /// Number of words in the text, kept up to date at each splice.
    public private(set) var wordCount: Int
    /// How inconsistent events are handled.
    public let mode: Mode
    /// Largest text an event may leave, in UTF-8 bytes; nil for no limit.
    public let byteLimit: Int?

    /// Creates a replayer starting from `initialText`, which the limit
    /// does not apply to.
    public init(initialText: String = "", mode: Mode = .repair, byteLimit: Int? = nil) {
        text = UTF16Text(initialText)
        wordCount = text.wordStarts(in: 0..<text.count)
        self.mode = mode
        self.byteLimit = byteLimit
    }

    /// Checks `event` against the current text without changing anything.
    /// - Throws: `KeystrokeAnalysisError.invalidEvent` in strict mode when
    ///   the event needs a repair other than a snapshot, and
    ///   `KeystrokeAnalysisError.textTooLarge` in both modes when the text
    ///   would grow past `byteLimit`.
    public func prepare(_ event: KeystrokeEvent) throws -> PreparedEvent {
        var checker = EventChecker(text: text, eventIndex: eventCount, line: event.line)
        var prepared = event
        prepared.time = checker.checkedTime(event.time, after: lastTime)
        prepared.action = checker.checkedAction(event.action)
        if let byteLimit {
            let bytes = utf8CountAfter(prepared.action)
            if bytes > byteLimit && bytes > text.utf8Count {
                throw KeystrokeAnalysisError.textTooLarge(
                    line: event.line ?? eventCount + 1, bytes: bytes, limit: byteLimit)
            }
        }
        if mode == .strict,
            let repair = checker.repairs.first(where: { $0.kind != .snapshotMismatch })
        {
            // The repair's detail ends with what repair mode would have done.
            let fault = repair.detail.components(separatedBy: "; ").first ?? repair.detail
            throw KeystrokeAnalysisError.invalidEvent(
                line: event.line ?? eventCount + 1,
                problem: "\(repair.kind.rawValue): \(fault); the event was ignored, "
                    + "send a snapshot to resynchronise")
        }
        return PreparedEvent(event: prepared, repairs: checker.repairs)
    }

    /// Applies a prepared event and returns the splices it made, in order.
    /// - Complexity: O(length of the text after the edit point).
    @discardableResult
    public mutating func commit(_ prepared: PreparedEvent) -> [TextChange] {
        eventCount += 1
        lastTime = prepared.event.time
        switch prepared.event.action {
        case .insert(let position, let inserted):
            return [splice(TextSpan(start: position, end: position), inserted)]
        case .delete(let span, _, _), .cut(let span, _):
            return span.isEmpty ? [] : [splice(span, "")]
        case .replace(let span, let replacement, _), .paste(let span, let replacement),
            .undo(let span, let replacement), .redo(let span, let replacement),
            .composition(let span, let replacement):
            return [splice(span, replacement)]
        case .move(let span, let target):
            let moved = text.substring(span)
            let removal = splice(span, "")
            return [removal, splice(TextSpan(start: target, end: target), moved)]
        case .snapshot(let snapshot):
            let whole = TextSpan(start: 0, end: text.count)
            return text.string == snapshot ? [] : [splice(whole, snapshot)]
        case .cursor, .compositionStart, .compositionEnd, .focusLost, .focusRegained:
            return []
        }
    }

    /// Prepares and commits an event.
    @discardableResult
    public mutating func apply(_ event: KeystrokeEvent) throws -> (PreparedEvent, [TextChange]) {
        let prepared = try prepare(event)
        return (prepared, commit(prepared))
    }

    /// Length of the text in UTF-8 bytes once a checked action is applied.
    /// - Complexity: O(length of the replaced range and of the new text).
    private func utf8CountAfter(_ action: KeystrokeAction) -> Int {
        switch action {
        case .insert(_, let inserted):
            return text.utf8Count + inserted.utf8.count
        case .replace(let span, let replacement, _), .paste(let span, let replacement),
            .undo(let span, let replacement), .redo(let span, let replacement),
            .composition(let span, let replacement):
            return text.utf8Count - text.utf8Count(in: span) + replacement.utf8.count
        case .snapshot(let snapshot):
            return snapshot.utf8.count
        case .delete, .cut, .move, .cursor, .compositionStart, .compositionEnd, .focusLost,
            .focusRegained:
            return text.utf8Count
        }
    }

    private mutating func splice(_ span: TextSpan, _ replacement: String) -> TextChange {
        // Only word starts from the splice point to one unit past the
        // replaced range can change, so the count is updated locally.
        let units = Array(replacement.utf16)
        let before = text.wordStarts(in: span.start..<min(span.end + 1, text.count))
        text.replace(span, with: units)
        let end = min(span.start + units.count + 1, text.count)
        wordCount += text.wordStarts(in: span.start..<end) - before
        return TextChange(range: span, replacementLength: units.count)
    }
}

/// Makes one event consistent with the text and records what it changed.
private struct EventChecker {
    var text: UTF16Text
    var eventIndex: Int
    var line: Int?
    var repairs: [ReplayRepair] = []

    mutating func record(_ kind: ReplayRepair.Kind, _ detail: String) {
        repairs.append(ReplayRepair(eventIndex: eventIndex, line: line, kind: kind, detail: detail))
    }

    mutating func checkedTime(_ time: Int, after previous: Int?) -> Int {
        if time < 0 {
            let used = previous ?? 0
            record(.negativeTime, "time \(time) ms is negative; used \(used) ms")
            return used
        }
        if let previous, time < previous {
            record(
                .timeBackwards,
                "time \(time) ms is before the previous \(previous) ms; used \(previous) ms")
            return previous
        }
        return time
    }

    mutating func checkedAction(_ action: KeystrokeAction) -> KeystrokeAction {
        switch action {
        case .insert(let position, let inserted):
            return .insert(at: checkedPosition(position, "position"), text: inserted)
        case .delete(let span, let direction, let expected):
            let checked = checkedRange(span, expected: expected)
            return .delete(checked, direction: direction, expected: expected)
        case .replace(let span, let replacement, let expected):
            return .replace(
                checkedRange(span, expected: expected), text: replacement, expected: expected)
        case .paste(let span, let pasted):
            return .paste(checkedRange(span, expected: nil), text: pasted)
        case .cut(let span, let expected):
            return .cut(checkedRange(span, expected: expected), expected: expected)
        case .undo(let span, let replacement):
            return .undo(checkedRange(span, expected: nil), text: replacement)
        case .redo(let span, let replacement):
            return .redo(checkedRange(span, expected: nil), text: replacement)
        case .composition(let span, let replacement):
            return .composition(checkedRange(span, expected: nil), text: replacement)
        case .move(let span, let target):
            let checked = checkedRange(span, expected: nil)
            return .move(checked, to: checkedTarget(target, removing: checked))
        case .cursor(let span, let key):
            // A caret inside a pair changes no text, so it is left where it is.
            let checked = span.map { checkedRange($0, expected: nil, keepsPairs: false) }
            return .cursor(checked, key: key)
        case .snapshot(let snapshot):
            checkSnapshot(snapshot)
            return action
        case .compositionStart, .compositionEnd, .focusLost, .focusRegained:
            return action
        }
    }

    private mutating func checkedPosition(_ position: Int, _ name: String) -> Int {
        guard position > text.count else {
            guard splitsPair(at: position) else { return position }
            let pair = TextSpan(start: position - 1, end: position + 1)
            record(
                .surrogatePairSplit,
                "\(name) \(position) falls between the two code units of the surrogate pair "
                    + "at \(pair); used \(pair.start)")
            return pair.start
        }
        record(
            .positionBeyondText,
            "\(name) \(position) is past the end of the text "
                + "(\(text.count) code units); used \(text.count)")
        return text.count
    }

    /// Checks a move target, an offset in the text once `removed` is taken out.
    private mutating func checkedTarget(_ target: Int, removing removed: TextSpan) -> Int {
        let limit = text.count - removed.length
        guard target <= limit else {
            record(
                .positionBeyondText,
                "move target \(target) is past the \(limit) code units left "
                    + "once the range is removed; used \(limit)")
            return limit
        }
        let original = target <= removed.start ? target : target + removed.length
        guard splitsPair(at: original) else { return target }
        record(
            .surrogatePairSplit,
            "move target \(target) falls between the two code units of a surrogate pair; "
                + "used \(target - 1)")
        return target - 1
    }

    /// Returns whether `offset` lies between a lead and a trail surrogate, so that
    /// an edit there would leave two broken halves of one character.
    private func splitsPair(at offset: Int) -> Bool {
        offset > 0 && offset < text.count && UTF16.isLeadSurrogate(text[offset - 1])
            && UTF16.isTrailSurrogate(text[offset])
    }

    /// Widens `span` to whole characters: a start inside a surrogate pair
    /// moves before it, an end inside one after it, and an empty span
    /// inside one moves before it.
    private mutating func widenedToCharacters(_ span: TextSpan) -> TextSpan {
        let startSplits = splitsPair(at: span.start)
        let endSplits = splitsPair(at: span.end)
        guard startSplits || endSplits else { return span }
        let start = startSplits ? span.start - 1 : span.start
        let end = span.isEmpty ? start : (endSplits ? span.end + 1 : span.end)
        let widened = TextSpan(start: start, end: end)
        record(
            .surrogatePairSplit,
            "range \(span) cuts a surrogate pair in two; used \(widened)")
        return widened
    }

    private mutating func checkedRange(
        _ span: TextSpan, expected: String?, keepsPairs: Bool = true
    ) -> TextSpan {
        let count = text.count
        guard span.end <= count else {
            let clamped = TextSpan(start: min(span.start, count), end: count)
            record(
                .rangeBeyondText,
                "range \(span) ends past the end of the text "
                    + "(\(count) code units); used \(clamped)")
            return keepsPairs ? widenedToCharacters(clamped) : clamped
        }
        let span = keepsPairs ? widenedToCharacters(span) : span
        if let expected, !expected.isEmpty, text.substring(span) != expected {
            record(
                .deletedTextMismatch,
                "the \(expected.utf16.count) code units the log says were "
                    + "removed differ from the text at \(span); removed the range as given")
        }
        return span
    }

    private mutating func checkSnapshot(_ snapshot: String) {
        let rebuilt = text.string
        guard rebuilt != snapshot else { return }
        let offset = zip(rebuilt.utf16, snapshot.utf16).prefix { $0 == $1 }.count
        record(
            .snapshotMismatch,
            "snapshot of \(snapshot.utf16.count) code units differs from "
                + "the rebuilt text of \(text.count) from offset \(offset); took the snapshot")
    }
}
