/// The event kinds of Plume's JSON-lines format, by their JSON name.
public enum KeystrokeActionKind: String, CaseIterable, Sendable {
    case insert
    case delete
    case replace
    case paste
    case cut
    case undo
    case redo
    case move
    case composition
    case compositionStart = "composition_start"
    case compositionEnd = "composition_end"
    case cursor
    case focusLost = "focus_lost"
    case focusRegained = "focus_regained"
    case snapshot
}
