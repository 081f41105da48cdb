import Foundation
import Plume

/// What a command reads and writes, injected so tests can run commands
/// in memory.
public final class CommandContext {
    /// Program output (reports, JSON, CSV).
    public let output: any OutputChannel
    /// Diagnostics, warnings and progress.
    public let errors: any OutputChannel
    /// Environment variables.
    public let environment: [String: String]
    /// Reads one line of standard input without its line break; nil at the end.
    public let readLine: () -> String?
    /// Reads all of standard input as bytes, throwing once it exceeds the
    /// given number of bytes; for commands that take a whole text on stdin.
    public let readInput: (Int) throws -> Data
    /// Whether standard input is a terminal where a person types, so that
    /// the REPL may prompt and edit lines; false when `readLine` reads a
    /// pipe, a file or test input.
    public let inputIsTerminal: Bool

    /// Creates a context.
    public init(
        output: any OutputChannel, errors: any OutputChannel,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        readLine: @escaping () -> String? = { Swift.readLine(strippingNewline: true) },
        readInput: @escaping (Int) throws -> Data = { limit in
            try TextFile.readBounded(
                FileHandle.standardInput, path: "<stdin>", byteLimit: limit)
        },
        inputIsTerminal: Bool = false
    ) {
        self.output = output
        self.errors = errors
        self.environment = environment
        self.readLine = readLine
        self.readInput = readInput
        self.inputIsTerminal = inputIsTerminal
    }

    /// Whether coloured output suits `channel`: a terminal, and the user did
    /// not set NO_COLOR (https://no-color.org).
    public func usesColor(_ channel: any OutputChannel) -> Bool {
        channel.isTerminal && environment["NO_COLOR"] == nil
    }

    /// Writes a warning line to `errors`.
    public func warn(_ message: String) {
        errors.write("plume: warning: \(message)\n")
        errors.flush()
    }
}

/// A subcommand of `plume`.
public protocol Command {
    /// Name typed after `plume`.
    static var name: String { get }
    /// One line for the command list.
    static var summary: String { get }
    /// Usage line without the program name (`analyze FILE [options]`).
    static var usage: String { get }
    /// Longer help shown by `plume help COMMAND`; may be empty.
    static var discussion: String { get }
    /// Options the command accepts.
    static var options: [OptionSpec] { get }

    /// Runs the command.
    /// - Throws: `CommandError` for usage errors and failures.
    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode
}

extension Command {
    public static var discussion: String { "" }

    /// The help text of the command.
    public static var help: String {
        var text = "Usage: plume \(usage)\n\n\(summary)\n"
        if !discussion.isEmpty {
            text += "\n\(discussion)\n"
        }
        let all = options + [OptionSpec.flag("help", "Show this help.")]
        text += "\nOptions:\n"
        for option in all {
            let head = "--\(option.name)" + (option.valueName.map { " \($0)" } ?? "")
            let padding = String(repeating: " ", count: max(2, 26 - head.count))
            text += "  \(head)\(padding)\(option.help)\n"
        }
        return text
    }
}
