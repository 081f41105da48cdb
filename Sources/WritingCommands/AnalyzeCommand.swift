import Foundation
import Plume
import Reporting
import WritingModel

/// `plume analyze`: the six-criterion report of one essay.
enum AnalyzeCommand: Command {
    static let name = "analyze"
    static let summary = "Analyse one French text on the six criteria."
    static let usage = "analyze FILE [--prompt FILE] [--keystrokes LOG] [--format text|json]"
    static let discussion = """
        Prints a French report by default (findings underlined in context on a
        terminal) or Plume's versioned JSON with --format json. JSON offsets
        and lengths count UTF-16 code units. FILE may be - for standard input.
        """
    static let formats = ["text", "json"]

    static var options: [OptionSpec] {
        [
            .value("prompt", "FILE", "Assignment text, for relevance to the subject."),
            .value("format", "FORMAT", "Output format: text (default) or json."),
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
        let prompt = try arguments.value("prompt").map { try readInput($0, limit: limit) }
        let analyzer = try AnalyzerOptions.makeAnalyzer(arguments, context: context)
        let report = try analyzer.analyze(text, prompt: prompt)
        switch format {
        case "json":
            context.output.write(try JSONReportRenderer.render(report) + "\n")
        default:
            let renderer = TextReportRenderer(useColor: context.usesColor(context.output))
            var output = OutputChannelStream(channel: context.output)
            renderer.render(
                report, text: text, title: URL(fileURLWithPath: path).lastPathComponent,
                to: &output)
        }
        return .success
    }

    static func readText(_ path: String, limit: Int, context: CommandContext) throws -> String {
        if path == "-" {
            var lines: [String] = []
            while let line = context.readLine() {
                lines.append(line)
            }
            do {
                return try TextFile.decode(
                    Data(lines.joined(separator: "\n").utf8), path: "<stdin>", byteLimit: limit)
            } catch let error as PlumeError {
                throw CommandError.failure(error.description)
            }
        }
        return try readInput(path, limit: limit)
    }

    static func readInput(_ path: String, limit: Int) throws -> String {
        do {
            return try TextFile.read(path, byteLimit: limit)
        } catch let error as PlumeError {
            throw CommandError.failure(error.description)
        }
    }
}
