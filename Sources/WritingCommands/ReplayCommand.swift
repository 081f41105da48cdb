import Foundation
import KeystrokeAnalysis

/// `plume replay`: the text a keystroke log rebuilds, at its end or at a moment.
enum ReplayCommand: Command {
    static let name = "replay"
    static let summary = "Print the text a keystroke log rebuilds."
    static let usage = "replay LOG [--at MS] [--session ID] [--compare FILE]"
    static let discussion = """
        Reads Plume JSON lines, the Kaggle writing-process CSV or the ScriptLog
        TSV (detected from the first line) and prints the rebuilt text as is,
        without an added line break. Each repair an inconsistent event needed
        is reported on standard error with its event number and line; see
        docs/keystroke-events.md.
        """

    static var options: [OptionSpec] {
        [
            .value(
                "at", "MS",
                "Print the text as it was MS milliseconds after the session start "
                    + "(after the first event when the log records no start)."),
            .value("session", "ID", "Session to replay when the file holds several."),
            .value(
                "compare", "FILE",
                "Compare with the text the session was saved with; exit 1 when they differ."),
        ]
    }

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
        guard arguments.positionals.count == 1 else {
            throw CommandError.usage(
                arguments.positionals.isEmpty
                    ? "missing LOG to replay"
                    : "expected one LOG, got \(arguments.positionals.count)")
        }
        let path = arguments.positionals[0]
        let at = try arguments.integer("at", in: 0...Int(Int32.max))
        let log = try loadLog(path, session: arguments.value("session"))
        let origin = log.sessionStart ?? log.events.first?.time ?? 0
        let replay = LogReplay(log, until: at.map { origin + $0 })
        for repair in replay.repairs {
            context.warn("\(log.source): \(repair)")
        }
        context.output.write(replay.text)
        guard let comparePath = arguments.value("compare") else { return .success }
        return try compare(replay.text, with: comparePath, context: context)
    }

    /// Loads one session of a log, turning loader errors into command failures.
    static func loadLog(_ path: String, session: String?) throws -> KeystrokeLog {
        do {
            return try KeystrokeLog.load(contentsOf: URL(fileURLWithPath: path), session: session)
        } catch let error as KeystrokeAnalysisError {
            throw CommandError.failure(error.description)
        }
    }

    /// Reads the final text an editor saved, which may be empty, so the
    /// essay checks of `TextFile.read` do not apply.
    static func readRecordedText(_ path: String) throws -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandError.failure("cannot read \(path): no such file; check the --compare path")
        }
        guard !isDirectory.boolValue else {
            throw CommandError.failure("cannot read \(path): is a folder; name the saved text file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandError.failure(
                "cannot read \(path): the file exists but is unreadable; check its permissions")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CommandError.failure(
                "cannot read \(path): not valid UTF-8; save the text as UTF-8 "
                    + "(for example with `iconv -f latin1 -t utf-8`)")
        }
        return text
    }

    private static func compare(_ text: String, with path: String, context: CommandContext) throws
        -> ExitCode
    {
        let recorded = try readRecordedText(path)
        let comparison = FinalTextComparison(rebuilt: text, recorded: recorded)
        switch comparison {
        case .identical:
            context.errors.write("plume replay: identical to \(path)\n")
        case .sameAfterLineEndings:
            context.errors.write("plume replay: identical to \(path) once CR LF is read as LF\n")
        case .sameAfterTrailingWhitespace:
            context.errors.write(
                "plume replay: identical to \(path) once line endings and final white space "
                    + "are ignored\n")
        case .different(let offset):
            context.errors.write(
                "plume replay: differs from \(path) from UTF-16 offset \(offset)\n")
            return .failure
        }
        return .success
    }
}
