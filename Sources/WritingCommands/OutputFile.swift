import Foundation

/// Writes command output to a file or to standard output.
enum OutputFile {
    /// Writes `text` to `path`, or to `context.output` when `path` is nil.
    /// - Throws: `CommandError.failure` naming the file when it cannot be written.
    static func write(_ text: String, to path: String?, context: CommandContext) throws {
        guard let path else {
            context.output.write(text)
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CommandError.failure(
                "\(path): cannot be written (\(error.localizedDescription)); check the folder exists and is writable"
            )
        }
    }
}
