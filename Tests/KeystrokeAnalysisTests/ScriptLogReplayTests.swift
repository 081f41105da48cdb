import Foundation
import KeystrokeAnalysis
import Testing
import _TestSupport

/// Replays every real ScriptLog session and checks the rebuilt text against
/// the final text the session was saved with.
@Suite struct ScriptLogReplayTests {
    static let logs: [KeystrokeLog] = {
        let text = Fixtures.corpusText("keystrokes/scriptlog/events.tsv")
        do {
            return try KeystrokeLog.parseAll(text, source: "events.tsv")
        } catch {
            fatalError("events.tsv failed to load: \(error)")
        }
    }()

    static func finalText(_ session: String) -> String {
        Fixtures.corpusText("keystrokes/scriptlog/final_texts/\(session).txt")
    }

    @Test func readerFindsAllSessions() {
        #expect(Self.logs.count == 18)
        #expect(Self.logs.map(\.events.count).reduce(0, +) > 49_000)
        #expect(Self.logs.allSatisfy { $0.format == .scriptLogTSV })
    }

    @Test func initialTextComesFromInsertRow() throws {
        let log = try #require(Self.logs.first { $0.sessionID == "A1_2022RI1_il_2" })
        #expect(log.initialText.utf16.count == 332)
        #expect(log.initialText.hasPrefix("Die Sprache"))
    }

    /// 16 sessions rebuild their final text up to line endings (the logger
    /// records Enter as LF, the THEcorpus files use CR LF). In the other two
    /// the writer's last key was a space or Enter that the saved text lacks.
    @Test(arguments: logs.map(\.sessionID))
    func replayRebuildsFinalText(session: String) throws {
        let log = try #require(Self.logs.first { $0.sessionID == session })
        let replay = LogReplay(log)
        let comparison = FinalTextComparison(
            rebuilt: replay.text, recorded: Self.finalText(session))
        #expect(replay.repairs.isEmpty, "\(replay.repairs.prefix(3))")
        if ["A2_2022RI2_il_1", "V_P"].contains(session) {
            #expect(comparison == .sameAfterTrailingWhitespace)
        } else {
            #expect(comparison == .identical || comparison == .sameAfterLineEndings)
        }
    }
}
