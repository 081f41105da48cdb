import WritingModel

/// Gathers the fluence and révision measures event by event.
///
/// Feed each prepared event with `observe(_:before:)` before it is applied
/// and its splices with `didApply(_:textLength:)` after. Each call costs
/// O(log n) apart from the text look-ups around the edit point, so a live
/// session pays the same per keystroke at the end as at the start.
public struct ProcessAccumulator: Sendable {
    /// Settings in force.
    public let settings: ProcessSettings
    let sessionStart: Int?
    let initialLength: Int

    var firstKeystrokeTime: Int?
    var firstEditTime: Int?
    var lastTime: Int?
    var previousKeystrokeTime: Int?
    var intervals = IntervalDistribution()
    var pauses = Array(repeating: PauseTally(), count: PauseLocation.allCases.count)
    var focusLostAt: Int?
    var outOfFocusTime = 0

    var typedCharacters = 0
    var typedWords = 0
    var producedCharacters = 0
    var pasteCount = 0
    var pastedCharacters = 0
    var largePastes: [LargePaste] = []
    var undoCount = 0
    var redoCount = 0
    var deletions = RevisionTally()
    var insertions = RevisionTally()
    var openDeletion: (direction: DeletionDirection, boundary: Int)?
    var openDeletionAtLeadingEdge = false
    var openInsertionEnd: Int?

    var run: (start: Int, last: Int, length: Int)?
    var pBursts: [Burst] = []
    var rBursts: [Burst] = []
    var series: [SeriesBucket] = []
    var pendingPaste: Int?

    /// Most time buckets kept: 24 hours of one-minute buckets.
    public static let maximumBuckets = 1440

    /// Creates an accumulator for a session that starts with `initialLength`
    /// code units of text, at `sessionStart` on the log's clock when known.
    public init(
        settings: ProcessSettings = ProcessSettings(), sessionStart: Int?, initialLength: Int
    ) {
        self.settings = settings
        self.sessionStart = sessionStart
        self.initialLength = initialLength
    }

    /// Records an event that has been checked but not yet applied.
    /// - Parameter text: the text just before the event.
    public mutating func observe(_ event: KeystrokeEvent, before text: UTF16Text) {
        let time = event.time
        lastTime = time
        recordFocus(event.action, time: time)
        guard event.action.isKeystroke else { return }
        firstKeystrokeTime = firstKeystrokeTime ?? time
        if let previous = previousKeystrokeTime {
            recordInterval(time - previous, before: event.action, text: text)
        }
        previousKeystrokeTime = time
        recordEdit(event.action, time: time, text: text)
    }

    /// Records the splices an event made and the text length after them.
    public mutating func didApply(_ changes: [TextChange], textLength: Int) {
        for index in largePastes.indices {
            for change in changes { largePastes[index].follow(change) }
        }
        if let length = pendingPaste, let change = changes.last, let time = lastTime {
            let start = change.range.start
            largePastes.append(
                LargePaste(
                    length: length, time: time, span: TextSpan(start: start, end: start + length)))
        }
        pendingPaste = nil
        if let time = lastTime { bucket(at: time) { $0.length = textLength } }
    }

    private mutating func recordFocus(_ action: KeystrokeAction, time: Int) {
        switch action {
        case .focusLost:
            focusLostAt = focusLostAt ?? time
        case .focusRegained:
            if let lost = focusLostAt { outOfFocusTime += time - lost }
            focusLostAt = nil
        default:
            break
        }
    }

    private mutating func recordInterval(
        _ interval: Int, before action: KeystrokeAction, text: UTF16Text
    ) {
        intervals.insert(interval)
        guard interval >= settings.pauseThreshold else { return }
        let location = PauseLocation.classify(action, in: text)
        let index = PauseLocation.allCases.firstIndex(of: location) ?? 0
        pauses[index].count += 1
        pauses[index].time += interval
        closeRun(as: .pause)
    }

    /// What ended a run of typing.
    enum RunEnd { case pause, revision }

    mutating func closeRun(as end: RunEnd) {
        guard let current = run else { return }
        let burst = Burst(length: current.length, duration: current.last - current.start)
        if end == .pause { pBursts.append(burst) } else { rBursts.append(burst) }
        run = nil
    }

    mutating func extendRun(time: Int, length: Int) {
        guard length > 0 else { return }
        if let current = run {
            run = (current.start, time, current.length + length)
        } else {
            run = (time, time, length)
        }
    }

    mutating func bucket(at time: Int, _ update: (inout SeriesBucket) -> Void) {
        // Later events share the last bucket, so a clock that jumps (or an
        // editor that sends epoch times) cannot make the series grow unbounded.
        let origin = sessionStart ?? firstKeystrokeTime ?? time
        let index = min(max(0, (time - origin) / settings.seriesBucket), Self.maximumBuckets - 1)
        while series.count <= index {
            series.append(SeriesBucket(length: series.last?.length ?? initialLength))
        }
        update(&series[index])
    }
}
