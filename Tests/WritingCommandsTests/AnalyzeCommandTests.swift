import Foundation
import Plume
import Testing
import WritingModel
import _TestSupport

@testable import WritingCommands

@Suite(.serialized) struct AnalyzeCommandTests {
    struct Outcome {
        var status: ExitCode
        var output: String
        var errors: String
    }

    func run(_ arguments: [String], input: Data = Data()) -> Outcome {
        let output = StringOutputChannel()
        let errors = StringOutputChannel()
        let context = CommandContext(
            output: output, errors: errors, environment: [:], readLine: { nil },
            readInput: { limit in
                guard input.count <= limit else {
                    throw PlumeError.textTooLarge(path: "<stdin>", bytes: nil, limit: limit)
                }
                return input
            })
        let status = PlumeTool.run(arguments, context: context)
        return Outcome(status: status, output: output.text, errors: errors.text)
    }

    func write(_ bytes: [UInt8], named name: String) -> String {
        let url = Fixtures.temporaryDirectory().appendingPathComponent(name)
        FileManager.default.createFile(atPath: url.path, contents: Data(bytes))
        return url.path
    }

    var essay: String { Fixtures.corpusURL("learner/texts/S27-F-.txt").path }

    @Test func jsonHasSixCriteriaAndMatches() throws {
        let outcome = run(["analyze", essay, "--format", "json"])
        #expect(outcome.status == .success)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any])
        #expect(json["schemaVersion"] as? String == AnalysisReport.schemaVersion)
        #expect(json["offsetUnit"] as? String == "utf16")
        let criteria = try #require(json["criteria"] as? [String: [String: Any]])
        #expect(Set(criteria.keys) == Set(Criterion.allCases.map(\.rawValue)))
        for key in ["orthographe", "syntaxe", "vocabulaire", "semantique"] {
            #expect(criteria[key]?["level"] is Int, "\(key) has no level")
            #expect(criteria[key]?["measures"] is [String: Any])
            #expect((criteria[key]?["message"] as? String)?.isEmpty == false)
        }
        #expect(criteria["fluence"]?["level"] == nil)
        #expect(criteria["fluence"]?["measured"] as? Bool == false)
        let matches = try #require(json["matches"] as? [[String: Any]])
        let spelling = try #require(
            matches.first {
                ($0["rule"] as? [String: Any])?["id"] as? String == "spell.unknown-word"
            })
        let text = try String(contentsOfFile: essay, encoding: .utf8)
        let offset = try #require(spelling["offset"] as? Int)
        let length = try #require(spelling["length"] as? Int)
        let word = String(decoding: Array(text.utf16)[offset..<offset + length], as: UTF16.self)
        #expect(word == "vigilence")
        let replacements = try #require(spelling["replacements"] as? [[String: String]])
        #expect(replacements.first?["value"] == "vigilance")
        let rule = try #require(spelling["rule"] as? [String: Any])
        #expect((rule["category"] as? [String: String])?["id"] == "orthographe")
    }

    @Test func textReportIsFrench() {
        let outcome = run(["analyze", essay])
        #expect(outcome.status == .success)
        for heading in ["Orthographe", "Syntaxe", "Vocabulaire", "Sémantique", "Fluence d’écriture", "Révision"] {
            #expect(outcome.output.contains(heading))
        }
        #expect(outcome.output.contains("niveau"))
        #expect(outcome.output.contains("non mesuré"))
        #expect(outcome.output.contains("^^^"))
        #expect(!outcome.output.contains("\u{1B}["))
        #expect(!outcome.output.contains("diversité lexicale (MTLD)"))
        let detailed = run(["analyze", essay, "--measures"])
        #expect(detailed.output.contains("diversité lexicale (MTLD)\u{00A0}: 102,37"))
    }

    @Test func offsetsCountUTF16Units() throws {
        let path = write(Array("😀 Il etait là.".utf8), named: "emoji.txt")
        let outcome = run(["analyze", path, "--format", "json"])
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any])
        let matches = try #require(json["matches"] as? [[String: Any]])
        let spelling = matches.first { ($0["rule"] as? [String: Any])?["id"] as? String == "spell.unknown-word" }
        #expect(spelling?["offset"] as? Int == 6)
        #expect(spelling?["length"] as? Int == 5)
    }

    @Test func standardInputIsRead() {
        let outcome = run(["analyze", "-", "--format", "json"], input: Data("Il etait une fois.".utf8))
        #expect(outcome.status == .success)
        #expect(outcome.output.contains("\"unknown_words\" : 1"))
    }

    @Test func standardInputKeepsLineEndings() throws {
        let input = Data("Un.\r\nLe chien aboit.\r\n".utf8)
        let outcome = run(["analyze", "-", "--format", "json"], input: input)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any])
        let statistics = try #require(json["statistics"] as? [String: Int])
        #expect(statistics["characters"] == 22)
        let matches = try #require(json["matches"] as? [[String: Any]])
        #expect(matches.contains { $0["offset"] as? Int == 14 && $0["length"] as? Int == 5 })
    }

    @Test func standardInputChecksUTF8AndSize() {
        let latin1 = run(["analyze", "-"], input: Data([0x4C, 0x27, 0xE9, 0x6C, 0xE8, 0x76, 0x65]))
        #expect(latin1.status == .failure)
        #expect(latin1.errors.contains("<stdin>: invalid UTF-8 at byte 2 (line 1)"))
        let large = run(["analyze", "-", "--max-bytes", "10"], input: Data(repeating: 0x61, count: 11))
        #expect(large.status == .failure)
        #expect(large.errors.contains("exceeds the limit of 10 bytes"))
    }

    @Test func fifoIsReadLikeAFile() throws {
        let path = Fixtures.temporaryDirectory().appendingPathComponent("pipe").path
        #expect(mkfifo(path, 0o600) == 0)
        let writer = Thread {
            let handle = FileHandle(forWritingAtPath: path)
            handle?.write(Data("Le chien dort.".utf8))
            try? handle?.close()
        }
        writer.start()
        let outcome = run(["analyze", path, "--format", "json"])
        #expect(outcome.status == .success)
        #expect(outcome.output.contains("\"words\" : 3"))
    }

    @Test func textsWithoutLettersAreRejected() {
        for (name, bytes) in [
            ("invisible.txt", Array("\u{200B}\u{200B}\u{00AD}".utf8)),
            ("controls.txt", [0x01, 0x02, 0x03]),
            ("digits.txt", Array("1234 3,5 10 000".utf8)),
            ("punctuation.txt", Array("... !!! ???".utf8)),
        ] {
            let outcome = run(["analyze", write(bytes, named: name)])
            #expect(outcome.status == .failure, "\(name) was accepted")
            #expect(outcome.errors.contains(name))
        }
    }

    @Test func promptErrorsNamePrompt() {
        let outcome = run(["analyze", essay, "--prompt", "/nonexistent/sujet.txt"])
        #expect(outcome.status == .failure)
        #expect(outcome.errors.contains("prompt: /nonexistent/sujet.txt: file not found"))
    }

    @Test func brokenLinkIsNamed() throws {
        let directory = Fixtures.temporaryDirectory()
        let link = directory.appendingPathComponent("lien.txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: link)
        let outcome = run(["analyze", link])
        #expect(outcome.status == .failure)
        #expect(outcome.errors.contains("symbolic link"))
    }

    @Test func terminalEscapesAreNeutralized() {
        let path = write(Array("Le chat \u{1B}[2J mange la sourri.\n".utf8), named: "escape.txt")
        let outcome = run(["analyze", path])
        #expect(outcome.status == .success)
        #expect(!outcome.output.contains("\u{1B}"))
        #expect(outcome.output.contains("\u{FFFD}"))
    }

    @Test func oneWordReportAgrees() {
        let outcome = run(["analyze", write(Array("Bonjour".utf8), named: "mot.txt")])
        #expect(outcome.output.contains("1 mot, 1 phrase, 1 paragraphe"))
        #expect(outcome.output.contains("non mesurée"))
    }

    @Test func missingFileNamesPath() {
        let outcome = run(["analyze", "/nonexistent/essai.txt"])
        #expect(run(["analyze", ""]).errors.contains("the file path is empty"))
        #expect(outcome.status == .failure)
        #expect(outcome.errors.contains("/nonexistent/essai.txt: file not found"))
    }

    @Test func directoryIsRejected() {
        let directory = Fixtures.temporaryDirectory().path
        let outcome = run(["analyze", directory])
        #expect(outcome.status == .failure)
        #expect(outcome.errors.contains("is a directory"))
    }

    @Test func invalidUTF8NamesByte() {
        let path = write([0x4C, 0x27, 0xE9, 0x6C, 0xE8, 0x76, 0x65], named: "latin1.txt")
        let outcome = run(["analyze", path])
        #expect(outcome.status == .failure)
        #expect(outcome.errors.contains("invalid UTF-8 at byte 2"))
        #expect(outcome.errors.contains("iconv"))
    }

    @Test func emptyTextIsRejected() {
        let path = write(Array(" \n\t\n".utf8), named: "blank.txt")
        let outcome = run(["analyze", path])
        #expect(outcome.status == .failure)
        #expect(outcome.errors.contains("the text is empty"))
    }

    @Test func binaryFileIsRejected() {
        let path = write([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00], named: "program")
        let outcome = run(["analyze", path])
        #expect(outcome.status == .failure)
        #expect(outcome.errors.contains("binary file"))
    }

    @Test func fiftyMegabyteTextIsRejected() throws {
        let url = Fixtures.temporaryDirectory().appendingPathComponent("huge.txt")
        let line = Array("Le chat dort sur le tapis du salon. ".utf8)
        var data = Data(capacity: 50 * 1024 * 1024 + line.count)
        while data.count < 50 * 1024 * 1024 {
            data.append(contentsOf: line)
        }
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let outcome = run(["analyze", url.path])
        #expect(outcome.status == .failure)
        #expect(outcome.errors.contains("exceeds the limit"))
        #expect(outcome.errors.contains("--max-bytes"))
    }

    @Test func usageErrorsExit64WithHints() {
        let missing = run(["analyze"])
        #expect(missing.status == .usage)
        #expect(missing.errors.contains("missing FILE"))
        let typo = run(["analyze", essay, "--fromat", "json"])
        #expect(typo.status == .usage)
        #expect(typo.errors.contains("did you mean --format?"))
        let badFormat = run(["analyze", essay, "--format", "xml"])
        #expect(badFormat.status == .usage)
        #expect(badFormat.errors.contains("invalid value \"xml\" for --format"))
        let command = run(["analyse", essay])
        #expect(command.status == .usage)
        #expect(command.errors.contains("did you mean 'analyze'?"))
    }

    @Test func helpGoesToStandardOutput() {
        let outcome = run(["analyze", "--help"])
        #expect(outcome.status == .success)
        #expect(outcome.output.contains("Usage: plume analyze FILE"))
        #expect(outcome.errors.isEmpty)
    }

    @Test func keystrokeLogMeasuresProcess() throws {
        let text = Fixtures.corpusURL("keystrokes/scriptlog/final_texts/V_M.txt").path
        let log = Fixtures.corpusURL("keystrokes/scriptlog/events.tsv").path
        let outcome = run([
            "analyze", text, "--keystrokes", log, "--session", "V_M", "--format", "json",
        ])
        #expect(outcome.status == .success)
        #expect(outcome.errors.isEmpty)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any])
        let criteria = try #require(json["criteria"] as? [String: [String: Any]])
        for key in ["fluence", "revision"] {
            #expect(criteria[key]?["measured"] as? Bool == true)
            #expect((1...4).contains(criteria[key]?["level"] as? Int ?? 0))
        }
        let fluence = try #require(criteria["fluence"]?["measures"] as? [String: Any])
        #expect(fluence["pause_threshold_ms"] as? Int == 2_000)
        #expect(fluence["final_characters"] as? Int == 788)
    }

    @Test func malformedLogLineNamesLine() {
        let directory = Fixtures.temporaryDirectory()
        let text = directory.appendingPathComponent("essai.txt")
        let log = directory.appendingPathComponent("essai.jsonl")
        FileManager.default.createFile(atPath: text.path, contents: Data("Le chat.".utf8))
        let lines = #"{"kind":"insert","time":0,"position":0,"text":"Le chat."}"# + "\nnot json\n"
        FileManager.default.createFile(atPath: log.path, contents: Data(lines.utf8))
        let outcome = run(["analyze", text.path, "--keystrokes", log.path])
        #expect(outcome.status == .failure)
        #expect(outcome.errors.contains("essai.jsonl:2:"))
    }

    @Test func impossiblePositionIsRepairedAndReported() {
        let directory = Fixtures.temporaryDirectory()
        let text = directory.appendingPathComponent("essai.txt")
        let log = directory.appendingPathComponent("essai.jsonl")
        FileManager.default.createFile(atPath: text.path, contents: Data("Le chat.".utf8))
        let lines = [
            #"{"kind":"insert","time":0,"position":0,"text":"Le chat"}"#,
            #"{"kind":"insert","time":120,"position":500,"text":"."}"#,
        ].joined(separator: "\n")
        FileManager.default.createFile(atPath: log.path, contents: Data(lines.utf8))
        let outcome = run(["analyze", text.path, "--keystrokes", log.path, "--format", "json"])
        #expect(outcome.status == .success)
        #expect(outcome.errors.contains("event 2 (line 2): position_beyond_text"))
        #expect(outcome.output.contains("\"fluence\""))
    }
}

@Suite struct OutputChannelTests {
    @Test func closedPipeIsNotAnError() throws {
        // As in the tool's main, so the write fails with EPIPE instead of a signal.
        Platform.ignoreBrokenPipes()
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        let channel = FileOutputChannel(descriptor: pipe.fileHandleForWriting.fileDescriptor)
        channel.write("texte\n")
        channel.flush()
        #expect(channel.writeFailure == .closedByReader)
    }

    @Test func fullDeviceIsAnError() throws {
        let handle = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let channel = FileOutputChannel(descriptor: handle.fileDescriptor)
        channel.write("texte\n")
        channel.flush()
        guard case .error(let reason)? = channel.writeFailure else {
            Issue.record("writing to /dev/full did not fail")
            return
        }
        #expect(reason.contains("space"))
    }
}
