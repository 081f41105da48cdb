import Foundation
import KeystrokeAnalysis
import Testing
import WritingModel

/// The Kaggle « Linking Writing Processes to Writing Quality » CSV, on a
/// hand-written file that follows the competition's column documentation:
/// `cursor_position` is the caret after the event, `text_change` the text
/// inserted or removed, `old => new` for Replace, and moves in the activity.
@Suite struct KaggleLogReaderTests {
    let logs: [KeystrokeLog]

    init() throws {
        let url = try ProcessMeasuresTests.fixture("kaggle-sample.csv")
        logs = try KeystrokeLog.loadAll(contentsOf: url)
    }

    @Test func eachEssayIsOneSession() {
        #expect(logs.map(\.sessionID) == ["a1", "b2"])
        #expect(logs.allSatisfy { $0.format == .kaggleCSV && $0.sessionStart == 0 })
        #expect(logs.map(\.events.count) == [13, 1])
    }

    @Test func activitiesMapToActions() throws {
        let actions = logs[0].events.map(\.action)
        #expect(actions[0] == .cursor(TextSpan(start: 0, end: 0), key: "Leftclick"))
        #expect(actions[1] == .insert(at: 0, text: "L"))
        #expect(
            actions[5] == .delete(TextSpan(start: 3, end: 4), direction: .backward, expected: "x"))
        #expect(actions[6] == .paste(TextSpan(start: 3, end: 3), text: "chat, noir\nfin"))
        #expect(actions[7] == .replace(TextSpan(start: 9, end: 13), text: "gris", expected: "noir"))
        #expect(
            actions[8] == .delete(TextSpan(start: 7, end: 8), direction: .forward, expected: ","))
        #expect(actions[9] == .move(TextSpan(start: 3, end: 8), to: 8))
        #expect(actions[10] == .cut(TextSpan(start: 3, end: 7), expected: "gris"))
        #expect(
            actions[11]
                == .delete(TextSpan(start: 0, end: 3), direction: .selection, expected: "Le "))
        #expect(logs[0].events.map(\.time).first == 4526)
        #expect(logs[0].events[6].line == 8)
        #expect(logs[0].events[7].line == 10)
    }

    @Test func replayFollowsTheEdits() {
        let replay = LogReplay(logs[0])
        #expect(replay.repairs.isEmpty)
        #expect(replay.text == "\nchat fin")
        #expect(LogReplay(logs[0], until: 110_000).text == "Le chat, gris\nfin")
        #expect(LogReplay(logs[0], until: 112_000).text == "Le gris\nchat fin")
        #expect(LogReplay(logs[1]).text == "\"")
    }

    @Test(arguments: [
        ("Input,q,q,q,x,1", "kaggle.csv:2: invalid cursor_position \"x\"; expected an integer"),
        ("Typing,q,q,q,1,1", "kaggle.csv:2: invalid activity \"Typing\""),
        ("Replace,q,q,qq,2,1", "kaggle.csv:2: invalid text_change without \" => \""),
        ("Input,q,q,qq,1,1", "kaggle.csv:2: invalid text_change of 2 characters"),
    ])
    func badRowNamesLineAndValue(tail: String, message: String) {
        let header =
            "id,event_id,down_time,up_time,action_time,activity,down_event,up_event,"
            + "text_change,cursor_position,word_count\n"
        #expect {
            try KeystrokeLog.parseAll(header + "e,1,5,6,1,\(tail)\n", source: "kaggle.csv")
        } throws: { error in
            (error as? KeystrokeAnalysisError)?.description.hasPrefix(message) == true
        }
    }

    @Test func openQuoteIsReported() {
        let text =
            "id,down_time,activity,down_event,text_change,cursor_position\n"
            + "e,5,Input,q,\"q,1\n"
        #expect(
            throws: KeystrokeAnalysisError.malformedLine(
                source: "k.csv", line: 2,
                problem: "a quoted field is never closed; check the quotes of this record")
        ) {
            try KeystrokeLog.parseAll(text, source: "k.csv")
        }
    }

    @Test func missingColumnIsNamed() {
        #expect(
            throws: KeystrokeAnalysisError.missingColumn(source: "k.csv", column: "cursor_position")
        ) {
            try KeystrokeLog.parseAll(
                "id,down_time,activity,down_event,text_change\ne,1,Input,q,q\n", source: "k.csv")
        }
    }
}
