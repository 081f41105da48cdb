import Dispatch
import KeystrokeAnalysis
import Plume
import Synchronization
import WritingModel

/// Turns input lines into output lines for `plume stream`; public so that
/// the benchmark drives the same path as the command.
///
/// Events are handled on the caller's thread: the measures line is written
/// before `handle` returns. Due sentences are analysed one after another on
/// a background queue, so a slow sentence never delays the next keystroke
/// (a new unknown word needs Hunspell suggestions). A feedback line names
/// the event after which its sentence was taken, and may follow the
/// measures lines of later events. A sentence gets a line the first time it
/// is analysed and then only when its findings change, as
/// `DeliveredFeedback` decides. A report waits for the queued analyses.
public final class StreamProcessor {
    private let session: WritingSession
    private let sentences: SentenceFeedbackService
    private let output: any OutputChannel
    private let analysisQueue = DispatchQueue(label: "plume.stream.sentences")
    private let parser = JSONLinesEventParser(source: "stdin")
    private var lineNumber = 0
    private var eventCount = 0
    private var ended = false
    private let sendsFeedback: Bool
    /// The client's received feedback, used only by closures on `analysisQueue`.
    private let delivered = DeliveredFeedbackState()
    /// Splices of the text not yet handed to `analysisQueue`, which needs
    /// them to keep `delivered` in step with the text of each due sentence.
    private var unsentChanges: [TextChange] = []

    /// Creates a processor writing to `output`; without `sendsFeedback`,
    /// due sentences are dropped and only measures and reports are sent.
    public init(
        session: WritingSession, sentences: SentenceFeedbackService, output: any OutputChannel,
        sendsFeedback: Bool = true
    ) {
        self.session = session
        self.sentences = sentences
        self.output = output
        self.sendsFeedback = sendsFeedback
    }

    /// Whether the reader of stdout has gone; the stream then stops quietly.
    var isOutputClosed: Bool {
        (output as? FileOutputChannel)?.isBroken == true
    }

    /// Handles one input line; returns whether to read on.
    public func handle(_ line: String) -> Bool {
        lineNumber += 1
        if line.allSatisfy(\.isWhitespace) { return true }
        do {
            switch try parser.parse(Substring(line), lineNumber: lineNumber) {
            case .event(let event):
                return handle(event)
            case .analyzeRequest:
                analyze(session.flushDue())
                try sendReport(final: false)
            case .endOfSession:
                finish()
                return false
            }
        } catch {
            write(Self.failure(error, line: lineNumber))
        }
        return !isOutputClosed
    }

    /// Handles one event; returns whether to read on.
    public func handle(_ event: KeystrokeEvent) -> Bool {
        do {
            let (prepared, due) = try session.apply(event)
            eventCount += 1
            if sendsFeedback { noteChanges(session.lastChanges) }
            write(
                StreamLine.Process(
                    event: eventCount, line: event.line ?? lineNumber, time: prepared.event.time,
                    measures: StreamLine.compactMeasures(session.tracker.measures)))
            analyze(due)
        } catch {
            write(Self.failure(error, line: event.line ?? lineNumber))
        }
        return !isOutputClosed
    }

    /// Sends what is still due and the final report, once.
    public func finish() {
        guard !ended else { return }
        ended = true
        analyze(session.flushDue())
        do {
            try sendReport(final: true)
        } catch {
            write(Self.failure(error, line: lineNumber))
        }
    }

    /// Waits until every queued sentence has been analysed and written.
    public func waitForFeedback() {
        analysisQueue.sync {}
    }

    /// Keeps the splices of an event for the next batch of due sentences.
    /// Past 512 of them they go to the queue on their own, so that memory
    /// stays bounded while the writer completes no sentence.
    private func noteChanges(_ changes: [TextChange]) {
        unsentChanges += changes
        guard unsentChanges.count >= 512 else { return }
        let (changes, delivered) = (unsentChanges, self.delivered)
        unsentChanges.removeAll(keepingCapacity: true)
        analysisQueue.async {
            delivered.state.withLock { $0.apply(changes) }
        }
    }

    private func analyze(_ due: [WritingSession.DueSentence]) {
        guard sendsFeedback, !due.isEmpty else { return }
        let event = eventCount
        let (sentences, output, delivered) = (self.sentences, self.output, self.delivered)
        let line = lineNumber
        let changes = unsentChanges
        unsentChanges.removeAll(keepingCapacity: true)
        analysisQueue.async {
            Platform.lowerThreadPriority()
            // The due spans are in the text after `event`, so the client's
            // findings move to that text first.
            delivered.state.withLock { $0.apply(changes) }
            for sentence in due {
                do {
                    let feedback = try sentences.feedback(for: sentence)
                    let isNews = delivered.state.withLock {
                        $0.update(sentence: feedback.span, findings: feedback.findings)
                    }
                    guard isNews else { continue }
                    Self.write(
                        StreamLine.Feedback(
                            event: event, offset: feedback.span.start, length: feedback.span.length,
                            matches: feedback.findings), to: output)
                } catch {
                    Self.write(Self.failure(error, line: line), to: output)
                }
            }
        }
    }

    /// Builds an error line whose message starts with `stdin:LINE:`, the
    /// form the event reader uses for its own errors.
    static func failure(_ error: any Error, line: Int) -> StreamLine.Failure {
        let message: String
        switch error {
        case KeystrokeAnalysisError.invalidEvent(_, let problem):
            message = "stdin:\(line): \(problem)"
        case KeystrokeAnalysisError.textTooLarge(_, let bytes, let limit):
            message =
                "stdin:\(line): the event would make the text \(bytes) bytes of UTF-8, over the "
                + "limit of \(limit) bytes; the event was ignored, raise the limit with --max-bytes"
        case let error as KeystrokeAnalysisError:
            // Reader errors already start with their source and line.
            message = error.description
        default:
            message = "stdin:\(line): \(error)"
        }
        return StreamLine.Failure(line: line, message: message)
    }

    private func sendReport(final: Bool) throws {
        waitForFeedback()
        write(StreamLine.Report(event: eventCount, final: final, report: try session.report()))
    }

    private func write(_ value: some Encodable) {
        Self.write(value, to: output)
    }

    private static func write(_ value: some Encodable, to output: any OutputChannel) {
        if (output as? FileOutputChannel)?.isBroken == true { return }
        output.write(StreamLine.encode(value) + "\n")
        output.flush()
    }
}

/// `DeliveredFeedback` behind a lock, so that the analysis queue's
/// closures can share it. Only that serial queue uses it.
private final class DeliveredFeedbackState: Sendable {
    let state = Mutex(DeliveredFeedback())
}
