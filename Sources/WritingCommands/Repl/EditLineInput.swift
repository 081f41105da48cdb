internal import CEditLine
import Foundation

/// Lines typed at a terminal, with libedit's line editing, history and tab
/// completion.
///
/// libedit drops non-ASCII input unless the character type locale is UTF-8,
/// so the initializer sets `LC_CTYPE` from the environment and falls back
/// to `C.UTF-8`. Only `LC_CTYPE` changes, so number formatting stays in the
/// C locale.
final class EditLineInput: LineInput {
    /// Returns the completions of the word being typed, given the line up to
    /// that word; nil lets libedit complete file names instead.
    typealias Completer = (_ lineBeforeWord: String, _ word: String) -> [String]?

    private let historyPath: String?

    /// Prepares libedit.
    /// - Parameters:
    ///   - historyPath: File the history is read from and saved to; nil
    ///     keeps it for the session only.
    ///   - completer: Completions for the word under the cursor.
    init(historyPath: String?, completer: @escaping Completer) {
        self.historyPath = historyPath
        Self.useUTF8CharacterLocale()
        EditLineCompletion.completer = completer
        plume_editline_set_name(strdup("plume"))
        plume_editline_set_completion { text, start, _ in
            EditLineCompletion.matches(text: text, start: Int(start))
        }
        using_history()
        stifle_history(1000)
        if let historyPath {
            read_history(historyPath)
        }
    }

    /// Saves the history and drops the completer, which refers to the session.
    func close() {
        EditLineCompletion.completer = nil
        if let historyPath {
            try? FileManager.default.createDirectory(
                atPath: (historyPath as NSString).deletingLastPathComponent,
                withIntermediateDirectories: true)
            write_history(historyPath)
        }
    }

    var isInteractive: Bool { true }

    func readLine(prompt: String) -> String? {
        guard let line = readline(prompt) else { return nil }
        defer { free(line) }
        let text = String(cString: line)
        if !text.trimmingCharacters(in: .whitespaces).isEmpty {
            add_history(line)
        }
        return text
    }

    private static func useUTF8CharacterLocale() {
        setlocale(LC_CTYPE, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        if codeset.uppercased().replacingOccurrences(of: "-", with: "") != "UTF8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }
}

/// State of libedit's completion callbacks, which are C functions and so
/// cannot capture context. libedit calls them on the thread that called
/// `readline`, one completion at a time.
private enum EditLineCompletion {
    nonisolated(unsafe) static var completer: EditLineInput.Completer?
    nonisolated(unsafe) static var candidates: [String] = []
    nonisolated(unsafe) static var nextIndex = 0

    static func matches(text: UnsafePointer<CChar>?, start: Int)
        -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
    {
        guard let text, let lineBuffer = plume_editline_line_buffer(), let completer else {
            return nil
        }
        let lineBytes = Array(String(cString: lineBuffer).utf8)
        let before = String(decoding: lineBytes.prefix(start), as: UTF8.self)
        let word = String(cString: text)
        guard let found = completer(before, word) else { return nil }
        plume_editline_end_completion()
        candidates = found.filter { $0.hasPrefix(word) }.sorted()
        nextIndex = 0
        return rl_completion_matches(text) { _, _ in
            guard EditLineCompletion.nextIndex < EditLineCompletion.candidates.count else {
                return nil
            }
            let candidate = EditLineCompletion.candidates[EditLineCompletion.nextIndex]
            EditLineCompletion.nextIndex += 1
            return strdup(candidate)
        }
    }
}
