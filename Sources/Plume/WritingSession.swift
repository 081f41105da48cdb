import KeystrokeAnalysis
import WritingModel

/// A live writing session: keystroke events in, process measures and
/// sentence feedback out.
///
/// Events are checked strictly: an event that does not fit the text is
/// rejected and the session keeps its state. A sentence becomes due for
/// analysis when the writer completes it, changes a completed sentence and
/// types a non-letter, or leaves a sentence they changed. Finding the
/// sentence segments only its paragraph (at most a window around the
/// caret), so the cost of a keystroke does not grow with the length of the
/// text. `SentenceFeedbackService`
/// analyses due sentences, on another thread if the caller wishes. One
/// session serves one writer from one thread.
public final class WritingSession {
    /// A sentence due for analysis, copied at the moment it became due.
    public struct DueSentence: Hashable, Sendable {
        /// Position of the sentence in the text at that moment.
        public var span: TextSpan
        /// Its text.
        public var text: String
    }

    private let analyzer: Analyzer
    private let levels: ProcessLevelTable
    /// Minimum time between two feedback batches, in ms of session time.
    public let throttle: Int
    /// Replay and measures so far.
    public private(set) var tracker: ProcessTracker
    private var editing: TextSpan?
    private var editingChanged = false
    private var pending: [TextSpan] = []
    private var lastFeedbackTime: Int?
    /// The splices the last applied event made to the text, in order, for a
    /// caller that keeps spans of its own in step with the text. A snapshot
    /// counts as one splice of the part that differs, between the longest
    /// common prefix and suffix of the texts before and after it.
    public private(set) var lastChanges: [TextChange] = []

    /// Creates a session starting from `initialText`.
    /// - Parameters:
    ///   - sessionStart: the session's start on the events' clock: 0 for
    ///     Plume's JSON lines, nil for a log whose clock has another origin,
    ///     so that the first keystroke is used instead.
    ///   - byteLimit: largest text an event may leave, in UTF-8 bytes; an
    ///     event past it is rejected. Nil for no limit.
    public init(
        analyzer: Analyzer, levels: ProcessLevelTable,
        settings: ProcessSettings = ProcessSettings(),
        initialText: String = "", sessionStart: Int? = 0, throttle: Int = 0,
        byteLimit: Int? = nil
    ) {
        self.analyzer = analyzer
        self.levels = levels
        self.throttle = max(0, throttle)
        tracker = ProcessTracker(
            initialText: initialText, sessionStart: sessionStart, settings: settings,
            mode: .strict, byteLimit: byteLimit)
    }

    /// The current text.
    public var text: UTF16Text { tracker.replayer.text }

    /// Applies one event.
    /// - Returns: the event as applied and the sentences it makes due for
    ///   analysis; none while the throttle delays them.
    /// - Throws: `KeystrokeAnalysisError.invalidEvent` when the event does
    ///   not fit the text, `.textTooLarge` when it would grow the text past
    ///   the limit; nothing changes then.
    public func apply(_ event: KeystrokeEvent) throws -> (PreparedEvent, [DueSentence]) {
        var before: UTF16Text?
        if case .snapshot = event.action { before = text }
        let (prepared, applied) = try tracker.apply(event)
        var changes = applied
        // A snapshot replaces the whole text; narrowed to what differs, it
        // leaves the sentences around the change where they were.
        if let before, changes.count == 1 {
            changes = [Self.difference(from: before, to: text)]
        }
        lastChanges = changes
        for change in changes {
            editing = editing.flatMap(change.map)
            pending = pending.compactMap(change.map)
        }
        if let last = changes.last {
            noteEdit(inserted: last.range.start, caret: last.range.start + last.replacementLength)
        } else if case .cursor(let span?, _) = prepared.event.action, let current = editing,
            !(current.start...current.end).contains(span.start)
        {
            if editingChanged { pending.append(current) }
            editing = nil
            editingChanged = false
        }
        if let last = lastFeedbackTime, prepared.event.time - last < throttle {
            return (prepared, [])
        }
        return (prepared, flushDue(at: prepared.event.time))
    }

    /// Returns every sentence waiting for analysis, ignoring the throttle.
    public func flushDue(at time: Int? = nil) -> [DueSentence] {
        guard !pending.isEmpty else { return [] }
        var seen = Set<TextSpan>()
        let spans = pending.filter { seen.insert($0).inserted }
        pending.removeAll()
        lastFeedbackTime = time ?? tracker.replayer.lastTime
        return spans.map { DueSentence(span: $0, text: text.substring($0)) }
    }

    /// Builds the full report: the four text criteria on the whole text, with the
    /// fluence and révision reports of the session so far.
    /// - Complexity: O(n) in the length of the text.
    public func report() throws -> AnalysisReport {
        let process = ProcessAnalysis.reports(for: tracker.measures, levels: levels)
        return try analyzer.analyze(
            text.string,
            processReports: ProcessReports(
                fluence: process.fluence, revision: process.revision, findings: process.findings))
    }

    /// Computes the one splice that turns `old` into `new`, keeping their
    /// longest common prefix and, after it, their longest common suffix.
    /// - Complexity: O(n) in the length of the texts.
    static func difference(from old: UTF16Text, to new: UTF16Text) -> TextChange {
        let shorter = min(old.count, new.count)
        var prefix = 0
        while prefix < shorter && old[prefix] == new[prefix] {
            prefix += 1
        }
        var suffix = 0
        while suffix < shorter - prefix
            && old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
        {
            suffix += 1
        }
        return TextChange(
            range: TextSpan(start: prefix, end: old.count - suffix),
            replacementLength: new.count - suffix - prefix)
    }

    private func noteEdit(inserted start: Int, caret: Int) {
        let sentence = SentenceLocator.sentence(
            containing: caret - 1, in: text, pipeline: analyzer.resources.pipeline)
        noteCompletedSentences(from: start, before: sentence.span.start)
        let left = editing.map { !$0.overlaps(sentence.span) && $0 != sentence.span } ?? true
        if left, let current = editing, editingChanged {
            pending.append(current)
        }
        editing = sentence.span.isEmpty ? nil : sentence.span
        editingChanged = true
        let previousIsWord =
            caret > 0 && caret <= text.count && UTF16Text.isWordUnit(text[caret - 1])
        if sentence.isComplete && !previousIsWord && !sentence.span.isEmpty {
            pending.append(sentence.span)
            editingChanged = false
        }
    }

    /// Marks as due every complete sentence that overlaps the text inserted
    /// from `start` and ends before `end`, the start of the caret's sentence,
    /// because one paste or snapshot can complete several sentences.
    /// - Complexity: O(k × w) for k sentences inserted and the window w of
    ///   `SentenceLocator`.
    private func noteCompletedSentences(from start: Int, before end: Int) {
        var offset = start
        while offset < end {
            let sentence = SentenceLocator.sentence(
                containing: offset, in: text, pipeline: analyzer.resources.pipeline)
            if sentence.span.end > end { break }
            // Between two sentences the locator returns the earlier one,
            // which ends before the inserted text and did not change.
            if sentence.isComplete && !sentence.span.isEmpty && sentence.span.end > start {
                pending.append(sentence.span)
            }
            offset = max(sentence.span.end, offset + 1)
        }
    }
}
