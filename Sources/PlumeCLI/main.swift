import WritingCommands

#if canImport(Glibc)
    import Glibc
#endif

Platform.ignoreBrokenPipes()
let context = CommandContext(
    output: FileOutputChannel.standardOutput, errors: FileOutputChannel.standardError,
    inputIsTerminal: Platform.isTerminal(0))
let status = PlumeTool.run(Array(CommandLine.arguments.dropFirst()), context: context)
exit(status.rawValue)
