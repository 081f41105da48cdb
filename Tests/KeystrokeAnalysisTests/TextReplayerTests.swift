import KeystrokeAnalysis
import Testing
import WritingModel

/// Repairs of inconsistent events, strict mode, and the text at a moment.
@Suite struct TextReplayerTests {
    func event(_ time: Int, _ action: KeystrokeAction, line: Int = 1) -> KeystrokeEvent {
        KeystrokeEvent(time: time, action: action, line: line)
    }

    @Test func repairsAreMadeAndReported() throws {
        var replayer = TextReplayer(initialText: "abc")
        let events = [
            event(100, .insert(at: 9, text: "d"), line: 2),
            event(
                50, .delete(TextSpan(start: 2, end: 8), direction: .selection, expected: nil),
                line: 3),
            event(
                -4, .delete(TextSpan(start: 0, end: 1), direction: .backward, expected: "z"),
                line: 4),
            event(200, .snapshot("bcX"), line: 5),
            event(
                300, .delete(TextSpan(start: 7, end: 9), direction: .forward, expected: nil),
                line: 6),
        ]
        var repairs: [ReplayRepair] = []
        for item in events {
            let (prepared, _) = try replayer.apply(item)
            repairs += prepared.repairs
        }
        #expect(
            repairs.map(\.kind) == [
                .positionBeyondText, .timeBackwards, .rangeBeyondText, .negativeTime,
                .deletedTextMismatch, .snapshotMismatch, .rangeBeyondText,
            ])
        #expect(repairs.map(\.line) == [2, 3, 3, 4, 4, 5, 6])
        #expect(replayer.text.string == "bcX")
        #expect(replayer.lastTime == 300)
        #expect(
            repairs[0].description == "event 1 (line 2): position_beyond_text: position 9 is "
                + "past the end of the text (3 code units); used 3")
        // Repair messages give offsets and lengths, never the text.
        #expect(!repairs.contains { $0.detail.contains("z") || $0.detail.contains("bcX") })
    }

    @Test func strictModeRejectsAndKeepsState() throws {
        var replayer = TextReplayer(initialText: "abc", mode: .strict)
        try replayer.apply(event(10, .insert(at: 3, text: "d")))
        #expect(throws: KeystrokeAnalysisError.self) {
            try replayer.apply(event(5, .insert(at: 0, text: "x"), line: 9))
        }
        #expect(throws: KeystrokeAnalysisError.self) {
            try replayer.apply(
                event(20, .delete(TextSpan(start: 3, end: 6), direction: .forward, expected: nil)))
        }
        #expect(replayer.text.string == "abcd")
        #expect(replayer.lastTime == 10)
        #expect(replayer.eventCount == 1)
        // A snapshot is the editor's truth: taken even in strict mode.
        try replayer.apply(event(30, .snapshot("tout autre")))
        #expect(replayer.text.string == "tout autre")
    }

    @Test func strictErrorNamesLine() {
        let replayer = TextReplayer(initialText: "", mode: .strict)
        #expect(
            throws: KeystrokeAnalysisError.invalidEvent(
                line: 4,
                problem: "negative_time: time -1 ms is negative; the event was ignored, "
                    + "send a snapshot to resynchronise")
        ) {
            try replayer.prepare(event(-1, .insert(at: 0, text: "a"), line: 4))
        }
    }

    @Test func moveAndUndoApply() throws {
        var replayer = TextReplayer(initialText: "un deux trois ")
        try replayer.apply(event(1, .move(TextSpan(start: 3, end: 8), to: 9)))
        #expect(replayer.text.string == "un trois deux ")
        try replayer.apply(event(2, .undo(TextSpan(start: 9, end: 14), text: "")))
        #expect(replayer.text.string == "un trois ")
        try replayer.apply(event(3, .composition(TextSpan(start: 9, end: 9), text: "¨")))
        try replayer.apply(event(4, .composition(TextSpan(start: 9, end: 10), text: "ü")))
        #expect(replayer.text.string == "un trois ü")
        #expect(replayer.wordCount == 3)
    }

    @Test func wordCountFollowsEdits() throws {
        var replayer = TextReplayer(initialText: "Le chat")
        #expect(replayer.wordCount == 2)
        try replayer.apply(event(1, .insert(at: 2, text: "s")))
        #expect(replayer.wordCount == 2)
        try replayer.apply(event(2, .insert(at: 5, text: " ")))
        #expect(replayer.text.string == "Les c hat")
        #expect(replayer.wordCount == 3)
        try replayer.apply(
            event(3, .delete(TextSpan(start: 5, end: 6), direction: .backward, expected: " ")))
        #expect(replayer.wordCount == 2)
        try replayer.apply(
            event(4, .replace(TextSpan(start: 0, end: 9), text: "l’élève-ci 3", expected: nil)))
        #expect(replayer.wordCount == 4)
    }

    @Test func splitPairIsRepairedToItsEdges() throws {
        var replayer = TextReplayer(initialText: "A😀B")
        let (insert, _) = try replayer.apply(event(1, .insert(at: 2, text: "x"), line: 2))
        #expect(insert.repairs.map(\.kind) == [.surrogatePairSplit])
        #expect(replayer.text.string == "Ax😀B")
        let deletion = KeystrokeAction.delete(
            TextSpan(start: 2, end: 3), direction: .backward, expected: nil)
        let (delete, _) = try replayer.apply(event(2, deletion, line: 3))
        #expect(delete.repairs.map(\.kind) == [.surrogatePairSplit])
        #expect(delete.repairs.first?.line == 3)
        #expect(replayer.text.string == "AxB")
        #expect(!replayer.text.string.contains("\u{FFFD}"))
    }

    @Test func splitPairEndAndMoveTarget() throws {
        var replayer = TextReplayer(initialText: "ab😀c")
        try replayer.apply(
            event(1, .replace(TextSpan(start: 1, end: 3), text: "-", expected: nil)))
        #expect(replayer.text.string == "a-c")
        var mover = TextReplayer(initialText: "xy😀")
        let (move, _) = try mover.apply(event(1, .move(TextSpan(start: 0, end: 1), to: 2)))
        #expect(move.repairs.map(\.kind) == [.surrogatePairSplit])
        #expect(mover.text.string == "yx😀")
    }

    @Test func strictModeRejectsSplitPair() throws {
        var replayer = TextReplayer(initialText: "A😀B", mode: .strict)
        #expect(throws: KeystrokeAnalysisError.self) {
            try replayer.apply(event(1, .insert(at: 2, text: "x"), line: 2))
        }
        #expect(throws: KeystrokeAnalysisError.self) {
            try replayer.apply(
                event(1, .delete(TextSpan(start: 1, end: 2), direction: .backward, expected: nil)))
        }
        #expect(replayer.text.string == "A😀B")
        // A caret between the halves changes no text and is let through.
        try replayer.apply(event(2, .cursor(TextSpan(start: 2, end: 2), key: nil)))
        #expect(replayer.eventCount == 1)
    }

    @Test func combiningAccentMayBeSplit() throws {
        var replayer = TextReplayer(initialText: "e\u{0301}t\u{00E9}", mode: .strict)
        try replayer.apply(event(1, .insert(at: 1, text: "x")))
        #expect(replayer.text.units.count == 5)
        #expect(replayer.text.string == "ex\u{0301}t\u{00E9}")
    }

    @Test func byteLimitRejectsGrowth() throws {
        var replayer = TextReplayer(initialText: "é", mode: .strict, byteLimit: 6)
        try replayer.apply(event(1, .insert(at: 1, text: "€")))
        #expect(replayer.text.utf8Count == 5)
        #expect(
            throws: KeystrokeAnalysisError.textTooLarge(line: 7, bytes: 9, limit: 6)
        ) {
            try replayer.apply(event(2, .insert(at: 0, text: "😀"), line: 7))
        }
        try replayer.apply(
            event(3, .replace(TextSpan(start: 0, end: 2), text: "abcd", expected: nil)))
        #expect(replayer.text.utf8Count == 4)
        #expect(replayer.text.utf8Count == replayer.text.string.utf8.count)
    }

    @Test func surrogatePairsCountTwoUnits() throws {
        var replayer = TextReplayer(initialText: "a😀b")
        #expect(replayer.text.count == 4)
        try replayer.apply(
            event(1, .delete(TextSpan(start: 1, end: 3), direction: .backward, expected: "😀")))
        #expect(replayer.text.string == "ab")
    }
}

/// The order statistics of the interval distribution against a sorted array.
@Suite struct IntervalDistributionTests {
    @Test func quantilesMatchSortedArray() {
        var generator = SplitMix(seed: 42)
        var distribution = IntervalDistribution()
        var values: [Int] = []
        for index in 0..<5_000 {
            // Mostly typing intervals, some long pauses past the tree's range.
            let value =
                index % 50 == 0
                ? Int(generator.next() % 120_000) : Int(generator.next() % 1_500)
            distribution.insert(value)
            values.append(value)
        }
        values.sort()
        #expect(distribution.count == values.count)
        #expect(distribution.sum == values.reduce(0, +))
        #expect(distribution.maximum == values.last)
        for rank in stride(from: 0, to: values.count, by: 97) {
            #expect(distribution.value(atRank: rank) == values[rank])
        }
        #expect(distribution.value(atRank: values.count - 1) == values.last)
        for probability in [0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1.0] {
            let expected = ProcessLevelTableTests.quantile(values.map(Double.init), probability)
            #expect(distribution.quantile(probability) == expected)
        }
        #expect(distribution.count(from: 2_000, below: nil) == values.filter { $0 >= 2_000 }.count)
        #expect(
            distribution.count(from: 100, below: 500)
                == values.filter { $0 >= 100 && $0 < 500 }.count)
    }

    @Test func emptyDistributionHasNoQuantile() {
        let distribution = IntervalDistribution()
        #expect(distribution.quantile(0.5) == nil)
        #expect(distribution.mean == nil)
        #expect(distribution.count(from: 0, below: nil) == 0)
    }
}

/// A small seeded generator so the test data is the same on every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
