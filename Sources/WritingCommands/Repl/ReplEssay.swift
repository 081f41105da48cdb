import KeystrokeAnalysis
import WritingModel

/// An essay loaded in the REPL, with its analysis.
struct ReplEssay {
    /// Short unique name the teacher types: the file name without extension.
    var name: String
    /// Where it came from: a file path, or the source recorded in a result store.
    var source: String
    /// The essay's text.
    var text: String
    /// SHA-256 of the text.
    var essayID: String
    /// The six-criterion analysis.
    var report: AnalysisReport
    /// The keystroke log the essay was written with, when it was loaded from one.
    var keystrokes: KeystrokeLog? = nil
}

/// A REPL command that could not run. `message` is one French sentence for
/// the teacher, saying what went wrong and what to do.
struct ReplError: Error {
    let message: String

    init(_ message: String) {
        self.message = message
    }
}
