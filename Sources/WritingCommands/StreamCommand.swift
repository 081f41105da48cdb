import Foundation
import KeystrokeAnalysis
import Lexicon
import Plume
import WritingModel

/// `plume stream`: live feedback on a writing session read as JSON lines.
enum StreamCommand: Command {
    static let name = "stream"
    static let summary =
        "Read keystroke events on stdin, write measures and feedback as JSON lines."
    static let usage = "stream [--throttle MS] [--pause-threshold MS] [--session ID]"
    static let discussion = """
        Input: one event per line in Plume's JSON-lines format (docs/keystroke-events.md),
        plus {"kind":"analyze"} for a full report now and {"kind":"end"}. A recorded
        log in the Kaggle CSV or ScriptLog TSV format is also accepted on stdin; it is
        read whole and its events are fed one by one.

        Output, one JSON object per line, flushed line by line: a "process" line with
        the updated measures after each event; a "feedback" line with the findings of
        each sentence completed, and later of a sentence changed only when its
        findings differ from those already sent, analysed in the background and
        naming the event after which the sentence was taken (it may follow later
        "process" lines); a "report" line with the six-criterion report on request and at the
        end; an "error" line naming the input line for a malformed line, an event
        that does not fit the text or one that would grow it past --max-bytes, after
        which the session goes on with the state it had.
        """

    static var options: [OptionSpec] {
        [
            .value(
                "throttle", "MS",
                "Send sentence feedback at most once per MS milliseconds of session time "
                    + "(default 0: as soon as a sentence is due)."),
            .value("pause-threshold", "MS", "Pause threshold in milliseconds (default 2000)."),
            .value("session", "ID", "Session to stream when a TSV or CSV log holds several."),
            .value(
                "max-bytes", "N",
                "Largest text the session may reach, in bytes of UTF-8; an event past it "
                    + "is rejected (default \(TextFile.defaultByteLimit))."),
        ] + AnalyzerOptions.specs
    }

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
        guard arguments.positionals.isEmpty else {
            throw CommandError.usage("stream reads standard input and takes no FILE")
        }
        let throttle = try arguments.integer("throttle", in: 0...86_400_000) ?? 0
        let threshold = try arguments.integer("pause-threshold", in: 1...3_600_000) ?? 2000
        let byteLimit =
            try arguments.integer("max-bytes", in: 1...Int(Int32.max)) ?? TextFile.defaultByteLimit
        let analyzer = try AnalyzerOptions.makeAnalyzer(arguments, context: context)
        let levels = analyzer.processLevels
        let settings = ProcessSettings(pauseThreshold: threshold)
        let sentences = SentenceFeedbackService(analyzer: analyzer)
        let first = context.readLine()
        if let first,
            KeystrokeLogFormat.detect(firstLine: Substring(first)) ?? .jsonLines != .jsonLines
        {
            let log = try readRecordedLog(
                first: first, session: arguments.value("session"), context: context)
            let session = WritingSession(
                analyzer: analyzer, levels: levels, settings: settings,
                initialText: log.initialText, sessionStart: log.sessionStart, throttle: throttle,
                byteLimit: byteLimit)
            let processor = StreamProcessor(
                session: session, sentences: sentences, output: context.output)
            for event in log.events where !processor.handle(event) { break }
            processor.finish()
            return .success
        }
        let session = WritingSession(
            analyzer: analyzer, levels: levels, settings: settings, throttle: throttle,
            byteLimit: byteLimit)
        let processor = StreamProcessor(
            session: session, sentences: sentences, output: context.output)
        var line = first
        while let current = line, processor.handle(current) {
            line = context.readLine()
        }
        processor.finish()
        return .success
    }

    /// Reads a whole TSV or CSV log from stdin.
    private static func readRecordedLog(first: String, session: String?, context: CommandContext)
        throws -> KeystrokeLog
    {
        var lines = [first]
        while let line = context.readLine() { lines.append(line) }
        do {
            let logs = try KeystrokeLog.parseAll(lines.joined(separator: "\n"), source: "stdin")
            return try KeystrokeLog.select(logs, session: session, source: "stdin")
        } catch let error as KeystrokeAnalysisError {
            throw CommandError.failure(error.description)
        }
    }
}
