import KeystrokeAnalysis
import WritingModel

/// The time-lapse of a keystroke log: the text as it stood at regular steps
/// of the log's clock, with long pauses cut short.
struct TimeLapse {
    /// The text at one moment of the session.
    struct Frame {
        /// Milliseconds since the session started.
        var time: Int
        /// The text at that time.
        var text: String
        /// Where the last edit left the caret, in UTF-16 code units.
        var caret: Int
        /// Words in the text.
        var words: Int
        /// A pause cut short just before this frame, in milliseconds.
        var skippedPause: Int?
        /// Events applied so far.
        var events: Int
    }

    private let events: [KeystrokeEvent]
    private let start: Int
    private let step: Int
    private let maximumPause: Int
    private var replayer: TextReplayer
    private var nextEvent = 0
    private var clock: Int
    private var caret = 0
    private var isFinished = false

    /// Prepares the time-lapse of `log`.
    /// - Parameters:
    ///   - step: Log time between two frames, in milliseconds.
    ///   - maximumPause: A wait longer than this between two events is cut
    ///     to one frame, in milliseconds.
    init(log: KeystrokeLog, step: Int, maximumPause: Int) {
        events = log.events
        replayer = TextReplayer(initialText: log.initialText, mode: .repair)
        start = log.sessionStart ?? log.events.first?.time ?? 0
        self.step = max(1, step)
        self.maximumPause = max(self.step, maximumPause)
        clock = start
    }

    /// The next frame, or nil once every event was shown.
    mutating func next() -> Frame? {
        guard !isFinished else { return nil }
        var skipped: Int?
        if nextEvent < events.count, events[nextEvent].time - clock > maximumPause {
            // Jump to one step before the next event.
            skipped = events[nextEvent].time - clock
            clock = events[nextEvent].time - step
        }
        clock += step
        while nextEvent < events.count, events[nextEvent].time <= clock {
            // Repair mode never throws.
            if let prepared = try? replayer.prepare(events[nextEvent]) {
                if let last = replayer.commit(prepared).last {
                    caret = last.range.start + last.replacementLength
                }
            }
            nextEvent += 1
        }
        isFinished = nextEvent >= events.count
        return Frame(
            time: clock - start, text: replayer.text.string, caret: caret,
            words: replayer.wordCount, skippedPause: skipped, events: replayer.eventCount)
    }

    /// `milliseconds` as « 4:05 » or « 1:02:03 ».
    static func clockText(_ milliseconds: Int) -> String {
        let seconds = max(0, milliseconds) / 1000
        let twoDigits = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        if seconds >= 3600 {
            return "\(seconds / 3600):\(twoDigits(seconds / 60 % 60)):\(twoDigits(seconds % 60))"
        }
        return "\(seconds / 60):\(twoDigits(seconds % 60))"
    }
}
