import Foundation
import KeystrokeAnalysis
import Synchronization
import WritingModel

/// One change an editor made: `length` UTF-16 code units at `offset`
/// replaced by `text`. An insertion has `length` 0; a deletion has empty `text`.
public struct TextEdit: Sendable, Hashable, Codable {
    /// Start of the replaced range, in UTF-16 code units.
    public var offset: Int
    /// Length of the replaced range, in UTF-16 code units.
    public var length: Int
    /// The text put in its place.
    public var text: String
    /// Milliseconds since the session started on the editor's clock; nil
    /// takes the time from the session's own clock when the edit arrives.
    public var time: Int?

    /// Creates an edit.
    public init(offset: Int, length: Int, text: String, time: Int? = nil) {
        self.offset = offset
        self.length = length
        self.text = text
        self.time = time
    }
}

/// The findings of one sentence, analysed because an edit completed or
/// changed it; offsets count from the start of the whole text.
public struct SentenceFeedback: Sendable, Hashable, Codable {
    /// Start of the sentence, in UTF-16 code units.
    public var offset: Int
    /// Length of the sentence, in UTF-16 code units.
    public var length: Int
    /// Findings inside the sentence, in LanguageTool's match shape.
    public var matches: [Finding]
}

/// What an edit produced.
public struct EditingUpdate: Sendable, Codable {
    /// Length of the text after the edit, in UTF-16 code units, so that a
    /// client can check that it holds the same text.
    public var textLength: Int
    /// Sentences analysed because of the edit, often none while a word is typed.
    public var sentences: [SentenceFeedback]
}

/// A live editing session for one writer, for servers: edits in, feedback
/// on finished sentences out, and the full six-criterion report on request.
///
/// Edits are replayed as keystroke events by `WritingSession`, so fluence
/// and révision are measured as the writer works, and a sentence is
/// analysed when the writer finishes or leaves it, through a
/// `SentenceFeedbackService` whose cache several sessions may share. The
/// session is safe to call from several threads: calls run one at a time.
public final class EditingSession: Sendable {
    private struct State {
        var session: WritingSession
    }

    private let state: Mutex<State>
    private let analyzer: Analyzer
    private let feedback: SentenceFeedbackService
    private let start = ContinuousClock.now
    /// The assignment text, for relevance measures in `report()`.
    public let prompt: String?

    /// Opens a session on `initialText`.
    /// - Parameters:
    ///   - feedback: The sentence analyser; pass one shared by every session
    ///     of a server so that sentences seen before cost nothing.
    ///   - throttle: Minimum time between two feedback batches, in ms.
    ///   - byteLimit: Largest text the session keeps, in UTF-8 bytes. An edit
    ///     or event that would make the text longer is rejected and changes
    ///     nothing, so a server's memory per session stays bounded even when
    ///     every request is small. Nil for no limit.
    public init(
        analyzer: Analyzer, initialText: String = "", prompt: String? = nil,
        feedback: SentenceFeedbackService? = nil, throttle: Int = 0, byteLimit: Int? = nil
    ) {
        self.analyzer = analyzer
        self.feedback = feedback ?? SentenceFeedbackService(analyzer: analyzer)
        self.prompt = prompt
        let session = WritingSession(
            analyzer: analyzer, levels: analyzer.processLevels, initialText: initialText,
            sessionStart: 0, throttle: throttle, byteLimit: byteLimit)
        state = Mutex(State(session: session))
    }

    /// The current text.
    public var text: String {
        state.withLock { $0.session.text.string }
    }

    /// Applies `edit` and analyses the sentences it makes due.
    /// - Throws: `KeystrokeAnalysisError.invalidEvent` when the range does
    ///   not fit the text or the time goes backwards, `.textTooLarge` when
    ///   the text would grow past `byteLimit`; the session is unchanged.
    /// - Complexity: O(sentence length) per due sentence, plus one spelling
    ///   search per word no sentence used before.
    public func apply(_ edit: TextEdit) throws -> EditingUpdate {
        guard edit.offset >= 0, edit.length >= 0 else {
            throw PlumeError.invalidEdit(offset: edit.offset, length: edit.length)
        }
        let event = KeystrokeEvent(
            time: edit.time ?? elapsedMilliseconds, action: Self.action(for: edit))
        return try apply(event)
    }

    /// Applies a keystroke event, for editors that record keys, cursor moves
    /// and focus changes rather than text edits.
    public func apply(_ event: KeystrokeEvent) throws -> EditingUpdate {
        let (due, length) = try state.withLock { state in
            let (_, due) = try state.session.apply(event)
            return (due, state.session.text.count)
        }
        return EditingUpdate(textLength: length, sentences: try analyze(due))
    }

    /// Analyses every sentence changed since the last feedback, at once.
    public func flush() throws -> [SentenceFeedback] {
        try analyze(state.withLock { $0.session.flushDue() })
    }

    /// The six-criterion report of the current text and the writing so far.
    /// - Complexity: O(n) in the length of the text.
    public func report() throws -> AnalysisReport {
        let (text, measures) = state.withLock { state in
            (state.session.text.string, state.session.tracker.measures)
        }
        let process = ProcessAnalysis.reports(for: measures, levels: analyzer.processLevels)
        return try analyzer.analyze(
            text, prompt: prompt,
            processReports: ProcessReports(
                fluence: process.fluence, revision: process.revision, findings: process.findings))
    }

    private func analyze(_ due: [WritingSession.DueSentence]) throws -> [SentenceFeedback] {
        try due.map { sentence in
            let result = try feedback.feedback(for: sentence)
            return SentenceFeedback(
                offset: result.span.start, length: result.span.length, matches: result.findings)
        }
    }

    private var elapsedMilliseconds: Int {
        let elapsed = (ContinuousClock.now - start).components
        return Int(elapsed.seconds * 1000 + elapsed.attoseconds / 1_000_000_000_000_000)
    }

    /// The keystroke action an edit stands for. A one-unit deletion is taken
    /// as Backspace, the most common case, since an edit does not say which
    /// key removed the text.
    static func action(for edit: TextEdit) -> KeystrokeAction {
        let span = TextSpan(start: edit.offset, end: edit.offset + edit.length)
        switch (edit.length, edit.text.isEmpty) {
        case (0, _): return .insert(at: edit.offset, text: edit.text)
        case (1, true): return .delete(span, direction: .backward, expected: nil)
        case (_, true): return .delete(span, direction: .selection, expected: nil)
        default: return .replace(span, text: edit.text, expected: nil)
        }
    }
}
