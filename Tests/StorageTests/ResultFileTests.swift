import Foundation
import Testing
import WritingModel

@testable import Storage

@Suite struct ResultFileTests {
    func temporaryPath(_ extension: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent(
            "plume-results-\(UUID().uuidString).\(`extension`)"
        ).path
    }

    func report(level: Int) -> AnalysisReport {
        var criteria: [Criterion: CriterionReport] = [:]
        for criterion in Criterion.allCases {
            criteria[criterion] =
                criterion.needsKeystrokes
                ? .notMeasured(criterion, message: "Non mesuré.")
                : CriterionReport(
                    criterion: criterion, level: level, measures: ["words": .integer(4)],
                    message: "Bien.")
        }
        let finding = Finding(
            ruleID: "spell.unknown-word", category: .orthographe, criterion: .orthographe,
            span: TextSpan(start: 3, end: 8), message: "Le mot « etait » est inconnu.",
            shortMessage: "Mot inconnu", replacements: ["était"])
        return AnalysisReport(
            statistics: TextStatistics(characters: 18, words: 4, sentences: 1, paragraphs: 1),
            criteria: criteria, matches: [finding], sentences: [TextSpan(start: 0, end: 18)])
    }

    func analysis(_ source: String, _ text: String, level: Int = 3) -> StoredAnalysis {
        StoredAnalysis(source: source, text: text, report: report(level: level))
    }

    func bytes(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    func append(_ bytes: [UInt8], to path: String) throws {
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(bytes))
        try handle.close()
    }

    @Test(arguments: ["jsonl", "csv", "sqlite"])
    func reopenedOutputListsRecords(format: String) throws {
        let path = temporaryPath(format)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let first = analysis("a.txt", "Il etait une fois.")
        do {
            let output = try ResultFormat.openOutput(path)
            #expect(try output.recordedResults() == RecordedResults())
            try output.append(first)
            try output.append(StoredFailure(source: "b.txt", error: "b.txt: binary file"))
            try output.close()
        }
        let reopened = try ResultFormat.openOutput(path).recordedResults()
        #expect(reopened.essayIDs == [first.essayID])
        #expect(reopened.failedSources == ["b.txt"])
        #expect(reopened.droppedBytes == 0)
    }

    @Test(arguments: ["jsonl", "csv"])
    func tornLastRecordIsDropped(format: String) throws {
        let path = temporaryPath(format)
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            let output = try ResultFormat.openOutput(path)
            try output.append(analysis("a.txt", "Première copie."))
            try output.close()
        }
        let complete = try bytes(path)
        // What a process killed in the middle of its write leaves: the first
        // part of a record without its newline.
        let scratch = temporaryPath(format)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        do {
            let output = try ResultFormat.openOutput(scratch)
            try output.append(analysis("b.txt", "Deuxième copie, plus longue."))
            try output.close()
        }
        let record = try bytes(scratch).split(separator: 0x0A).last!
        try append(Array(record.prefix(record.count / 2)), to: path)

        let reopened = try ResultFormat.openOutput(path)
        let recorded = try reopened.recordedResults()
        #expect(recorded.droppedBytes == record.count / 2)
        #expect(recorded.essayIDs == [analysis("a.txt", "Première copie.").essayID])
        try reopened.close()
        #expect(try bytes(path) == complete)
    }

    @Test func corruptLineTruncatesTheRest() throws {
        let path = temporaryPath("jsonl")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let output = try JSONLinesResultFile(path: path)
        try output.append(analysis("a.txt", "Une."))
        try output.close()
        let kept = try bytes(path)
        // Zeros are what a power cut can leave where data was not yet written.
        try append([0, 0, 0, 0, 0x0A] + Array("{\"record\":\"failure\"}\n".utf8), to: path)
        let recorded = try JSONLinesResultFile(path: path).recordedResults()
        #expect(recorded.droppedBytes == 5 + 21)
        #expect(try bytes(path) == kept)
    }

    @Test(arguments: ["jsonl", "csv"])
    func corruptMiddleLineIsAnError(format: String) throws {
        let path = temporaryPath(format)
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            let output = try ResultFormat.openOutput(path)
            for number in 1...4 {
                try output.append(analysis("\(number).txt", "Copie numéro \(number)."))
            }
            try output.close()
        }
        var lines = String(decoding: try bytes(path), as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false)
        // The CSV header is line 1, so the third line is a record in both formats.
        lines[2] = "{garbage"
        let damaged = Array(lines.joined(separator: "\n").utf8)
        try Data(damaged).write(to: URL(fileURLWithPath: path))
        #expect(throws: StorageError.corruptLine(path: path, line: 3)) {
            _ = try ResultFormat.openOutput(path)
        }
        #expect(try bytes(path) == damaged)
        let message = StorageError.corruptLine(path: path, line: 3).description
        #expect(message.hasPrefix("\(path):3: "))
        #expect(message.contains("move the file away"))
    }

    @Test func secondWriterIsRejected() throws {
        let path = temporaryPath("jsonl")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let first = try JSONLinesResultFile(path: path)
        #expect(throws: StorageError.outputLocked(path: path)) {
            _ = try JSONLinesResultFile(path: path)
        }
        try first.close()
        _ = try JSONLinesResultFile(path: path)
    }

    @Test func jsonLinesLoadKeepsLastRecordOfSource() throws {
        let path = temporaryPath("jsonl")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let output = try JSONLinesResultFile(path: path)
        try output.append(StoredFailure(source: "a.txt", error: "a.txt: binary file"))
        try output.append(analysis("b.txt", "Deux."))
        let fixed = analysis("a.txt", "Corrigée.")
        try output.append(fixed)
        try output.close()
        let loaded = try ResultFormat.load(path)
        #expect(loaded.analyses.map(\.source) == ["a.txt", "b.txt"])
        #expect(loaded.analyses.first == fixed)
        #expect(loaded.failures.isEmpty)
        #expect(try JSONLinesResultFile(path: path).recordedResults().failedSources.isEmpty)
    }

    @Test func csvRowsHaveLevelsAndEscapes() throws {
        let path = temporaryPath("csv")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let output = try CSVResultFile(path: path)
        let record = analysis("classe, 2A/\"essai\".txt", "Il etait une fois.", level: 2)
        try output.append(record)
        try output.append(StoredFailure(source: "=cmd.txt", error: "line one\nline two"))
        try output.close()
        let lines = String(decoding: try bytes(path), as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0] == Substring(CSVResultFile.columns.joined(separator: ",")))
        #expect(
            lines[1]
                == "\"classe, 2A/\"\"essai\"\".txt\",\(record.essayID),analyzed,4,1,1,2,2,2,2,,,1,")
        #expect(lines[2] == "'=cmd.txt,,failed,,,,,,,,,,,line one line two")
        let fields = try #require(CSVResultFile.parse(String(lines[1])))
        #expect(fields.count == CSVResultFile.columns.count)
        #expect(fields[0] == "classe, 2A/\"essai\".txt")
        #expect(try CSVResultFile(path: path).recordedResults().failedSources == ["=cmd.txt"])
    }

    @Test(arguments: [
        ("csv", "nom,note\nAlice,12\nBruno,9\n"),
        ("csv", "nom,note"),
        ("jsonl", "{\"event\":\"click\"}\n{\"event\":\"key\"}\n"),
        ("jsonl", "[1, 2, 3]"),
    ])
    func foreignFileIsLeftUnchanged(format: String, content: String) throws {
        let path = temporaryPath(format)
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(content.utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: StorageError.notResultFile(path: path)) {
            _ = try ResultFormat.openOutput(path)
        }
        #expect(try bytes(path) == Array(content.utf8))
    }

    @Test func tornFirstRecordIsDropped() throws {
        let path = temporaryPath("jsonl")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(#"{"essayID":"3f2a"#.utf8).write(to: URL(fileURLWithPath: path))
        let recorded = try JSONLinesResultFile(path: path).recordedResults()
        #expect(recorded.droppedBytes == 16)
        #expect(try bytes(path).isEmpty)
    }

    @Test func sqliteAnalysisClearsEarlierFailure() throws {
        let store = try SQLiteResultStore(.memory)
        try store.append(StoredFailure(source: "a.txt", error: "a.txt: binary file"))
        try store.append(analysis("a.txt", "Corrigée."))
        #expect(try store.failures().isEmpty)
        #expect(try store.recordedResults().failedSources.isEmpty)
        #expect(try store.analyses().count == 1)
    }

    @Test func unknownExtensionIsRejected() {
        #expect(throws: StorageError.unknownFormat(path: "out.xlsx")) {
            _ = try ResultFormat.openOutput("out.xlsx")
        }
        let csv = temporaryPath("csv")
        defer { try? FileManager.default.removeItem(atPath: csv) }
        FileManager.default.createFile(atPath: csv, contents: Data())
        #expect(throws: StorageError.unreadableFormat(path: csv, format: "CSV")) {
            _ = try ResultFormat.load(csv)
        }
    }
}
