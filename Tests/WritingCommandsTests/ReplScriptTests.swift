import Foundation
import Testing
import _TestSupport

@testable import WritingCommands

/// `plume repl < commands.txt`: the built executable runs a scripted
/// session, and its output must match the recorded one byte for byte.
///
/// The session loads `Fixtures/learner-results.jsonl`, the analyses of the
/// six learner texts written by `plume score corpora/learner/texts`, so that
/// most of the output does not move when the criteria change; the levels of
/// the keystroke log it also loads do. After a deliberate change of the
/// output, rerun with PLUME_UPDATE_SNAPSHOTS=1 to record it.
@Suite struct ReplScriptTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    struct Transcript {
        var status: Int32
        var output: String
        var errors: String
    }

    func runScript(_ name: String, in directory: URL) throws -> Transcript {
        let process = Process()
        process.executableURL = try Fixtures.plumeExecutable
        process.arguments = ["repl"]
        process.currentDirectoryURL = directory
        process.environment = ["PATH": "/usr/bin:/bin", "PLUME_RESOURCES": Fixtures.repositoryRoot.path]
        process.standardInput = try FileHandle(
            forReadingFrom: Self.folder.appendingPathComponent("Fixtures/\(name)"))
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Read both pipes before waiting, so that a full pipe cannot block the child.
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Transcript(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            errors: String(decoding: errorData, as: UTF8.self))
    }

    func expectSnapshot(_ actual: String, named name: String) throws {
        let url = Self.folder.appendingPathComponent("Snapshots/\(name)")
        if ProcessInfo.processInfo.environment["PLUME_UPDATE_SNAPSHOTS"] != nil {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "output differs from Snapshots/\(name)")
    }

    @Test func scriptedSessionMatchesSnapshot() throws {
        let directory = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.copyItem(
            at: Self.folder.appendingPathComponent("Fixtures/learner-results.jsonl"),
            to: directory.appendingPathComponent("resultats.jsonl"))
        // One real session of the ScriptLog corpus, with the file's header.
        let events = Fixtures.corpusText("keystrokes/scriptlog/events.tsv").split(separator: "\n")
        let session = [events[0]] + events.filter { $0.hasPrefix("V_M\t") }
        #expect(session.count == 978)
        try (session.joined(separator: "\n") + "\n").write(
            to: directory.appendingPathComponent("journal-V_M.tsv"), atomically: true, encoding: .utf8)
        let transcript = try runScript("repl-session.commands", in: directory)
        #expect(transcript.status == 1)
        try expectSnapshot(transcript.output, named: "repl-session.out")
        try expectSnapshot(transcript.errors, named: "repl-session.err")
        #expect(!transcript.output.contains("plume>"), "a script must not print prompts")
        #expect(!transcript.output.contains("\u{1B}["), "a script must not print colours")
        let csv = try String(contentsOf: directory.appendingPathComponent("classe.csv"), encoding: .utf8)
        #expect(csv.split(separator: "\n").count == 7)
        let json = try Data(contentsOf: directory.appendingPathComponent("classe.json"))
        let entries = try #require(try JSONSerialization.jsonObject(with: json) as? [[String: Any]])
        #expect(entries.count == 6)
    }
}
