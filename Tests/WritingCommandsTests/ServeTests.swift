import Foundation
import Testing
import WritingModel
import _TestSupport

@testable import WritingCommands

@Suite struct ServeHandlerTests {
    static let handler = ServeHandler(
        analyzer: Fixtures.analyzer, maximumSessions: 2, textByteLimit: 10_000)

    /// Runs one request line and returns the response as a JSON object.
    func call(_ line: String) throws -> [String: Any] {
        let (response, _) = Self.handler.prepare(line).run()
        #expect(!response.contains("\n"), "a response must fit on one line")
        return try #require(
            try JSONSerialization.jsonObject(with: Data(response.utf8)) as? [String: Any])
    }

    func errorCode(_ response: [String: Any]) -> String? {
        (response["error"] as? [String: Any])?["code"] as? String
    }

    @Test func analyzeReturnsVersionedReport() throws {
        let response = try call(#"{"id":7,"method":"analyze","params":{"text":"Il etait une fois."}}"#)
        #expect(response["id"] as? Int == 7)
        let result = try #require(response["result"] as? [String: Any])
        #expect(result["schemaVersion"] as? String == AnalysisReport.schemaVersion)
        let matches = try #require(result["matches"] as? [[String: Any]])
        let spelling = try #require(
            matches.first { ($0["rule"] as? [String: Any])?["id"] as? String == "spell.unknown-word" })
        #expect(spelling["offset"] as? Int == 3)
        #expect(spelling["length"] as? Int == 5)
    }

    @Test(arguments: [
        (#"{"id":1,"method":"analyze","params":{"txt":"a"}}"#, "invalid_params", "missing parameter \"text\""),
        (#"{"id":1,"method":"analyze","params":{"text":3}}"#, "invalid_params", "must be a string"),
        (#"{"id":1,"method":"analyze"}"#, "invalid_params", "missing \"params\""),
        (#"{"id":1,"method":"analyse","params":{}}"#, "method_not_found", "did you mean \"analyze\"?"),
        (#"{"id":1,"method":"session.report","params":{"session":"x"}}"#, "unknown_session", "no open session"),
        (#"{"id":1,"method":"session.edit","params":{"session":"x","offset":-1,"length":0,"text":""}}"#, "unknown_session", "\"x\""),
        (#"{"id":1,"method":"analyze","params":{"text":"a","keystrokes":{"kind":"insert"}}}"#, "invalid_params", "array of events"),
        (#"{"id":1,"method":"analyze","params":{"text":"a","keystrokes":[{"kind":"jump","time":0}]}}"#, "invalid_params", "jump"),
    ])
    func badRequestsKeepTheirID(line: String, code: String, message: String) throws {
        let response = try call(line)
        #expect(response["id"] as? Int == 1)
        #expect(errorCode(response) == code)
        let text = (response["error"] as? [String: Any])?["message"] as? String ?? ""
        #expect(text.contains(message), "\(text)")
        #expect(response["result"] == nil)
    }

    @Test(arguments: [
        (#"{"id": "abc", "method": "analyze", "params": {"text": "oops"#, "abc"),
        (#"{"id": 42, "method": "#, "42"),
        ("not json", nil),
        (#"{"id": "a\"b", broken"#, "a\"b"),
    ] as [(String, String?)])
    func malformedLineSalvagesID(line: String, id: String?) throws {
        let response = try call(line)
        #expect(errorCode(response) == "parse_error")
        let echoed = response["id"].flatMap { value -> String? in
            if let number = value as? Int { return String(number) }
            return value as? String
        }
        #expect(echoed == id)
        #expect(response.keys.contains("id"), "id must be present, null when unknown")
    }

    /// Cases of malformed strings: the line, the field the message must
    /// name (nil when only the offset is known), the text that must appear
    /// at the reported byte offset, and a word of the fix.
    static let stringFaults: [(String, String?, String, String)] = [
        (#"{"id":1,"method":"analyze","params":{"text":"caf\u00g9 noir"}}"#, "text", #"\u00g9"#, #"invalid \u escape"#),
        (#"{"id":1,"method":"analyze","params":{"text":"fin\u00e"}}"#, "text", #"\u00e""#, #"invalid \u escape"#),
        (#"{"id":1,"method":"analyze","params":{"text":"Un \ud83d seul."}}"#, "text", #"\ud83d"#, #"unpaired surrogate \uD83D"#),
        (#"{"id":1,"method":"analyze","params":{"text":"Un \udc00 seul."}}"#, "text", #"\udc00"#, #"unpaired surrogate \uDC00"#),
        (#"{"id":1,"method":"analyze","params":{"text":"a","prompt":"Sujet \x"}}"#, "prompt", #"\x"#, "invalid escape"),
        ("{\"id\":1,\"method\":\"analyze\",\"params\":{\"text\":\"a\tb\"}}", "text", "\t", #"U+0009"#),
        (#"{"id":1,"method":"analyze","params":{"text":"a","keystrokes":[{"kind":"insert","time":0,"position":0,"text":"x"},{"kind":"insert","text":"\u12"}]}}"#, "keystrokes[1].text", #"\u12""#, #"invalid \u escape"#),
        (#"{"id":1,"method":"analyze","params":{"te\qxt":"a"}}"#, nil, #"\q"#, "invalid escape"),
    ]

    @Test(arguments: stringFaults)
    func malformedStringNamesFieldAndOffset(
        line: String, field: String?, written: String, fix: String
    ) throws {
        let response = try call(line)
        #expect(errorCode(response) == "parse_error")
        #expect(response["id"] as? Int == 1)
        let message = try #require((response["error"] as? [String: Any])?["message"] as? String)
        let bytes = Array(line.utf8)
        let offset = try #require(
            (0..<bytes.count).first { bytes[$0...].starts(with: Array(written.utf8)) })
        #expect(message.contains("at byte offset \(offset)"), "\(message)")
        if let field {
            #expect(message.contains("in parameter \"\(field)\""), "\(message)")
        } else {
            #expect(message.contains("of the line"), "\(message)")
            #expect(!message.contains("parameter"), "\(message)")
        }
        #expect(message.contains(fix), "\(message)")
    }

    @Test func brokenLineWithoutStringFaultKeepsPlainMessage() throws {
        let response = try call(#"{"id":1,"method":"analyze","params":{"text":"a" "b"}}"#)
        #expect(errorCode(response) == "parse_error")
        let message = (response["error"] as? [String: Any])?["message"] as? String
        #expect(message == "the line is not valid JSON")
    }

    @Test func nonObjectRequestIsInvalid() throws {
        for line in ["[1,2]", "17", #"{"method":"info"}"#, #"{"id":true,"method":"info"}"#] {
            let response = try call(line)
            #expect(errorCode(response) == "invalid_request", "\(line)")
            #expect(response["id"] is NSNull, "\(line)")
        }
    }

    @Test func oversizedTextIsRejected() throws {
        let text = String(repeating: "mot ", count: 3000)
        let response = try call(#"{"id":2,"method":"analyze","params":{"text":"\#(text)"}}"#)
        #expect(errorCode(response) == "invalid_params")
        #expect(((response["error"] as? [String: Any])?["message"] as? String)?.contains("12000 bytes") == true)
    }

    @Test func sessionLifecycle() throws {
        let opened = try call(#"{"id":1,"method":"session.open","params":{"text":"Le chein"}}"#)
        let session = try #require((opened["result"] as? [String: Any])?["session"] as? String)
        let edit = try call(
            #"{"id":2,"method":"session.edit","params":{"session":"\#(session)","offset":8,"length":0,"text":" dort. ","time":500}}"#)
        let update = try #require(edit["result"] as? [String: Any])
        #expect(update["textLength"] as? Int == 15)
        let sentences = try #require(update["sentences"] as? [[String: Any]])
        let matches = try #require(sentences.first?["matches"] as? [[String: Any]])
        #expect(matches.contains { $0["offset"] as? Int == 3 && $0["length"] as? Int == 5 })

        let event = try call(
            #"{"id":3,"method":"session.event","params":{"session":"\#(session)","event":{"kind":"insert","time":900,"position":15,"text":"F"}}}"#)
        #expect((event["result"] as? [String: Any])?["textLength"] as? Int == 16)
        let report = try call(#"{"id":4,"method":"session.report","params":{"session":"\#(session)"}}"#)
        let criteria = try #require((report["result"] as? [String: Any])?["criteria"] as? [String: Any])
        #expect(criteria.count == 6)
        let closed = try call(#"{"id":5,"method":"session.close","params":{"session":"\#(session)"}}"#)
        #expect((closed["result"] as? [String: Any])?["done"] as? Bool == true)
        let again = try call(#"{"id":6,"method":"session.report","params":{"session":"\#(session)"}}"#)
        #expect(errorCode(again) == "unknown_session")
    }

    @Test func sessionLimitIsEnforced() throws {
        let handler = ServeHandler(analyzer: Fixtures.analyzer, maximumSessions: 1, textByteLimit: 100)
        _ = handler.prepare(#"{"id":1,"method":"session.open","params":{}}"#).run()
        let (response, error) = handler.prepare(#"{"id":2,"method":"session.open","params":{}}"#).run()
        #expect(error?.code == .tooManySessions)
        #expect(response.contains("--max-sessions"))
    }

    @Test func sessionTextLimitCoversManyEdits() throws {
        let handler = ServeHandler(analyzer: Fixtures.analyzer, maximumSessions: 1, textByteLimit: 40)
        func run(_ line: String) throws -> [String: Any] {
            let (response, _) = handler.prepare(line).run()
            return try #require(
                try JSONSerialization.jsonObject(with: Data(response.utf8)) as? [String: Any])
        }
        _ = try run(#"{"id":1,"method":"session.open","params":{"session":"s"}}"#)
        // Each edit is far below the limit; the fifth would make the text 41 bytes.
        for index in 0..<4 {
            let edit = try run(
                #"{"id":2,"method":"session.edit","params":{"session":"s","offset":\#(index * 9),"length":0,"text":"Le chat. "}}"#)
            #expect(edit["error"] == nil, "edit \(index)")
        }
        let over = try run(
            #"{"id":3,"method":"session.edit","params":{"session":"s","offset":36,"length":0,"text":"Fini."}}"#)
        #expect(errorCode(over) == "invalid_params")
        let message = (over["error"] as? [String: Any])?["message"] as? String ?? ""
        #expect(message.contains("41 bytes"), "\(message)")
        #expect(message.contains("limit of 40"), "\(message)")
        // The rejected edit changed nothing, and a shorter one still fits.
        let fits = try run(
            #"{"id":4,"method":"session.edit","params":{"session":"s","offset":36,"length":0,"text":"Fin"}}"#)
        #expect((fits["result"] as? [String: Any])?["textLength"] as? Int == 39)
        let deletion = try run(
            #"{"id":5,"method":"session.edit","params":{"session":"s","offset":0,"length":9,"text":""}}"#)
        #expect((deletion["result"] as? [String: Any])?["textLength"] as? Int == 30)
    }

    @Test func analyzeAcceptsKeystrokeEvents() throws {
        let events = (0..<13).map { index -> String in
            let character = Array("Le chat dort.")[index]
            return #"{"kind":"insert","time":\#(index * 200),"position":\#(index),"text":"\#(character)"}"#
        }
        let response = try call(
            #"{"id":"k","method":"analyze","params":{"text":"Le chat dort.","keystrokes":[\#(events.joined(separator: ","))]}}"#)
        let criteria = try #require((response["result"] as? [String: Any])?["criteria"] as? [String: [String: Any]])
        #expect(criteria["fluence"]?["measured"] as? Bool == true)
    }
}

/// `plume serve` as a child process: pipes, concurrency, limits and shutdown.
@Suite struct ServeProcessTests {
    func serve(_ lines: [String], arguments: [String] = []) throws -> (Int32, [[String: Any]], String) {
        let process = Process()
        process.executableURL = try Fixtures.plumeExecutable
        process.arguments = ["serve"] + arguments
        process.environment = ["PLUME_RESOURCES": Fixtures.repositoryRoot.path]
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let writer = Thread {
            for line in lines {
                input.fileHandleForWriting.write(Data((line + "\n").utf8))
            }
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let responses = try String(decoding: outputData, as: UTF8.self).split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        return (process.terminationStatus, responses, String(decoding: errorData, as: UTF8.self))
    }

    @Test func everyRequestGetsOneResponse() throws {
        let texts = (1...20).map { "Copie \($0)\u{00A0}: il etait une fois un élève numéro \($0)." }
        var lines = texts.enumerated().map { index, text in
            #"{"id":\#(index),"method":"analyze","params":{"text":"\#(text)"}}"#
        }
        lines.insert("garbage", at: 5)
        let (status, responses, log) = try serve(lines, arguments: ["--jobs", "2"])
        #expect(status == 0)
        #expect(responses.count == 21)
        let ids = responses.compactMap { $0["id"] as? Int }.sorted()
        #expect(ids == Array(0..<20))
        for response in responses where response["result"] != nil {
            let id = try #require(response["id"] as? Int)
            let result = try #require(response["result"] as? [String: Any])
            let statistics = try #require(result["statistics"] as? [String: Int])
            #expect(statistics["characters"] == texts[id].utf16.count, "response \(id) answers another text")
        }
        #expect(log.contains("plume serve: ready"))
        #expect(log.contains("request without id (?) failed: parse_error"))
        #expect(log.contains("stopped after 21 requests, 1 failed"))
        #expect(!log.contains("etait"), "the log must not contain student text")
    }

    @Test func sessionRequestsRunInOrder() throws {
        let text = "Le chat dort sur le tapis. Il reve."
        var lines = [#"{"id":"open","method":"session.open","params":{"session":"s1"}}"#]
        for (index, character) in text.enumerated() {
            lines.append(
                #"{"id":\#(index),"method":"session.edit","params":{"session":"s1","offset":\#(index),"length":0,"text":"\#(character)","time":\#(index * 120)}}"#)
        }
        lines.append(#"{"id":"report","method":"session.report","params":{"session":"s1"}}"#)
        lines.append(#"{"id":"shutdown","method":"shutdown"}"#)
        lines.append(#"{"id":"late","method":"info"}"#)
        let (status, responses, _) = try serve(lines, arguments: ["--jobs", "2"])
        #expect(status == 0)
        #expect(responses.count == text.count + 3)
        for response in responses {
            guard let index = response["id"] as? Int else { continue }
            let length = (response["result"] as? [String: Any])?["textLength"] as? Int
            #expect(length == index + 1, "edit \(index) ran out of order")
        }
        let report = try #require(responses.first { $0["id"] as? String == "report" })
        let statistics = try #require((report["result"] as? [String: Any])?["statistics"] as? [String: Int])
        #expect(statistics["characters"] == text.utf16.count)
        #expect(responses.last?["id"] as? String == "shutdown")
        #expect(!responses.contains { $0["id"] as? String == "late" })
    }

    @Test func closeAndReopenRunInOrder() throws {
        // The report is slow, so a close or reopen that skipped the
        // session's queue would overtake it and the close before it.
        var lines: [String] = []
        for index in 0..<10 {
            let session = #""session":"s\#(index)""#
            lines += [
                #"{"id":"open-\#(index)","method":"session.open","params":{\#(session),"text":"Le chat dort. Il reve."}}"#,
                #"{"id":"report-\#(index)","method":"session.report","params":{\#(session)}}"#,
                #"{"id":"close-\#(index)","method":"session.close","params":{\#(session)}}"#,
                #"{"id":"reopen-\#(index)","method":"session.open","params":{\#(session)}}"#,
                #"{"id":"last-close-\#(index)","method":"session.close","params":{\#(session)}}"#,
                #"{"id":"extra-close-\#(index)","method":"session.close","params":{\#(session)}}"#,
            ]
        }
        let (status, responses, _) = try serve(lines, arguments: ["--jobs", "2"])
        #expect(status == 0)
        #expect(responses.count == lines.count)
        var errors: [String: String] = [:]
        for response in responses {
            let id = try #require(response["id"] as? String)
            errors[id] = (response["error"] as? [String: Any])?["code"] as? String ?? "none"
        }
        for index in 0..<10 {
            for step in ["open", "report", "close", "reopen", "last-close"] {
                #expect(errors["\(step)-\(index)"] == "none", "\(step)-\(index) ran out of order")
            }
            #expect(errors["extra-close-\(index)"] == "unknown_session")
        }
    }

    @Test func invalidEscapeIsReportedAndServerGoesOn() throws {
        let lines = [
            #"{"id":1,"method":"session.open","params":{"session":"s","text":"Le chat.\u00"}}"#,
            #"{"id":2,"method":"session.open","params":{"session":"s","text":"Le chat."}}"#,
            #"{"id":3,"method":"session.report","params":{"session":"s"}}"#,
        ]
        let (status, responses, log) = try serve(lines, arguments: ["--jobs", "1"])
        #expect(status == 0)
        #expect(responses.count == 3)
        let failed = try #require(responses.first { $0["id"] as? Int == 1 })
        let error = try #require(failed["error"] as? [String: Any])
        #expect(error["code"] as? String == "parse_error")
        let message = try #require(error["message"] as? String)
        #expect(message.contains("in parameter \"text\" at byte offset 72"), "\(message)")
        for id in [2, 3] {
            let response = try #require(responses.first { $0["id"] as? Int == id })
            #expect(response["result"] != nil, "request \(id) after the bad line must succeed")
        }
        #expect(log.contains("request 1 (?) failed: parse_error"), "\(log)")
        #expect(!log.contains("chat"), "the log must not contain student text")
    }

    @Test func overlongLineIsRejectedAndServerGoesOn() throws {
        // Over the line limit: three times --max-bytes plus 1 MiB.
        let big = String(repeating: "a", count: 1_100_000)
        let lines = [
            #"{"id":1,"method":"analyze","params":{"text":"\#(big)"}}"#,
            #"{"id":2,"method":"info"}"#,
        ]
        let (status, responses, _) = try serve(lines, arguments: ["--max-bytes", "1000"])
        #expect(status == 0)
        #expect(responses.count == 2)
        #expect((responses[0]["error"] as? [String: Any])?["code"] as? String == "request_too_large")
        #expect(responses[0]["id"] as? Int == 1, "the id is read from the start of the line")
        #expect(responses[1]["id"] as? Int == 2)
    }
}

@Suite struct BoundedLineReaderTests {
    func lines(_ input: String, limit: Int) throws -> [String] {
        var descriptors: [Int32] = [0, 0]
        #expect(pipe(&descriptors) == 0)
        let bytes = Array(input.utf8)
        let writeEnd = descriptors[1]
        let writer = Thread {
            bytes.withUnsafeBytes { _ = write(writeEnd, $0.baseAddress, $0.count) }
            close(writeEnd)
        }
        writer.start()
        defer { close(descriptors[0]) }
        let reader = BoundedLineReader(descriptor: descriptors[0], limit: limit)
        var result: [String] = []
        while let line = reader.next() {
            switch line {
            case .text(let text): result.append(text)
            case .tooLong(let bytes, let head):
                result.append("<\(bytes) bytes from \(head.prefix(3))>")
            }
        }
        return result
    }

    @Test func splitsLinesAndDropsCarriageReturns() throws {
        #expect(try lines("un\r\ndeux\n\ntrois", limit: 10) == ["un", "deux", "", "trois"])
    }

    @Test func overlongLinesAreSkippedWhole() throws {
        let long = String(repeating: "x", count: 200_000)
        #expect(try lines("a\n\(long)\nb\n", limit: 1000) == ["a", "<200000 bytes from xxx>", "b"])
        #expect(try lines("a\n\(long)", limit: 1000) == ["a", "<200000 bytes from xxx>"])
        #expect(try lines("12345678901\n", limit: 10) == ["<11 bytes from 123>"])
    }
}
