import WritingModel

/// The side a deletion removes text from.
public enum DeletionDirection: String, Sendable, Hashable, Codable, CaseIterable {
    /// Backspace: removes text before the caret.
    case backward
    /// Delete key: removes text after the caret.
    case forward
    /// A selected range removed as a whole (Backspace or Delete on a selection,
    /// or dragging text away).
    case selection
}

/// What happened at one moment of a writing session.
///
/// Positions are UTF-16 code units into the text as it was just before the
/// event, the unit browser editors use. Each text-changing action states its
/// whole effect, so a log replays without knowing the editor's state: an
/// undo, for instance, carries the range it replaced and the text it put back.
public enum KeystrokeAction: Hashable, Sendable {
    /// Typed text inserted at a position (a key, Enter, a dead-key character).
    case insert(at: Int, text: String)
    /// Text removed; `expected` is the text the log says was removed, if known.
    case delete(TextSpan, direction: DeletionDirection, expected: String?)
    /// A range replaced by typed or proposed text: typing over a selection,
    /// an autocorrection or a spelling suggestion taken.
    case replace(TextSpan, text: String, expected: String?)
    /// Text from the clipboard put in place of a range, usually empty.
    case paste(TextSpan, text: String)
    /// A range cut to the clipboard.
    case cut(TextSpan, expected: String?)
    /// The effect of an undo: a range replaced by the text the undo restored.
    case undo(TextSpan, text: String)
    /// The effect of a redo, stated like an undo.
    case redo(TextSpan, text: String)
    /// A range moved so that it starts at `to` in the resulting text.
    case move(TextSpan, to: Int)
    /// An IME composition update: the composing range replaced by the
    /// current composition.
    case composition(TextSpan, text: String)
    /// An IME composition began.
    case compositionStart
    /// An IME composition was committed or cancelled.
    case compositionEnd
    /// The caret or selection moved, or a key that changes no text was
    /// pressed (an arrow key, Shift, a mouse click); the span is the
    /// selection afterwards, empty for a caret, when the log knows it.
    case cursor(TextSpan?, key: String?)
    /// The editor lost the keyboard focus.
    case focusLost
    /// The editor got the keyboard focus back.
    case focusRegained
    /// The full text as the editor holds it, sent to resynchronise.
    case snapshot(String)
}

/// One timed event of a writing session.
public struct KeystrokeEvent: Hashable, Sendable {
    /// Milliseconds on the log's clock. In Plume's JSON lines, milliseconds
    /// since the session started.
    public var time: Int
    /// What happened.
    public var action: KeystrokeAction
    /// Line of the source file the event came from (1-based), for messages.
    public var line: Int?

    /// Creates an event.
    public init(time: Int, action: KeystrokeAction, line: Int? = nil) {
        self.time = time
        self.action = action
        self.line = line
    }
}

extension KeystrokeAction {
    /// The stable JSON name of the action.
    public var kindName: String {
        switch self {
        case .insert: "insert"
        case .delete: "delete"
        case .replace: "replace"
        case .paste: "paste"
        case .cut: "cut"
        case .undo: "undo"
        case .redo: "redo"
        case .move: "move"
        case .composition: "composition"
        case .compositionStart: "composition_start"
        case .compositionEnd: "composition_end"
        case .cursor: "cursor"
        case .focusLost: "focus_lost"
        case .focusRegained: "focus_regained"
        case .snapshot: "snapshot"
        }
    }

    /// Whether the action comes from a key press or pointer action of the
    /// writer, so that the time since the previous one is an inter-key
    /// interval. Focus changes, composition markers and snapshots are not.
    public var isKeystroke: Bool {
        switch self {
        case .compositionStart, .compositionEnd, .focusLost, .focusRegained, .snapshot: false
        default: true
        }
    }
}
