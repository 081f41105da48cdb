import Foundation

/// `plume repl`: the teacher's interactive session, in French.
enum ReplCommand: Command {
    static let name = "repl"
    static let summary = "Inspect essays interactively, in French (for teachers and researchers)."
    static let usage = "repl [PATHS...] [--history FILE]"
    static let discussion = """
        Loads the PATHS given (essay files, folders, or .jsonl/.sqlite results
        from `plume score`) and reads commands: charger, liste, montre, compare,
        stats, cherche, filtre, tout, rejoue, exporte, aide, quitte (English
        aliases: load, list, show, search, filter, all, replay, export, help,
        quit). On a terminal it offers line editing, history and tab
        completion; with standard input from a file or a pipe
        (`plume repl < commands.txt`) it runs the commands without prompts or
        colours, reports errors with their line number on standard error, and
        exits with status 1 if a command failed.
        """

    static var options: [OptionSpec] {
        [
            .value(
                "history", "FILE",
                "History file on a terminal (default: $PLUME_HISTORY or ~/.plume_history; "
                    + "an empty value keeps no history)."),
            .value("width", "N", "Columns for side-by-side output (default: the terminal's, or 100)."),
        ] + AnalyzerOptions.specs
    }

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
        let width = try arguments.integer("width", in: 40...1000) ?? terminalWidth(context)
        var session: ReplSession?
        let input: any LineInput
        if context.inputIsTerminal {
            input = EditLineInput(historyPath: historyPath(arguments, context)) { before, word in
                session?.completions(lineBeforeWord: before, word: word)
            }
        } else {
            input = ScriptLineInput(next: context.readLine)
        }
        let repl = ReplSession(context: context, input: input, width: width) {
            try AnalyzerOptions.makeAnalyzer(arguments, context: context)
        }
        session = repl
        let load = ReplLineSplitter.join(["charger"] + arguments.positionals)
        return repl.run(firstLines: arguments.positionals.isEmpty ? [] : [load])
    }

    static func historyPath(_ arguments: ParsedArguments, _ context: CommandContext) -> String? {
        let path =
            arguments.value("history") ?? context.environment["PLUME_HISTORY"]
            ?? context.environment["HOME"].map { "\($0)/.plume_history" }
        return path?.isEmpty == false ? path : nil
    }

    /// The terminal's width from `COLUMNS`, or 100 for scripts so that
    /// their output does not depend on the terminal that ran them.
    static func terminalWidth(_ context: CommandContext) -> Int {
        guard context.inputIsTerminal, let columns = context.environment["COLUMNS"].flatMap(Int.init)
        else { return 100 }
        return max(40, columns)
    }
}
