import Foundation
import KeystrokeAnalysis
import Testing

/// Checks every measure of a 24-event session against values worked out by
/// hand; the comments give the arithmetic.
///
/// The session types « Le cj », deletes « j » (Backspace at the leading edge),
/// types « hat. », pauses 3.1 s, types « Il », clicks 2.6 s later before
/// « chat », pastes « gros » there, deletes it again (inside the text),
/// selects and deletes « Il » (leading edge), pauses 3 s, types « En »,
/// undoes « n », leaves the window for 4 s and ends with « t. ».
/// Final text « Le chat. Et. » (12 characters, 3 words).
@Suite struct ProcessMeasuresTests {
    static func fixture(_ name: String) throws -> URL {
        try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
    }

    let measures: ProcessMeasures
    let finalText: String

    init() throws {
        let log = try KeystrokeLog.load(contentsOf: Self.fixture("short-session.jsonl"))
        var tracker = ProcessTracker(initialText: log.initialText, sessionStart: log.sessionStart)
        for event in log.events { try tracker.apply(event) }
        measures = tracker.measures
        finalText = tracker.replayer.text.string
    }

    @Test func replayGivesFinalText() {
        #expect(finalText == "Le chat. Et.")
        #expect(measures.finalCharacters == 12)
        #expect(measures.finalWords == 3)
    }

    @Test func timesFollowInputlogDefinitions() {
        // Session starts at 0; the last event is at 21,200 ms.
        #expect(measures.totalTime == 21_200)
        // Pauses 3,100 + 2,600 + 3,000 + 4,900 = 13,600 ms, and the 3,000 ms
        // wait before the first key: 21,200 − 13,600 − 3,000.
        #expect(measures.activeTime == 4_600)
        #expect(measures.timeBeforeFirstKeystroke == 3_000)
        #expect(measures.timeOutOfFocus == 4_000)
    }

    @Test func interKeyIntervalsAreExact() {
        // 21 intervals: 100, eleven of 200, 300, four of 500, 2,600, 3,000,
        // 3,100, 4,900; focus changes are not keystrokes.
        let intervals = measures.intervals
        #expect(intervals.count == 21)
        #expect(intervals.sum == 18_200)
        #expect(intervals.quantile(0.5) == 200)
        #expect(intervals.quantile(0.25) == 200)
        #expect(intervals.quantile(0.75) == 500)
        #expect(intervals.quantile(0.9) == 3_000)
        #expect(intervals.maximum == 4_900)
        #expect(intervals.count(from: 2_000, below: nil) == 4)
    }

    @Test func pausesAreLocated() {
        // Before « » after « chat. », before « E » after « chat.  »: between
        // sentences; before the click: other; before « t » after « E »: within a word.
        #expect(measures.allPauses.count == 4)
        #expect(measures.allPauses.time == 13_600)
        #expect(measures.pauses[.betweenSentences] == PauseTally(count: 2, time: 6_100))
        #expect(measures.pauses[.other] == PauseTally(count: 1, time: 2_600))
        #expect(measures.pauses[.withinWord] == PauseTally(count: 1, time: 4_900))
        #expect(measures.pauses[.betweenWords] == PauseTally(count: 0, time: 0))
        #expect(measures.pauses[.betweenParagraphs] == PauseTally(count: 0, time: 0))
    }

    @Test func productionIsCounted() throws {
        // Typed: « Le cj » 5, « hat. » 4, « Il » with its space 3, « En » 2, « t. » 2.
        #expect(measures.typedCharacters == 16)
        // Words begun: L, c, I, E.
        #expect(measures.typedWords == 4)
        #expect(measures.producedCharacters == 21)
        #expect(measures.pasteCount == 1)
        #expect(measures.pastedCharacters == 5)
        #expect(measures.largePastes.isEmpty)
        // 16 typed characters in 21.2 s: 16 × 60,000 / 21,200.
        let rate = try #require(measures.perMinute(measures.typedCharacters))
        #expect(abs(rate - 45.283) < 0.001)
    }

    @Test func burstsEndAtPausesOrRevisions() {
        // « Le cj » ends at the Backspace and « En » at the undo: R-bursts.
        // « hat. » and « Il » end at pauses, « t. » at the end of the session.
        #expect(measures.pBursts.map(\.length) == [4, 3, 2])
        #expect(measures.pBursts.map(\.duration) == [600, 400, 200])
        #expect(measures.rBursts.map(\.length) == [5, 2])
        #expect(measures.rBursts.map(\.duration) == [800, 100])
    }

    @Test func revisionsAreSplitByLocation() throws {
        // Deleted « j » and « Il » at the leading edge, « gros » inside.
        #expect(measures.deletions.count == 3)
        #expect(measures.deletions.characters == 8)
        #expect(measures.deletions.leadingEdgeCount == 2)
        #expect(measures.deletions.leadingEdgeCharacters == 3)
        #expect(measures.deletions.insideCount == 1)
        #expect(measures.deletions.insideCharacters == 5)
        // The paste before « chat » is an insertion inside the text.
        #expect(measures.insertions.count == 1)
        #expect(measures.insertions.characters == 5)
        #expect(measures.undoCount == 1)
        #expect(measures.redoCount == 0)
        // 12 final characters over 21 produced; 8 of 21 deleted.
        let ratio = try #require(measures.productProcessRatio)
        #expect(abs(ratio - 12.0 / 21.0) < 1e-12)
        let share = try #require(measures.deletedShare)
        #expect(abs(share - 8.0 / 21.0) < 1e-12)
    }

    @Test func seriesHasOneMinute() {
        #expect(measures.series == [SeriesBucket(typed: 16, pasted: 5, deleted: 8, length: 12)])
    }
}
