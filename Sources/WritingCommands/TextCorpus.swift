import Foundation
import Plume

/// A folder of texts for the corpus commands: its `.txt` files (not those
/// of subfolders), sorted by name.
struct TextCorpus {
    /// The folder as given.
    let path: String
    /// The text files, sorted by name.
    let files: [URL]

    /// Lists the text files of `path`.
    /// - Throws: `CommandError.failure` when the folder is missing, is a
    ///   file, or contains no `.txt` file.
    init(path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandError.failure("\(path): folder not found; check the path")
        }
        guard isDirectory.boolValue else {
            throw CommandError.failure(
                "\(path): is a file; pass a folder of .txt files (use `plume analyze` for one text)"
            )
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        let folder = URL(fileURLWithPath: path)
        files = names.filter { $0.hasSuffix(".txt") }.sorted().map {
            folder.appendingPathComponent($0)
        }
        guard !files.isEmpty else {
            throw CommandError.failure("\(path): no .txt file in this folder; nothing to read")
        }
        self.path = path
    }

    /// The folder's last path component, for provenance lines.
    var name: String { URL(fileURLWithPath: path).standardizedFileURL.lastPathComponent }

    /// Reads one file, turning a read error into a warning and nil so one
    /// bad file does not stop a corpus run.
    static func read(_ file: URL, context: CommandContext) -> String? {
        do {
            return try TextFile.read(file.path)
        } catch {
            context.warn("skipping \(file.lastPathComponent): \(error)")
            return nil
        }
    }

    /// Writes `[n/total] name` over the previous progress line, only when
    /// the error stream is a terminal.
    static func progress(_ number: Int, of total: Int, _ file: URL, context: CommandContext) {
        guard context.errors.isTerminal else { return }
        context.errors.write("\r\u{1B}[K[\(number)/\(total)] \(file.lastPathComponent)")
        if number == total {
            context.errors.write("\r\u{1B}[K")
        }
        context.errors.flush()
    }
}
