import KeystrokeAnalysis
import Plume
import WritingModel

/// Turns input lines into output lines for `plume stream`.
final class StreamProcessor {
    private var session: WritingSession
    private let output: any OutputChannel
    private let parser = JSONLinesEventParser(source: "stdin")
    private var lineNumber = 0
    private var eventCount = 0
    private var ended = false

    init(session: WritingSession, output: any OutputChannel) {
        self.session = session
        self.output = output
    }

    /// Whether the reader of stdout has gone; the stream then stops quietly.
    var isOutputClosed: Bool {
        (output as? FileOutputChannel)?.isBroken == true
    }

    /// Sets the text a recorded log starts from, before its first event.
    func start(initialText: String) {
        guard !initialText.isEmpty else { return }
        _ = handle(KeystrokeEvent(time: 0, action: .snapshot(initialText), line: 0))
    }

    /// Handles one input line; returns whether to read on.
    func handle(_ line: String) -> Bool {
        lineNumber += 1
        if line.allSatisfy(\.isWhitespace) { return true }
        do {
            switch try parser.parse(Substring(line), lineNumber: lineNumber) {
            case .event(let event):
                return handle(event)
            case .analyzeRequest:
                try sendFeedback(session.flushFeedback())
                try sendReport(final: false)
            case .endOfSession:
                finish()
                return false
            }
        } catch {
            write(StreamLine.Failure(line: lineNumber, message: "\(error)"))
        }
        return !isOutputClosed
    }

    /// Handles one event; returns whether to read on.
    func handle(_ event: KeystrokeEvent) -> Bool {
        do {
            let (prepared, feedback) = try session.apply(event)
            eventCount += 1
            write(StreamLine.Process(
                event: eventCount, line: event.line ?? lineNumber, time: prepared.event.time,
                measures: StreamLine.compactMeasures(session.tracker.measures)))
            try sendFeedback(feedback)
        } catch {
            write(StreamLine.Failure(line: event.line ?? lineNumber, message: "\(error)"))
        }
        return !isOutputClosed
    }

    /// Sends what is still due and the final report, once.
    func finish() {
        guard !ended else { return }
        ended = true
        do {
            try sendFeedback(session.flushFeedback())
            try sendReport(final: true)
        } catch {
            write(StreamLine.Failure(line: lineNumber, message: "\(error)"))
        }
    }

    private func sendFeedback(_ feedback: [WritingSession.SentenceFeedback]) throws {
        for item in feedback {
            write(StreamLine.Feedback(
                event: eventCount, offset: item.span.start, length: item.span.length,
                matches: item.findings))
        }
    }

    private func sendReport(final: Bool) throws {
        write(StreamLine.Report(event: eventCount, final: final, report: try session.report()))
    }

    private func write(_ value: some Encodable) {
        guard !isOutputClosed else { return }
        output.write(StreamLine.encode(value) + "\n")
        output.flush()
    }
}
