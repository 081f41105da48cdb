/// One REPL command: its French name, English aliases and French help.
struct ReplCommandSpec: Sendable {
    /// French name, as listed by `aide`.
    var name: String
    /// English name, the same as `name` when French and English agree.
    var english: String
    /// Other names accepted.
    var aliases: [String]
    /// Arguments, as shown in help (`CHEMIN...`).
    var arguments: String
    /// One French sentence for the command list.
    var summary: String
    /// Longer French help for `aide COMMANDE`; may be empty.
    var details: String
    /// Runs the command with its arguments.
    var run: @Sendable (ReplSession, [String]) throws -> Void

    /// Every name the command answers to.
    var names: [String] { (english == name ? [name] : [name, english]) + aliases }

    /// The usage line: name and arguments.
    var usage: String { arguments.isEmpty ? name : "\(name) \(arguments)" }
}
