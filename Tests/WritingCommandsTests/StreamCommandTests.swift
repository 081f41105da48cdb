import Foundation
import Testing
import _TestSupport

@testable import WritingCommands

/// `plume stream` and `plume replay` on event lines and real logs.
@Suite(.serialized) struct StreamCommandTests {
    struct Outcome {
        var status: ExitCode
        var lines: [[String: Any]]
        var errors: String
    }

    func run(_ arguments: [String], input: [String]) -> Outcome {
        let output = StringOutputChannel()
        let errors = StringOutputChannel()
        var lines = input[...]
        let context = CommandContext(
            output: output, errors: errors, environment: [:], readLine: { lines.popFirst() })
        let status = PlumeTool.run(arguments, context: context)
        let objects = output.text.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        return Outcome(status: status, lines: objects, errors: errors.text)
    }

    func lines(_ outcome: Outcome, type: String) -> [[String: Any]] {
        outcome.lines.filter { $0["type"] as? String == type }
    }

    @Test func badLinesGetErrorsAndStateSurvives() throws {
        let outcome = run(
            ["stream"],
            input: [
                #"{"kind":"insert","time":0,"position":0,"text":"Le chat dort."}"#,
                "{not json",
                #"{"kind":"teleport","time":10}"#,
                #"{"kind":"insert","time":-5,"position":0,"text":"x"}"#,
                #"{"kind":"delete","time":20,"start":40,"end":41}"#,
                #"{"kind":"insert","time":30,"position":13,"text":" Il mangge."}"#,
                #"{"kind":"end"}"#,
            ])
        #expect(outcome.status == .success)
        let errors = lines(outcome, type: "error")
        #expect(errors.compactMap { $0["line"] as? Int } == [2, 3, 4, 5])
        let messages = errors.compactMap { $0["message"] as? String }
        #expect(messages[0].contains("not a JSON object"))
        #expect(messages[1].contains("unknown event kind \"teleport\""))
        #expect(messages[2].contains("negative_time"))
        #expect(messages[3].contains("range_beyond_text"))
        for (message, line) in zip(messages, [2, 3, 4, 5]) {
            #expect(message.hasPrefix("stdin:\(line): "), "\(message)")
        }
        let process = lines(outcome, type: "process")
        #expect(process.count == 2)
        let last = try #require(process.last?["measures"] as? [String: Any])
        #expect(last["final_characters"] as? Int == 24)
        let report = try #require(lines(outcome, type: "report").last)
        #expect(report["final"] as? Bool == true)
        let matches = try #require(
            (report["report"] as? [String: Any])?["matches"] as? [[String: Any]])
        #expect(matches.contains { $0["offset"] as? Int == 17 && $0["length"] as? Int == 6 })
    }

    @Test func splitSurrogatePairIsRejected() throws {
        let outcome = run(
            ["stream"],
            input: [
                #"{"kind":"insert","time":100,"position":0,"text":"A😀B"}"#,
                #"{"kind":"insert","time":200,"position":2,"text":"x"}"#,
                #"{"kind":"delete","time":300,"start":1,"end":2}"#,
                #"{"kind":"insert","time":400,"position":3,"text":"x"}"#,
            ])
        let errors = lines(outcome, type: "error")
        #expect(errors.compactMap { $0["line"] as? Int } == [2, 3])
        let messages = errors.compactMap { $0["message"] as? String }
        #expect(messages.allSatisfy { $0.contains("surrogate_pair_split") })
        #expect(messages.first?.hasPrefix("stdin:2: ") == true)
        let process = lines(outcome, type: "process")
        #expect(process.count == 2)
        let last = try #require(process.last?["measures"] as? [String: Any])
        #expect(last["final_characters"] as? Int == 5)
    }

    @Test func replayMovesSplitToPairEdge() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let log = directory.appendingPathComponent("paire.jsonl")
        let lines = [
            #"{"kind":"insert","time":100,"position":0,"text":"A😀B"}"#,
            #"{"kind":"insert","time":200,"position":2,"text":"x"}"#,
        ].joined(separator: "\n")
        FileManager.default.createFile(atPath: log.path, contents: Data(lines.utf8))
        let output = StringOutputChannel()
        let errors = StringOutputChannel()
        let context = CommandContext(output: output, errors: errors, environment: [:])
        #expect(PlumeTool.run(["replay", log.path], context: context) == .success)
        #expect(output.text == "Ax😀B")
        #expect(errors.text.contains("event 2 (line 2): surrogate_pair_split"))
    }

    @Test func replayReadsLogAfterByteOrderMark() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let jsonLines = directory.appendingPathComponent("bom.jsonl")
        let event = #"{"kind":"insert","time":0,"position":0,"text":"Il etait."}"#
        try Data([0xEF, 0xBB, 0xBF] + Array(event.utf8)).write(to: jsonLines)
        let tsv = directory.appendingPathComponent("bom.tsv")
        let scriptLog = Fixtures.corpusText("keystrokes/scriptlog/events.tsv")
        try Data([0xEF, 0xBB, 0xBF] + Array(scriptLog.utf8)).write(to: tsv)
        for arguments in [[jsonLines.path], [tsv.path, "--session", "V_M"]] {
            let output = StringOutputChannel()
            let errors = StringOutputChannel()
            let context = CommandContext(output: output, errors: errors, environment: [:])
            #expect(PlumeTool.run(["replay"] + arguments, context: context) == .success)
            #expect(errors.text.isEmpty, "\(errors.text)")
            #expect(!output.text.isEmpty)
        }
    }

    /// Runs `arguments` and expects a failure that names `path` and `reason`.
    func expectReadFailure(_ arguments: [String], path: String, reason: String) {
        let errors = StringOutputChannel()
        let context = CommandContext(output: StringOutputChannel(), errors: errors, environment: [:])
        #expect(PlumeTool.run(arguments, context: context) == .failure)
        #expect(errors.text.contains("cannot read \(path): \(reason)"), "\(errors.text)")
    }

    @Test func replayNamesWhyLogIsUnreadable() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let latin1 = directory.appendingPathComponent("latin1.jsonl")
        let bytes = Array(#"{"kind":"insert","time":0,"position":0,"text":"é"}"#.utf8)
        try Data(bytes.map { $0 == 0xC3 ? 0xE9 : $0 }.filter { $0 != 0xA9 }).write(to: latin1)
        let cases = [
            (directory.appendingPathComponent("absent.jsonl").path, "no such file"),
            (directory.path, "is a folder"),
            (latin1.path, "not valid UTF-8"),
        ]
        for (path, reason) in cases {
            expectReadFailure(["replay", path], path: path, reason: reason)
        }
    }

    @Test func replayNamesWhyComparedTextIsUnreadable() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let log = directory.appendingPathComponent("court.jsonl")
        try Data(#"{"kind":"insert","time":0,"position":0,"text":"é"}"#.utf8).write(to: log)
        let latin1 = directory.appendingPathComponent("final.txt")
        try Data([0x65, 0xE9]).write(to: latin1)
        let empty = directory.appendingPathComponent("vide.txt")
        try Data().write(to: empty)
        let cases = [
            (directory.appendingPathComponent("absent.txt").path, "no such file"),
            (directory.path, "is a folder"),
            (latin1.path, "not valid UTF-8"),
        ]
        for (path, reason) in cases {
            expectReadFailure(["replay", log.path, "--compare", path], path: path, reason: reason)
        }
        // An empty saved text is readable; it differs from the rebuilt « é ».
        let errors = StringOutputChannel()
        let context = CommandContext(output: StringOutputChannel(), errors: errors, environment: [:])
        _ = PlumeTool.run(["replay", log.path, "--compare", empty.path], context: context)
        #expect(!errors.text.contains("cannot read"), "\(errors.text)")
    }

    @Test func textPastByteLimitIsRejected() throws {
        let big = String(repeating: "a", count: 2 * 1024 * 1024)
        let outcome = run(
            ["stream"],
            input: [
                #"{"kind":"insert","time":0,"position":0,"text":"Le chat."}"#,
                #"{"kind":"insert","time":10,"position":8,"text":""# + big + #""}"#,
                #"{"kind":"insert","time":20,"position":8,"text":" Il dort."}"#,
            ])
        let errors = lines(outcome, type: "error")
        #expect(errors.compactMap { $0["line"] as? Int } == [2])
        let message = try #require(errors.first?["message"] as? String)
        #expect(message.hasPrefix("stdin:2: "))
        #expect(message.contains("limit of 2097152 bytes"))
        #expect(message.contains("--max-bytes"))
        let last = try #require(lines(outcome, type: "process").last?["measures"] as? [String: Any])
        #expect(last["final_characters"] as? Int == 17)
        let raised = run(
            ["stream", "--max-bytes", "20"],
            input: [
                #"{"kind":"insert","time":0,"position":0,"text":"Le chat."}"#,
                #"{"kind":"insert","time":10,"position":8,"text":" Il dort bien."}"#,
            ])
        #expect(lines(raised, type: "error").first?["message"] as? String != nil)
        #expect(lines(raised, type: "process").count == 1)
    }

    @Test func feedbackComesPerCompletedSentence() throws {
        let outcome = run(
            ["stream"],
            input: [
                #"{"kind":"insert","time":0,"position":0,"text":"Il mangge"}"#,
                #"{"kind":"insert","time":100,"position":9,"text":"."}"#,
                #"{"kind":"insert","time":200,"position":10,"text":" Elle dort."}"#,
            ])
        let feedback = lines(outcome, type: "feedback")
        #expect(feedback.count == 2)
        #expect(feedback.first?["offset"] as? Int == 0)
        #expect(feedback.first?["length"] as? Int == 10)
        let matches = try #require(feedback.first?["matches"] as? [[String: Any]])
        #expect(matches.first?["offset"] as? Int == 3)
        #expect(feedback.last?["offset"] as? Int == 11)
        #expect(lines(outcome, type: "report").count == 1)
    }

    /// Returns the spelling findings of a feedback line as [offset, length].
    func spelling(_ line: [String: Any]) -> [[Int]] {
        let matches = line["matches"] as? [[String: Any]] ?? []
        return matches.filter {
            ($0["rule"] as? [String: Any])?["id"] as? String == "spell.unknown-word"
        }.compactMap { match in
            guard let offset = match["offset"] as? Int, let length = match["length"] as? Int
            else { return nil }
            return [offset, length]
        }
    }

    @Test func unchangedSentenceIsNotSentAgain() throws {
        let outcome = run(
            ["stream"],
            input: [
                #"{"kind":"insert","time":0,"position":0,"text":"Il mangge. Elle dort."}"#,
                // Backspace on the « E » of « Elle », then the « E » again:
                // the caret touches the first sentence, which did not change.
                #"{"kind":"delete","time":100,"start":11,"end":12}"#,
                #"{"kind":"insert","time":200,"position":11,"text":"E"}"#,
                #"{"kind":"insert","time":300,"position":21,"text":" Il dort."}"#,
                #"{"kind":"end"}"#,
            ])
        let feedback = lines(outcome, type: "feedback")
        #expect(feedback.compactMap { $0["offset"] as? Int } == [0, 11, 22])
        #expect(feedback.compactMap { $0["event"] as? Int } == [1, 1, 4])
        #expect(spelling(feedback[0]) == [[3, 6]])
    }

    @Test func correctedFindingIsWithdrawn() throws {
        let outcome = run(
            ["stream"],
            input: [
                #"{"kind":"insert","time":0,"position":0,"text":"Il mangge. Elle dort."}"#,
                #"{"kind":"delete","time":100,"start":7,"end":8}"#,
                #"{"kind":"insert","time":200,"position":20,"text":" Il dort."}"#,
                #"{"kind":"end"}"#,
            ])
        let feedback = lines(outcome, type: "feedback")
        #expect(feedback.compactMap { $0["offset"] as? Int } == [0, 11, 0, 21])
        #expect(spelling(feedback[0]) == [[3, 6]])
        // The line for the corrected sentence carries no spelling finding,
        // which withdraws the one sent before.
        #expect(feedback[2]["event"] as? Int == 3)
        #expect(feedback[2]["length"] as? Int == 9)
        #expect(spelling(feedback[2]).isEmpty)
    }

    @Test func snapshotSendsOnlyTheNewSentence() throws {
        let outcome = run(
            ["stream"],
            input: [
                #"{"kind":"insert","time":0,"position":0,"text":"Il mangge. Elle dort."}"#,
                #"{"kind":"snapshot","time":100,"text":"Il mangge. Elle dort. Il pleut."}"#,
                #"{"kind":"end"}"#,
            ])
        #expect(lines(outcome, type: "error").isEmpty)
        let feedback = lines(outcome, type: "feedback")
        #expect(feedback.compactMap { $0["offset"] as? Int } == [0, 11, 22])
        #expect(feedback.last?["event"] as? Int == 2)
    }

    @Test func throttleHoldsFeedbackBack() {
        let outcome = run(
            ["stream", "--throttle", "10000"],
            input: [
                #"{"kind":"insert","time":0,"position":0,"text":"Un."}"#,
                #"{"kind":"insert","time":100,"position":3,"text":" Deux."}"#,
                #"{"kind":"insert","time":200,"position":9,"text":" Trois."}"#,
                #"{"kind":"analyze"}"#,
            ])
        let feedbackEvents = lines(outcome, type: "feedback").compactMap { $0["event"] as? Int }
        #expect(feedbackEvents == [1, 3, 3])
        #expect(lines(outcome, type: "report").map { $0["final"] as? Bool } == [false, true])
    }

    @Test func recordedScriptLogStreams() throws {
        let text = Fixtures.corpusText("keystrokes/scriptlog/events.tsv")
        let input = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let outcome = run(["stream", "--session", "V_M"], input: input)
        #expect(outcome.status == .success)
        #expect(lines(outcome, type: "error").isEmpty)
        // 977 rows, of which one key row and its replacement row make one event.
        #expect(lines(outcome, type: "process").count == 976)
        #expect(!lines(outcome, type: "feedback").isEmpty)
        let final = try #require(
            lines(outcome, type: "process").last?["measures"] as? [String: Any])
        let recorded = Fixtures.corpusText("keystrokes/scriptlog/final_texts/V_M.txt")
        #expect(final["final_characters"] as? Int == recorded.utf16.count)
    }

    @Test func replayPrintsTextAtMoment() {
        let log = Fixtures.corpusURL("keystrokes/scriptlog/events.tsv").path
        let output = StringOutputChannel()
        let errors = StringOutputChannel()
        let context = CommandContext(output: output, errors: errors, environment: [:])
        #expect(
            PlumeTool.run(["replay", log, "--session", "V_M", "--at", "0"], context: context)
                == .success)
        #expect(output.text.utf16.count <= 1)
        let missing = PlumeTool.run(["replay", log], context: context)
        #expect(missing == .failure)
        #expect(errors.text.contains("holds 18 sessions"))
    }
}
