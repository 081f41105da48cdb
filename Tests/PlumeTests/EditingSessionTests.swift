import Foundation
import KeystrokeAnalysis
import Testing
import WritingModel
import _TestSupport

@testable import Plume

@Suite struct EditingSessionTests {
    /// Types `text` one character per edit, 150 ms apart, and collects the feedback.
    func type(_ text: String, into session: EditingSession, startingAt time: Int = 0) throws
        -> [SentenceFeedback]
    {
        var feedback: [SentenceFeedback] = []
        var offset = session.text.utf16.count
        var clock = time
        for character in text {
            let piece = String(character)
            let update = try session.apply(
                TextEdit(offset: offset, length: 0, text: piece, time: clock))
            offset += piece.utf16.count
            clock += 150
            #expect(update.textLength == offset)
            feedback += update.sentences
        }
        return feedback
    }

    @Test func finishedSentenceGetsFeedback() throws {
        let session = EditingSession(analyzer: Fixtures.analyzer)
        let text = "Il etait une fois un élève. Il écrivait"
        let feedback = try type(text, into: session)
        #expect(session.text == text)
        let sentence = try #require(feedback.first)
        #expect(sentence.offset == 0)
        #expect(sentence.length == 27)
        let spelling = try #require(sentence.matches.first { $0.ruleID == "spell.unknown-word" })
        #expect(spelling.span == TextSpan(start: 3, end: 8))
        #expect(spelling.replacements.first == "était")
        #expect(feedback.allSatisfy { $0.offset == 0 }, "the open second sentence is not due yet")
    }

    @Test func editsInsideTextShiftFeedback() throws {
        let session = EditingSession(
            analyzer: Fixtures.analyzer, initialText: "Bonjour. Le chat dort.")
        // Replace « chat » by « chein », then leave the sentence with a full stop edit.
        _ = try session.apply(TextEdit(offset: 12, length: 4, text: "chein", time: 100))
        let update = try session.apply(TextEdit(offset: 23, length: 0, text: " Fin.", time: 400))
        let flushed = update.sentences + (try session.flush())
        let changed = try #require(flushed.first { $0.offset == 9 })
        #expect(changed.matches.contains { $0.span == TextSpan(start: 12, end: 17) })
        #expect(session.text == "Bonjour. Le chein dort. Fin.")
    }

    @Test func pasteOfSeveralSentencesGetsFeedback() throws {
        let session = EditingSession(analyzer: Fixtures.analyzer, initialText: "Titre.\n")
        let pasted = "Le chein dort. La chate mange. Il"
        let update = try session.apply(TextEdit(offset: 7, length: 0, text: pasted, time: 100))
        let feedback = update.sentences + (try session.flush())
        let offsets = feedback.map(\.offset).sorted()
        #expect(offsets == [7, 22], "the two completed sentences, not the title nor « Il »")
        let flagged = feedback.flatMap(\.matches).filter { $0.ruleID == "spell.unknown-word" }
        #expect(flagged.contains { $0.span == TextSpan(start: 10, end: 15) }, "« chein »")
        #expect(flagged.contains { $0.span == TextSpan(start: 25, end: 30) }, "« chate »")
    }

    @Test func deletionAndReplacementMapToActions() {
        #expect(
            EditingSession.action(for: TextEdit(offset: 3, length: 0, text: "a"))
                == .insert(at: 3, text: "a"))
        #expect(
            EditingSession.action(for: TextEdit(offset: 3, length: 1, text: ""))
                == .delete(TextSpan(start: 3, end: 4), direction: .backward, expected: nil))
        #expect(
            EditingSession.action(for: TextEdit(offset: 3, length: 5, text: ""))
                == .delete(TextSpan(start: 3, end: 8), direction: .selection, expected: nil))
        #expect(
            EditingSession.action(for: TextEdit(offset: 3, length: 2, text: "xy"))
                == .replace(TextSpan(start: 3, end: 5), text: "xy", expected: nil))
    }

    @Test func invalidEditLeavesTextUnchanged() throws {
        let session = EditingSession(analyzer: Fixtures.analyzer, initialText: "Court.")
        #expect(throws: PlumeError.invalidEdit(offset: -1, length: 0)) {
            try session.apply(TextEdit(offset: -1, length: 0, text: "x", time: 0))
        }
        #expect(throws: KeystrokeAnalysisError.self) {
            try session.apply(TextEdit(offset: 4, length: 10, text: "", time: 0))
        }
        #expect(session.text == "Court.")
    }

    @Test func reportMeasuresWritingProcess() throws {
        let session = EditingSession(
            analyzer: Fixtures.analyzer, prompt: "Racontez une histoire d'élève.")
        let text = Fixtures.corpusText("learner/texts/P05CE2N1.txt")
        _ = try type(text, into: session)
        let report = try session.report()
        #expect(report.statistics.words == 49)
        #expect(report.criteria[.fluence]?.isMeasured == true)
        #expect(report.criteria[.revision]?.isMeasured == true)
        #expect(report.criteria[.semantique]?.measures["prompt_coverage"] != nil)
    }

    @Test func sessionsShareFeedbackAcrossThreads() async throws {
        let feedback = SentenceFeedbackService(analyzer: Fixtures.analyzer)
        let texts = ["Le chien aboie fort. Fin", "Une fille lisait un livre. Fin"]
        let results = try await withThrowingTaskGroup(of: (Int, [SentenceFeedback]).self) { group in
            for (index, text) in texts.enumerated() {
                group.addTask {
                    let session = EditingSession(analyzer: Fixtures.analyzer, feedback: feedback)
                    return (index, try type(text, into: session))
                }
            }
            var collected: [Int: [SentenceFeedback]] = [:]
            for try await (index, sentences) in group {
                collected[index] = sentences
            }
            return collected
        }
        #expect(results[0]?.first?.length == 20)
        #expect(results[1]?.first?.length == 26)
    }

    @Test func updateEncodesLikeLanguageTool() throws {
        let session = EditingSession(analyzer: Fixtures.analyzer)
        let update = try type("Il etait là. ", into: session).first
        let data = try JSONEncoder().encode(try #require(update))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let matches = try #require(json["matches"] as? [[String: Any]])
        #expect(matches.first?["offset"] as? Int == 3)
        #expect(matches.first?["length"] as? Int == 5)
        #expect((matches.first?["rule"] as? [String: Any])?["id"] as? String == "spell.unknown-word")
    }
}
