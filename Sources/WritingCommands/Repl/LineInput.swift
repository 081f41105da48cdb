/// Where the REPL reads its command lines from.
protocol LineInput: AnyObject {
    /// Whether a person types at a terminal: prompts, history and completion
    /// are then shown, and errors do not carry line numbers.
    var isInteractive: Bool { get }
    /// Reads one line without its line break, showing `prompt` when
    /// interactive; nil at the end of the input.
    func readLine(prompt: String) -> String?
    /// Saves what must outlive the session, such as the history.
    func close()
}

/// Lines from a script or a pipe, without prompts.
final class ScriptLineInput: LineInput {
    private let next: () -> String?

    /// Creates an input that reads lines with `next`.
    init(next: @escaping () -> String?) {
        self.next = next
    }

    var isInteractive: Bool { false }

    func readLine(prompt: String) -> String? {
        next()
    }

    func close() {}
}
