/// Replays a session and measures it at the same time, one event at a time.
///
/// Used whole by `ProcessAnalysis` and event by event by a live stream.
public struct ProcessTracker: Sendable {
    /// The text rebuilt so far.
    public private(set) var replayer: TextReplayer
    /// The measures gathered so far.
    public private(set) var accumulator: ProcessAccumulator

    /// Creates a tracker for a session starting from `initialText`;
    /// `byteLimit` is the replayer's limit on the text, in UTF-8 bytes.
    public init(
        initialText: String = "", sessionStart: Int? = nil,
        settings: ProcessSettings = ProcessSettings(), mode: TextReplayer.Mode = .repair,
        byteLimit: Int? = nil
    ) {
        replayer = TextReplayer(initialText: initialText, mode: mode, byteLimit: byteLimit)
        accumulator = ProcessAccumulator(
            settings: settings, sessionStart: sessionStart,
            initialLength: replayer.text.count)
    }

    /// Checks, measures and applies one event.
    /// - Returns: the event as applied, with its repairs, and its splices.
    /// - Throws: `KeystrokeAnalysisError.invalidEvent` in strict mode; the
    ///   text and measures are then unchanged.
    @discardableResult
    public mutating func apply(_ event: KeystrokeEvent) throws -> (PreparedEvent, [TextChange]) {
        let prepared = try replayer.prepare(event)
        accumulator.observe(prepared.event, before: replayer.text)
        let changes = replayer.commit(prepared)
        accumulator.didApply(changes, textLength: replayer.text.count)
        return (prepared, changes)
    }

    /// The measures so far.
    public var measures: ProcessMeasures {
        accumulator.measures(textLength: replayer.text.count, wordCount: replayer.wordCount)
    }
}
