import Foundation
import Plume
import WritingModel

/// The teacher's REPL: loaded essays, the current selection, and the loop
/// that reads and runs commands.
///
/// Output goes to `context.output` and errors to `context.errors`. A
/// command that fails prints a French error and the session goes on; in a
/// script the error names the line.
final class ReplSession {
    let context: CommandContext
    let input: any LineInput
    /// Whether output may carry ANSI colours.
    let usesColor: Bool
    /// Columns available for side-by-side output.
    let width: Int
    private let makeAnalyzer: () throws -> Analyzer
    private var loadedAnalyzer: Analyzer?
    /// Loaded essays, sorted by name.
    var essays: [ReplEssay] = []
    /// Names of the selected essays; nil selects every essay.
    var selection: Set<String>?
    private(set) var errorCount = 0
    private var lineNumber = 0
    private var isFinished = false

    /// Creates a session.
    /// - Parameter makeAnalyzer: Loads the analyser the first time an essay
    ///   must be analysed; loading a result store does not need it.
    init(
        context: CommandContext, input: any LineInput, width: Int,
        makeAnalyzer: @escaping () throws -> Analyzer
    ) {
        self.context = context
        self.input = input
        self.width = width
        self.makeAnalyzer = makeAnalyzer
        usesColor = input.isInteractive && context.usesColor(context.output)
    }

    /// The analyser, loaded on first use.
    var analyzer: Analyzer {
        get throws {
            if let loadedAnalyzer { return loadedAnalyzer }
            let analyzer = try makeAnalyzer()
            loadedAnalyzer = analyzer
            return analyzer
        }
    }

    /// The selected essays, sorted by name.
    var selectedEssays: [ReplEssay] {
        guard let selection else { return essays }
        return essays.filter { selection.contains($0.name) }
    }

    /// Runs `firstLines`, then reads and runs commands until `quitte` or the
    /// end of the input.
    /// - Returns: `.failure` when a command of a script failed.
    func run(firstLines: [String] = []) -> ExitCode {
        defer { input.close() }
        if input.isInteractive {
            write("Plume — copies d’élèves. Tapez «\u{00A0}aide\u{00A0}» pour la liste des commandes.\n")
            context.output.flush()
        }
        for line in firstLines {
            execute(line)
        }
        context.output.flush()
        context.errors.flush()
        while !isFinished, let line = input.readLine(prompt: prompt) {
            lineNumber += 1
            execute(line)
            context.output.flush()
            context.errors.flush()
        }
        if input.isInteractive && !isFinished {
            write("\n")
        }
        return !input.isInteractive && errorCount > 0 ? .failure : .success
    }

    /// Runs one command line; a failure is reported, never thrown.
    func execute(_ line: String) {
        // A line starting with # is a comment, whatever quotes it holds.
        if line.drop(while: \.isWhitespace).hasPrefix("#") { return }
        do {
            let words = try ReplLineSplitter.split(line)
            guard let name = words.first else { return }
            guard let command = ReplCommands.find(name) else {
                throw ReplError(ReplCommands.unknownCommandMessage(name))
            }
            try command.run(self, Array(words.dropFirst()))
        } catch let error as ReplError {
            report(error.message)
        } catch {
            report("Erreur inattendue\u{00A0}: \(error).")
        }
    }

    /// Ends the loop after the current command.
    func finish() {
        isFinished = true
    }

    /// Writes program output.
    func write(_ text: String) {
        context.output.write(text)
    }

    private func report(_ message: String) {
        errorCount += 1
        // Line 0 is the start-up, before any script line: files given on the command line.
        let place = input.isInteractive || lineNumber == 0 ? "" : "ligne \(lineNumber)\u{00A0}: "
        context.errors.write("\(place)erreur\u{00A0}: \(message)\n")
    }

    private var prompt: String {
        guard let selection else { return "plume> " }
        return "plume (\(selection.count)/\(essays.count))> "
    }
}
