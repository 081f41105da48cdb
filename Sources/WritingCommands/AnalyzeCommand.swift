import Foundation
import KeystrokeAnalysis
import Plume
import Reporting
import WritingModel

/// `plume analyze`: the six-criterion report of one essay.
enum AnalyzeCommand: Command {
    static let name = "analyze"
    static let summary = "Analyse one French text on the six criteria."
    static let usage = "analyze FILE [--prompt FILE] [--keystrokes LOG] [--format text|json|conllu]"
    static let discussion = """
        Prints a French report by default (findings underlined in context on a
        terminal) or Plume's versioned JSON with --format json. JSON offsets
        and lengths count UTF-16 code units. FILE may be - for standard input.
        With --keystrokes, fluence and révision are measured from the log that
        produced the text (Plume JSON lines, Kaggle CSV or ScriptLog TSV; see
        docs/keystroke-events.md); without it they are reported as not measured.
        --format conllu prints the tagger's analysis instead of the report: one
        CoNLL-U block per sentence with parts of speech, lemmas and features.
        """
    static let formats = ["text", "json", "conllu"]

    static var options: [OptionSpec] {
        [
            .value("prompt", "FILE", "Assignment text, for relevance to the subject."),
            .value("keystrokes", "LOG", "Keystroke log of the writing session that produced FILE."),
            .value("session", "ID", "Session to read when LOG holds several (TSV and CSV logs)."),
            .value("format", "FORMAT", "Output format: text (default), json or conllu."),
            .flag("measures", "In the text report, also list every measure of each criterion."),
            .value(
                "max-bytes", "N",
                "Largest text accepted, in bytes (default \(TextFile.defaultByteLimit))."),
        ] + AnalyzerOptions.specs
    }

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
        guard arguments.positionals.count == 1 else {
            throw CommandError.usage(
                arguments.positionals.isEmpty
                    ? "missing FILE to analyse" : "expected one FILE, got \(arguments.positionals.count)")
        }
        let format = try arguments.choice("format", in: formats) ?? "text"
        let limit =
            try arguments.integer("max-bytes", in: 1...Int(Int32.max)) ?? TextFile.defaultByteLimit
        let path = arguments.positionals[0]
        let text = try readText(path, limit: limit, context: context)
        let prompt = try arguments.value("prompt").map { promptPath in
            guard promptPath != "-" || path != "-" else {
                throw CommandError.usage("FILE and --prompt cannot both read standard input")
            }
            do {
                return try readText(promptPath, limit: limit, context: context)
            } catch let error as CommandError {
                throw CommandError.failure("prompt: \(error.description)")
            }
        }
        let log = try arguments.value("keystrokes").map {
            try loadLog($0, session: arguments.value("session"))
        }
        let analyzer = try AnalyzerOptions.makeAnalyzer(arguments, context: context)
        if format == "conllu" {
            context.output.write(try analyzer.conllu(for: text))
            return .success
        }
        var report = try analyzer.analyze(text, prompt: prompt)
        if let log, let path = arguments.value("keystrokes") {
            let process = analyzer.processAnalysis(of: log, finalText: text)
            warnAboutReplay(process, path: path, context: context)
            report = try analyzer.analyze(text, prompt: prompt, process: process)
        }
        switch format {
        case "json":
            context.output.write(try JSONReportRenderer.render(report) + "\n")
        default:
            let renderer = TextReportRenderer(
                useColor: context.usesColor(context.output),
                showsMeasures: arguments.flag("measures"))
            var output = OutputChannelStream(channel: context.output)
            renderer.render(
                report, text: text, title: URL(fileURLWithPath: path).lastPathComponent,
                to: &output)
        }
        return .success
    }

    /// Reads FILE, or standard input for `-`, with the same checks.
    static func readText(_ path: String, limit: Int, context: CommandContext) throws -> String {
        do {
            guard path == "-" else {
                return try TextFile.read(path, byteLimit: limit)
            }
            let data = try context.readInput(limit)
            return try TextFile.decode(data, path: "<stdin>", byteLimit: limit)
        } catch let error as PlumeError {
            throw CommandError.failure(error.description)
        }
    }

    /// Reports each repair an inconsistent log needed (at most ten, then a
    /// count) and a rebuilt text that differs from FILE.
    static func warnAboutReplay(_ process: ProcessAnalysis, path: String, context: CommandContext) {
        for repair in process.repairs.prefix(10) {
            context.warn("\(path): \(repair); the replay repaired it and went on")
        }
        if process.repairs.count > 10 {
            context.warn("\(path): \(process.repairs.count - 10) more repairs not shown")
        }
        if case .different(let offset)? = process.comparison {
            context.warn(
                "\(path): the replayed text differs from the analysed file from UTF-16 offset "
                    + "\(offset); check that the log belongs to this text")
        }
    }

    static func loadLog(_ path: String, session: String?) throws -> KeystrokeLog {
        do {
            return try KeystrokeLog.load(contentsOf: URL(fileURLWithPath: path), session: session)
        } catch let error as KeystrokeAnalysisError {
            throw CommandError.failure(error.description)
        }
    }
}
