/// The `plume` command-line tool: dispatches to subcommands.
public enum PlumeTool {
    /// Version printed by `plume --version`.
    public static let version = "0.1.0"

    /// Every subcommand, in the order `plume help` lists them.
    public static var commands: [any Command.Type] {
        [
            AnalyzeCommand.self,
            ReplayCommand.self,
            StreamCommand.self,
            CalibrateCommand.self,
            DocumentFrequenciesCommand.self,
            TrainTaggerCommand.self,
            EvalTaggerCommand.self,
            EvalErrorsCommand.self,
            ScoreCommand.self,
            ReplCommand.self,
            ServeCommand.self,
        ]
    }

    /// Runs the tool with `arguments` (without the program name) and returns
    /// the exit status. Errors are printed to `context.errors`.
    public static func run(_ arguments: [String], context: CommandContext) -> ExitCode {
        let status = dispatch(arguments, context: context)
        context.output.flush()
        defer { context.errors.flush() }
        if case .error(let reason)? = context.output.writeFailure {
            context.errors.write("plume: error: cannot write the output: \(reason)\n")
            return .failure
        }
        return status
    }

    static func dispatch(_ arguments: [String], context: CommandContext) -> ExitCode {
        guard let first = arguments.first, first != "help" || arguments.count > 1 else {
            context.output.write(overview)
            return .success
        }
        if first == "--help" || first == "-h" {
            context.output.write(overview)
            return .success
        }
        if first == "--version" {
            context.output.write("plume \(version)\n")
            return .success
        }
        if first == "help" {
            return help(for: arguments[1], context: context)
        }
        guard let command = commands.first(where: { $0.name == first }) else {
            var message = "unknown command '\(first)'"
            if let hint = EditDistance.closest(to: first, in: commands.map { $0.name }) {
                message += "; did you mean '\(hint)'?"
            }
            context.errors.write("plume: error: \(message)\nSee 'plume --help'.\n")
            return .usage
        }
        return run(command, Array(arguments.dropFirst()), context: context)
    }

    static func run(_ command: any Command.Type, _ arguments: [String], context: CommandContext)
        -> ExitCode
    {
        do {
            let parsed = try ArgumentParser.parse(arguments, options: command.options)
            if parsed.flag("help") {
                context.output.write(command.help)
                return .success
            }
            return try command.run(parsed, context: context)
        } catch let error as CommandError {
            context.errors.write("plume \(command.name): error: \(error.description)\n")
            if case .usage = error {
                context.errors.write(
                    "Usage: plume \(command.usage)\nSee 'plume \(command.name) --help'.\n")
            }
            return error.exitCode
        } catch {
            context.errors.write("plume \(command.name): error: \(error)\n")
            return .failure
        }
    }

    static func help(for name: String, context: CommandContext) -> ExitCode {
        guard let command = commands.first(where: { $0.name == name }) else {
            context.errors.write("plume: error: unknown command '\(name)'\n")
            return .usage
        }
        context.output.write(command.help)
        return .success
    }

    static var overview: String {
        var text = """
            Plume: feedback on French writing, for students and teachers.

            Usage: plume COMMAND [options]

            Commands:

            """
        for command in commands {
            let padding = String(repeating: " ", count: max(2, 16 - command.name.count))
            text += "  \(command.name)\(padding)\(command.summary)\n"
        }
        text += "\nSee 'plume help COMMAND' for a command's options.\n"
        return text
    }
}
