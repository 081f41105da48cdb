import Foundation
import KeystrokeAnalysis
import Plume
import Testing
import WritingModel
import _TestSupport

// The code between the markers is the server example of README.md, word
// for word; ServerIntegrationExampleTests checks both that it runs and
// that the README still shows it.

// BEGIN README EXAMPLE
/// What a web server keeps for Plume: one analyser for the whole process
/// (it loads in about 0.3 s and is safe to share between threads) and one
/// sentence cache shared by every editing session.
final class EssayFeedback: Sendable {
    private let analyzer: Analyzer
    private let sentences: SentenceFeedbackService

    init() throws {
        analyzer = try Analyzer()
        sentences = SentenceFeedbackService(analyzer: analyzer)
    }

    /// POST /essays: the six criteria of a finished essay, as JSON. The
    /// keystroke log, when the editor recorded one, measures fluence and
    /// révision.
    func report(text: String, assignment: String?, keystrokeLog: String?) throws -> Data {
        let report: AnalysisReport
        if let keystrokeLog {
            let log = try KeystrokeLog.parseAll(keystrokeLog, source: "upload")[0]
            report = try analyzer.analyze(text, prompt: assignment, keystrokes: log)
        } else {
            report = try analyzer.analyze(text, prompt: assignment)
        }
        return try JSONEncoder().encode(report)
    }

    /// A WebSocket opens one session per student; each edit the editor
    /// sends returns the findings of the sentences it completed.
    func openSession(assignment: String?) -> EditingSession {
        EditingSession(analyzer: analyzer, prompt: assignment, feedback: sentences)
    }
}

func handleEdit(_ session: EditingSession, offset: Int, length: Int, text: String, time: Int)
    throws -> Data
{
    let update = try session.apply(TextEdit(offset: offset, length: length, text: text, time: time))
    return try JSONEncoder().encode(update)
}
// END README EXAMPLE

@Suite struct ServerIntegrationExampleTests {
    @Test func exampleRunsOnRealEssay() throws {
        let feedback = try EssayFeedback()
        let text = Fixtures.corpusText("learner/texts/S27-F-.txt")
        let data = try feedback.report(
            text: text, assignment: "La sécurité routière", keystrokeLog: nil)
        let report = try JSONDecoder().decode(AnalysisReport.self, from: data)
        #expect(report.matches.contains { $0.ruleID == "spell.unknown-word" })

        let log = """
            {"kind":"insert","time":0,"position":0,"text":"Le chat"}
            {"kind":"insert","time":900,"position":7,"text":" dort."}
            """
        let logged = try feedback.report(text: "Le chat dort.", assignment: nil, keystrokeLog: log)
        let loggedReport = try JSONDecoder().decode(AnalysisReport.self, from: logged)
        #expect(loggedReport.criteria[.fluence] != nil)

        let session = feedback.openSession(assignment: nil)
        _ = try handleEdit(session, offset: 0, length: 0, text: "Il etait là.", time: 100)
        let json = try handleEdit(session, offset: 12, length: 0, text: " ", time: 300)
        let update = try JSONDecoder().decode(EditingUpdate.self, from: json)
        #expect(update.textLength == 13)
        let matches = update.sentences.flatMap(\.matches)
        #expect(matches.contains { $0.span == TextSpan(start: 3, end: 8) })
    }

    @Test func readmeShowsExample() throws {
        let source = try String(contentsOfFile: #filePath, encoding: .utf8)
        let start = try #require(source.range(of: "// BEGIN README EXAMPLE\n"))
        let end = try #require(source.range(of: "// END README EXAMPLE"))
        let example = String(source[start.upperBound..<end.lowerBound])
        let readme = try String(
            contentsOf: Fixtures.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let imports = "import Foundation\nimport KeystrokeAnalysis\nimport Plume\nimport WritingModel\n\n"
        #expect(readme.contains("```swift\n" + imports + example + "```"), "README.md no longer shows the example of ServerIntegrationExample.swift")
    }
}
