/// A change Plume made to an inconsistent event so that the replay goes on.
///
/// Repairs are listed in docs/keystroke-events.md. Details give offsets and
/// lengths, never the text itself.
public struct ReplayRepair: Hashable, Sendable, CustomStringConvertible {
    /// What was wrong with the event.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The time was negative; the previous time (or 0) was used.
        case negativeTime = "negative_time"
        /// The time was before the previous event's; the previous time was used.
        case timeBackwards = "time_backwards"
        /// A position was past the end of the text; the end was used.
        case positionBeyondText = "position_beyond_text"
        /// A range reached past the end of the text; it was cut at the end,
        /// and an edit left with nothing to remove removed nothing.
        case rangeBeyondText = "range_beyond_text"
        /// A position or range end fell between the two code units of a
        /// surrogate pair (an emoji, a rare CJK character); it was moved to
        /// the edge of the pair: an insertion point or range start before
        /// it, a range end after it, so a range covers the whole character.
        case surrogatePairSplit = "surrogate_pair_split"
        /// The log's removed text differs from the text at the range; the
        /// range was applied as given.
        case deletedTextMismatch = "deleted_text_mismatch"
        /// A snapshot differs from the rebuilt text; the snapshot was taken.
        case snapshotMismatch = "snapshot_mismatch"
    }

    /// 0-based index of the event in the log.
    public var eventIndex: Int
    /// Source line of the event, when known.
    public var line: Int?
    /// What was wrong.
    public var kind: Kind
    /// Offsets and lengths involved, in English.
    public var detail: String

    /// Creates a repair record.
    public init(eventIndex: Int, line: Int?, kind: Kind, detail: String) {
        self.eventIndex = eventIndex
        self.line = line
        self.kind = kind
        self.detail = detail
    }

    public var description: String {
        let place = line.map { "event \(eventIndex + 1) (line \($0))" } ?? "event \(eventIndex + 1)"
        return "\(place): \(kind.rawValue): \(detail)"
    }
}
