import Foundation
import Testing
import WritingModel
import _TestSupport

@testable import Plume

/// Every vocabulaire and sémantique message a student can read on the
/// learner texts: full French sentences, French typography, and words the
/// French dictionary accepts (quoted student words aside).
@Suite struct FeedbackMessageTests {
    static let names = ["307_traduction", "P04C6E2", "P05CE2N1", "P05CM2N1", "S10-R-", "S27-F-"]

    static func messages() throws -> [String] {
        var messages: [String] = []
        for name in names {
            let text = Fixtures.corpusText("learner/texts/\(name).txt")
            let promptURL = Fixtures.corpusURL("learner/prompts/\(name).txt")
            let prompt = try? String(contentsOf: promptURL, encoding: .utf8)
            let report = try Fixtures.analyzer.analyze(text, prompt: prompt)
            for criterion in [Criterion.vocabulaire, .semantique] {
                messages.append(try #require(report.criteria[criterion]?.message))
            }
            messages += report.matches.filter {
                $0.criterion == .vocabulaire || $0.criterion == .semantique
            }.map(\.message)
        }
        return messages
    }

    @Test func messagesAreFullSentences() throws {
        let messages = try Self.messages()
        #expect(messages.count > 40)
        for message in messages {
            #expect(message.first?.isUppercase == true, "\(message)")
            #expect(message.hasSuffix(".") || message.hasSuffix("?"), "\(message)")
        }
    }

    @Test func messagesFollowFrenchTypography() throws {
        for message in try Self.messages() {
            #expect(!message.contains("« "), "plain space after «: \(message)")
            #expect(!message.contains(" »"), "plain space before »: \(message)")
            for mark in [";", "!", "?"] {
                #expect(!message.contains(" \(mark)"), "plain space before \(mark): \(message)")
            }
            #expect(!message.contains(" :"), "plain space before colon: \(message)")
            let opening = message.filter { $0 == "«" }.count
            #expect(opening == message.filter { $0 == "»" }.count, "\(message)")
            // Plume's own words use the typographic apostrophe.
            #expect(!Self.ownWords(message).contains("'"), "\(message)")
        }
    }

    @Test func messageWordsAreInTheDictionary() throws {
        var unknown = Set<String>()
        for message in try Self.messages() {
            let words = Self.ownWords(message).split { !$0.isLetter && $0 != "’" && $0 != "-" }
            for word in words where !Fixtures.spellChecker.isCorrect(String(word)) {
                unknown.insert(String(word))
            }
        }
        // Measure names Plume prints as they are.
        unknown.subtract(["MTLD"])
        #expect(unknown.isEmpty, "\(unknown.sorted())")
    }

    /// `message` without the parts between guillemets, which quote the
    /// student's text or suggestions.
    static func ownWords(_ message: String) -> String {
        var result = ""
        var depth = 0
        for character in message {
            if character == "«" {
                depth += 1
            } else if character == "»" {
                depth -= 1
            } else if depth == 0 {
                result.append(character)
            }
        }
        return result
    }
}
