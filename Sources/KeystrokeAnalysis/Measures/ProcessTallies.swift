import WritingModel

/// Count and total duration of the pauses at one location.
public struct PauseTally: Hashable, Sendable {
    /// Number of pauses.
    public var count = 0
    /// Sum of their durations, in ms.
    public var time = 0

    /// Creates a tally.
    public init(count: Int = 0, time: Int = 0) {
        self.count = count
        self.time = time
    }

    /// Mean duration in ms, nil without pauses.
    public var meanTime: Double? { count > 0 ? Double(time) / Double(count) : nil }
}

/// A run of typing between two boundaries.
public struct Burst: Hashable, Sendable {
    /// Typed UTF-16 code units.
    public var length: Int
    /// Time from the run's first event to its last, in ms.
    public var duration: Int
}

/// Revisions of one kind: how many, how large, and how many at the leading edge.
public struct RevisionTally: Hashable, Sendable {
    /// Number of revisions; consecutive keystrokes on one spot count once.
    public var count = 0
    /// UTF-16 code units removed or inserted.
    public var characters = 0
    /// Revisions at the leading edge, where only white space follows.
    public var leadingEdgeCount = 0
    /// Code units of the revisions at the leading edge.
    public var leadingEdgeCharacters = 0

    /// Revisions inside the text, with text after them.
    public var insideCount: Int { count - leadingEdgeCount }
    /// Code units of the revisions inside the text.
    public var insideCharacters: Int { characters - leadingEdgeCharacters }
}

/// Production and revision within one time bucket of the session.
public struct SeriesBucket: Hashable, Sendable {
    /// Typed UTF-16 code units.
    public var typed = 0
    /// Pasted code units.
    public var pasted = 0
    /// Removed code units.
    public var deleted = 0
    /// Text length at the end of the bucket.
    public var length = 0

    /// Creates a bucket.
    public init(typed: Int = 0, pasted: Int = 0, deleted: Int = 0, length: Int = 0) {
        self.typed = typed
        self.pasted = pasted
        self.deleted = deleted
        self.length = length
    }
}

/// A paste long enough to show the teacher, followed through later edits.
public struct LargePaste: Hashable, Sendable {
    /// Length of the pasted text, in UTF-16 code units.
    public var length: Int
    /// Time of the paste on the log's clock.
    public var time: Int
    /// Where the pasted text is now, nil once it has all been removed.
    public var span: TextSpan?

    /// Moves the span through one splice of the text.
    mutating func follow(_ change: TextChange) {
        span = span.flatMap(change.map)
    }
}
