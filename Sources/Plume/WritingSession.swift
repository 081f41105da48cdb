import KeystrokeAnalysis
import WritingModel

/// A live writing session: keystroke events in, process measures and
/// sentence feedback out.
///
/// Events are checked strictly: an event that does not fit the text is
/// rejected and the session keeps its state. A sentence is analysed when
/// the writer completes it, changes a completed sentence and types a
/// non-letter, or leaves a sentence they changed; its findings are cached
/// by sentence text, so the cost of a keystroke does not grow with the
/// length of the text. One session serves one writer from one thread.
public final class WritingSession {
    /// Findings for one sentence, with offsets in the whole text.
    public struct SentenceFeedback: Sendable {
        /// The sentence, without surrounding white space.
        public var span: TextSpan
        /// Findings inside it, from the text criteria.
        public var findings: [Finding]
    }

    private let analyzer: Analyzer
    private let levels: ProcessLevelTable
    /// Minimum time between two feedback batches, in ms of session time.
    public let throttle: Int
    /// Replay and measures so far.
    public private(set) var tracker: ProcessTracker
    private var cache = SentenceFindingCache()
    private var editing: TextSpan?
    private var editingChanged = false
    private var pending: [TextSpan] = []
    private var lastFeedbackTime: Int?

    /// Creates a session starting from `initialText` at time 0.
    public init(
        analyzer: Analyzer, levels: ProcessLevelTable, settings: ProcessSettings = ProcessSettings(),
        initialText: String = "", throttle: Int = 0
    ) {
        self.analyzer = analyzer
        self.levels = levels
        self.throttle = max(0, throttle)
        tracker = ProcessTracker(
            initialText: initialText, sessionStart: 0, settings: settings, mode: .strict)
    }

    /// The current text.
    public var text: UTF16Text { tracker.replayer.text }

    /// Applies one event.
    /// - Returns: the event as applied and the feedback it makes due; empty
    ///   while the throttle holds feedback back.
    /// - Throws: `KeystrokeAnalysisError.invalidEvent` when the event does
    ///   not fit the text; nothing changes then.
    public func apply(_ event: KeystrokeEvent) throws -> (PreparedEvent, [SentenceFeedback]) {
        let (prepared, changes) = try tracker.apply(event)
        for change in changes {
            editing = editing.flatMap(change.map)
            pending = pending.compactMap(change.map)
        }
        if let last = changes.last {
            noteEdit(caret: last.range.start + last.replacementLength)
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
        return (prepared, try flushFeedback(at: prepared.event.time))
    }

    /// Analyses every sentence waiting for feedback, regardless of the throttle.
    public func flushFeedback(at time: Int? = nil) throws -> [SentenceFeedback] {
        guard !pending.isEmpty else { return [] }
        var seen = Set<TextSpan>()
        let spans = pending.filter { seen.insert($0).inserted }
        pending.removeAll()
        lastFeedbackTime = time ?? tracker.replayer.lastTime
        return try spans.map(feedback(for:))
    }

    /// The full report: the four text criteria on the whole text, with the
    /// fluence and révision reports of the session so far.
    /// - Complexity: O(n) in the length of the text.
    public func report() throws -> AnalysisReport {
        let process = ProcessAnalysis.reports(for: tracker.measures, levels: levels)
        return try analyzer.analyze(
            text.string,
            processReports: ProcessReports(
                fluence: process.fluence, revision: process.revision, findings: process.findings))
    }

    private func noteEdit(caret: Int) {
        let sentence = SentenceLocator.sentence(containing: caret - 1, in: text)
        let left = editing.map { !$0.overlaps(sentence.span) && $0 != sentence.span } ?? true
        if left, let current = editing, editingChanged {
            pending.append(current)
        }
        editing = sentence.span.isEmpty ? nil : sentence.span
        editingChanged = true
        let previousIsWord = caret > 0 && caret <= text.count && UTF16Text.isWordUnit(text[caret - 1])
        if sentence.isComplete && !previousIsWord && !sentence.span.isEmpty {
            pending.append(sentence.span)
            editingChanged = false
        }
    }

    private func feedback(for span: TextSpan) throws -> SentenceFeedback {
        let sentence = text.substring(span)
        let relative: [Finding]
        if let cached = cache.findings(for: sentence) {
            relative = cached
        } else {
            relative = try analyzer.analyze(sentence).matches
            cache.store(relative, for: sentence)
        }
        let findings = relative.map { finding in
            var shifted = finding
            shifted.span = finding.span.shifted(by: span.start)
            return shifted
        }
        return SentenceFeedback(span: span, findings: findings)
    }
}
