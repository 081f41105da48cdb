import KeystrokeAnalysis
import Testing
import WritingModel

/// Plume's JSON-lines event format: every kind, and the errors for bad lines.
@Suite struct JSONLinesEventParserTests {
    let parser = JSONLinesEventParser(source: "log.jsonl")

    func action(_ line: String) throws -> KeystrokeAction {
        guard case .event(let event) = try parser.parse(Substring(line), lineNumber: 1) else {
            Issue.record("not an event: \(line)")
            return .focusLost
        }
        return event.action
    }

    @Test func everyKindParses() throws {
        let span = TextSpan(start: 2, end: 5)
        #expect(
            try action(#"{"kind":"insert","time":1,"position":3,"text":"é"}"#)
                == .insert(at: 3, text: "é"))
        #expect(
            try action(#"{"kind":"delete","time":1,"start":2,"end":5}"#)
                == .delete(span, direction: .backward, expected: nil))
        #expect(
            try action(
                #"{"kind":"delete","time":1,"start":2,"end":5,"direction":"forward","deleted":"abc"}"#
            )
                == .delete(span, direction: .forward, expected: "abc"))
        #expect(
            try action(#"{"kind":"replace","time":1,"start":2,"end":5,"text":"x"}"#)
                == .replace(span, text: "x", expected: nil))
        #expect(
            try action(#"{"kind":"paste","time":1,"position":2,"text":"xy"}"#)
                == .paste(TextSpan(start: 2, end: 2), text: "xy"))
        #expect(
            try action(#"{"kind":"cut","time":1,"start":2,"end":5}"#) == .cut(span, expected: nil))
        #expect(
            try action(#"{"kind":"undo","time":1,"start":2,"end":5,"text":""}"#)
                == .undo(span, text: ""))
        #expect(
            try action(#"{"kind":"redo","time":1,"start":2,"text":"ab"}"#)
                == .redo(TextSpan(start: 2, end: 2), text: "ab"))
        #expect(
            try action(#"{"kind":"move","time":1,"start":2,"end":5,"to":0}"#) == .move(span, to: 0))
        #expect(
            try action(#"{"kind":"composition","time":1,"start":2,"end":5,"text":"ü"}"#)
                == .composition(span, text: "ü"))
        #expect(try action(#"{"kind":"composition_start","time":1}"#) == .compositionStart)
        #expect(try action(#"{"kind":"composition_end","time":1}"#) == .compositionEnd)
        #expect(
            try action(#"{"kind":"cursor","time":1,"position":4,"key":"ArrowLeft"}"#)
                == .cursor(TextSpan(start: 4, end: 4), key: "ArrowLeft"))
        #expect(try action(#"{"kind":"cursor","time":1}"#) == .cursor(nil, key: nil))
        #expect(try action(#"{"kind":"focus_lost","time":1}"#) == .focusLost)
        #expect(try action(#"{"kind":"focus_regained","time":1,"extra":true}"#) == .focusRegained)
        #expect(
            try action(#"{"kind":"snapshot","time":1,"text":"Bonjour"}"#) == .snapshot("Bonjour"))
    }

    @Test func streamRequestsParse() throws {
        #expect(try parser.parse(#"{"kind":"analyze"}"#, lineNumber: 1) == .analyzeRequest)
        #expect(try parser.parse(#"{"kind":"end"}"#, lineNumber: 1) == .endOfSession)
    }

    @Test(arguments: [
        (#"{"kind":"insert","time":1,"position":0"#, "log.jsonl:7: not a JSON object"),
        ("[1, 2]", "log.jsonl:7: not a JSON object"),
        (#"{"time":1}"#, #"log.jsonl:7: missing field "kind""#),
        (
            #"{"kind":"type","time":1}"#,
            #"log.jsonl:7: unknown event kind "type"; use one of insert, delete"#
        ),
        (
            #"{"kind":"insert","position":0,"text":"a"}"#,
            #"log.jsonl:7: "insert" event needs field "time""#
        ),
        (
            #"{"kind":"insert","time":"soon","position":0,"text":"a"}"#,
            #"log.jsonl:7: field "time" has the wrong type; expected an integer"#
        ),
        (
            #"{"kind":"insert","time":1.5,"position":0,"text":"a"}"#,
            #"log.jsonl:7: field "time" has the wrong type; expected an integer"#
        ),
        (
            #"{"kind":"insert","time":1,"position":1e30,"text":"a"}"#,
            #"log.jsonl:7: field "position" has the wrong type; expected an integer"#
        ),
        (
            #"{"kind":"insert","time":1,"position":-2,"text":"a"}"#,
            "log.jsonl:7: invalid position -2; expected a UTF-16 offset of 0 or more"
        ),
        (#"{"kind":"insert","time":1,"position":0,"text":""}"#, "log.jsonl:7: invalid text \"\""),
        (
            #"{"kind":"delete","time":1,"start":4,"end":4}"#,
            "log.jsonl:7: invalid end 4; expected more than start (4)"
        ),
        (
            #"{"kind":"delete","time":1,"start":4,"end":5,"direction":"up"}"#,
            "log.jsonl:7: invalid direction \"up\""
        ),
    ])
    func badLineNamesLineAndProblem(line: String, message: String) {
        #expect {
            try parser.parse(Substring(line), lineNumber: 7)
        } throws: { error in
            (error as? KeystrokeAnalysisError)?.description.hasPrefix(message) == true
        }
    }

    @Test func logFileSkipsBlankLinesAndTakesInitialSnapshot() throws {
        let text =
            "{\"kind\":\"snapshot\",\"time\":0,\"text\":\"Le \"}\r\n\r\n"
            + "{\"kind\":\"insert\",\"time\":10,\"position\":3,\"text\":\"chat\"}\r\n"
            + "{\"kind\":\"end\"}\r\n"
        let logs = try KeystrokeLog.parseAll(text, source: "s.jsonl")
        #expect(logs.count == 1)
        #expect(logs[0].sessionID == "s")
        #expect(logs[0].initialText == "Le ")
        #expect(logs[0].events.count == 1)
        #expect(logs[0].events[0].line == 3)
        #expect(LogReplay(logs[0]).text == "Le chat")
    }

    @Test func unknownFormatIsRejected() {
        #expect(throws: KeystrokeAnalysisError.unknownFormat(source: "essay.txt")) {
            try KeystrokeLog.parseAll("Il était une fois.\n", source: "essay.txt")
        }
    }

    @Test func formatIsDetectedFromFirstLine() {
        #expect(KeystrokeLogFormat.detect(firstLine: "  {\"kind\":\"insert\"}") == .jsonLines)
        #expect(
            KeystrokeLogFormat.detect(firstLine: "session_id\twriter_id\tevent_type")
                == .scriptLogTSV)
        #expect(
            KeystrokeLogFormat.detect(firstLine: "\"id\",\"down_time\",\"activity\"") == .kaggleCSV)
        #expect(KeystrokeLogFormat.detect(firstLine: "id;down_time;activity") == nil)
    }
}
