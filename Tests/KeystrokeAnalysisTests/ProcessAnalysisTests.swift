import Foundation
import Testing
import WritingModel
import _TestSupport

@testable import KeystrokeAnalysis

/// Reports and findings on the real ScriptLog sessions.
@Suite struct ProcessAnalysisTests {
    static let levels: ProcessLevelTable = {
        let url = Fixtures.resources.lexicon(ProcessLevelTable.relativePath)
        do {
            return try ProcessLevelTable(contentsOf: url)
        } catch {
            fatalError("process level table failed to load: \(error)")
        }
    }()

    static func analysis(_ session: String) throws -> ProcessAnalysis {
        let log = try #require(ScriptLogReplayTests.logs.first { $0.sessionID == session })
        return ProcessAnalysis(
            log: log, recordedFinalText: ScriptLogReplayTests.finalText(session), levels: levels)
    }

    @Test(arguments: ScriptLogReplayTests.logs.map(\.sessionID))
    func realSessionIsMeasured(session: String) throws {
        let analysis = try Self.analysis(session)
        for report in [analysis.fluenceReport, analysis.revisionReport] {
            #expect(report.isMeasured)
            #expect(CriterionReport.levels.contains(report.level ?? 0))
            #expect(!report.message.isEmpty)
        }
        #expect(analysis.fluenceReport.measures["p_burst_mean_characters"]?.doubleValue != nil)
        #expect(analysis.revisionReport.measures["product_process_ratio"]?.doubleValue != nil)
        #expect(analysis.comparison?.isMatch == true)
    }

    @Test func largePastesAreFlaggedInPlace() throws {
        // The writer pasted four passages of 371 to 932 characters from a
        // source and reworked them; the THEcorpus file uses CR LF, so the
        // findings are checked on the rebuilt text alone.
        let log = try #require(
            ScriptLogReplayTests.logs.first { $0.sessionID == "A2_2023RI3_il_2" })
        let analysis = ProcessAnalysis(log: log, levels: Self.levels)
        #expect(analysis.measures.largePastes.map(\.length) == [409, 453, 371, 932])
        #expect(analysis.revisionReport.measures["large_paste_count"] == .integer(4))
        let length = analysis.rebuiltText.utf16.count
        #expect(!analysis.findings.isEmpty)
        for finding in analysis.findings {
            #expect(finding.ruleID == "revision.large-paste")
            #expect(finding.span.end <= length)
            #expect(!finding.span.isEmpty)
        }
    }

    @Test func findingsAreDroppedWhenOffsetsDiffer() throws {
        // Same session with its CR LF final text: offsets would be wrong.
        let analysis = try Self.analysis("A2_2023RI3_il_2")
        #expect(analysis.comparison == .sameAfterLineEndings)
        #expect(analysis.findings.isEmpty)
    }

    @Test func logWithoutTypingIsNotMeasured() {
        let log = KeystrokeLog(
            sessionID: "empty", format: .jsonLines, source: "empty.jsonl", sessionStart: 0,
            events: [KeystrokeEvent(time: 5, action: .focusLost)])
        let analysis = ProcessAnalysis(log: log, levels: Self.levels)
        #expect(!analysis.fluenceReport.isMeasured)
        #expect(analysis.fluenceReport.level == nil)
        #expect(analysis.fluenceReport.measures.isEmpty)
        #expect(!analysis.revisionReport.isMeasured)
    }

    @Test func messagesAreSpelledAndSpaced() throws {
        var messages = [
            ProcessMessages.notMeasured(.fluence), ProcessMessages.notMeasured(.revision),
            ProcessMessages.largePaste(length: 250),
        ]
        let measures = try Self.analysis("V_A").measures
        for level in CriterionReport.levels {
            messages.append(ProcessMessages.fluence(level: level, measures: measures))
            for tooMuch in [false, true] {
                messages.append(
                    ProcessMessages.revision(
                        level: level, tooMuchDeleted: tooMuch, measures: measures))
            }
        }
        for message in messages {
            #expect(!message.contains(" :"), "plain space before a colon in: \(message)")
            #expect(message.hasSuffix("."))
            #expect(message.first?.isUppercase == true)
            let words = message.split { !$0.isLetter && $0 != "’" && $0 != "'" }
            for word in words where !Fixtures.spellChecker.isCorrect(String(word)) {
                Issue.record("misspelt « \(word) » in: \(message)")
            }
        }
    }
}
