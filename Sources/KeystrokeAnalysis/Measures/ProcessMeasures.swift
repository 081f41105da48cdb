import WritingModel

/// The fluence and révision measures of a session at one moment.
///
/// Definitions and units are in docs/process-measures.md. Lengths count
/// UTF-16 code units, which are characters for French text; times are ms.
public struct ProcessMeasures: Hashable, Sendable {
    /// Settings the measures were taken with.
    public var settings: ProcessSettings
    /// From the session start (or the first event when the log has no start)
    /// to the last event.
    public var totalTime: Int
    /// Total time minus pauses, the wait before the first keystroke included
    /// when it reaches the pause threshold.
    public var activeTime: Int
    /// From the session start to the first event that changed the text; nil
    /// when the log records no session start or nothing was typed.
    public var timeBeforeFirstKeystroke: Int?
    /// Time between losing and regaining the focus.
    public var timeOutOfFocus: Int
    /// Code units typed, deleted ones included; pastes excluded.
    public var typedCharacters: Int
    /// Words begun while typing.
    public var typedWords: Int
    /// Code units added by any edit: typing, pastes, undo and redo.
    public var producedCharacters: Int
    /// Length of the text the session started from.
    public var initialCharacters: Int
    /// Length of the text now.
    public var finalCharacters: Int
    /// Words in the text now.
    public var finalWords: Int
    /// Inter-key intervals.
    public var intervals: IntervalDistribution
    /// Pauses by location, in `PauseLocation.allCases` order.
    public var pauses: [PauseLocation: PauseTally]
    /// Runs of typing ended by a pause or by the end of the session.
    public var pBursts: [Burst]
    /// Runs of typing ended by a revision.
    public var rBursts: [Burst]
    /// Deletion revisions.
    public var deletions: RevisionTally
    /// Insertions inside the text, away from the leading edge.
    public var insertions: RevisionTally
    /// Number of pastes.
    public var pasteCount: Int
    /// Pasted code units.
    public var pastedCharacters: Int
    /// Pastes of at least `settings.largePasteLength` code units.
    public var largePastes: [LargePaste]
    /// Undo events.
    public var undoCount: Int
    /// Redo events.
    public var redoCount: Int
    /// Production and revision per time bucket from the session start.
    public var series: [SeriesBucket]

    /// All pauses together.
    public var allPauses: PauseTally {
        pauses.values.reduce(into: PauseTally()) {
            $0.count += $1.count
            $0.time += $1.time
        }
    }

    /// `count` per minute of total time, nil for a session of no length.
    public func perMinute(_ count: Int) -> Double? {
        totalTime > 0 ? Double(count) * 60_000 / Double(totalTime) : nil
    }

    /// Final characters over the characters the text ever held: the initial
    /// text plus everything produced. 1 means nothing was removed.
    public var productProcessRatio: Double? {
        let process = initialCharacters + producedCharacters
        return process > 0 ? Double(finalCharacters) / Double(process) : nil
    }

    /// Removed code units over the code units the text ever held.
    public var deletedShare: Double? {
        let process = initialCharacters + producedCharacters
        return process > 0 ? Double(deletions.characters) / Double(process) : nil
    }
}

extension ProcessAccumulator {
    /// The measures so far, for a text that is now `textLength` code units
    /// and `wordCount` words long.
    /// - Complexity: O(bursts + time buckets).
    public func measures(textLength: Int, wordCount: Int) -> ProcessMeasures {
        var closed = self
        closed.closeRun(as: .pause)
        let origin = sessionStart ?? firstKeystrokeTime ?? 0
        let total = max(0, (lastTime ?? origin) - origin)
        let initialWait = firstKeystrokeTime.map { $0 - origin } ?? 0
        var pauseTime = pauses.reduce(0) { $0 + $1.time }
        if sessionStart != nil && initialWait >= settings.pauseThreshold {
            pauseTime += initialWait
        }
        var byLocation: [PauseLocation: PauseTally] = [:]
        for (index, location) in PauseLocation.allCases.enumerated() {
            byLocation[location] = pauses[index]
        }
        var series = closed.series
        if let last = series.indices.last { series[last].length = textLength }
        return ProcessMeasures(
            settings: settings, totalTime: total, activeTime: max(0, total - pauseTime),
            timeBeforeFirstKeystroke: sessionStart.flatMap { start in
                firstEditTime.map { $0 - start }
            },
            timeOutOfFocus: outOfFocusTime + (focusLostAt.map { (lastTime ?? $0) - $0 } ?? 0),
            typedCharacters: typedCharacters, typedWords: typedWords,
            producedCharacters: producedCharacters, initialCharacters: initialLength,
            finalCharacters: textLength, finalWords: wordCount, intervals: intervals,
            pauses: byLocation, pBursts: closed.pBursts, rBursts: closed.rBursts,
            deletions: deletions, insertions: insertions, pasteCount: pasteCount,
            pastedCharacters: pastedCharacters, largePastes: largePastes, undoCount: undoCount,
            redoCount: redoCount, series: series)
    }
}
