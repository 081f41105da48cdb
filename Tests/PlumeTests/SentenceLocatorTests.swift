import KeystrokeAnalysis
import Testing
import WritingModel
import _TestSupport

@testable import Plume

/// The local sentence search of live sessions.
@Suite struct SentenceLocatorTests {
    func sentence(_ text: String, at offset: Int) -> (String, Bool) {
        let buffer = UTF16Text(text)
        let located = SentenceLocator.sentence(
            containing: offset, in: buffer, pipeline: Fixtures.pipeline)
        return (buffer.substring(located.span), located.isComplete)
    }

    @Test(arguments: [
        ("Le chat dort. Il rêve.", 3, "Le chat dort.", true),
        ("Le chat dort. Il rêve.", 12, "Le chat dort.", true),
        ("Le chat dort. Il rêve.", 15, "Il rêve.", true),
        ("Le chat dort. Il rê", 17, "Il rê", false),
        ("Il a dit « Viens ! » puis il est parti", 5, "Il a dit « Viens ! » puis il est parti", false),
        ("Vraiment ?! Oui.", 2, "Vraiment ?!", true),
        ("« Non. » Elle sort.", 3, "« Non. »", true),
        ("Titre\nLe texte commence", 8, "Le texte commence", false),
        ("Le prix est 3.5 euros. Fin", 10, "Le prix est 3.5 euros.", true),
    ])
    func sentenceIsFoundAroundOffset(text: String, offset: Int, expected: String, complete: Bool) {
        let (found, isComplete) = sentence(text, at: offset)
        #expect(found == expected)
        #expect(isComplete == complete)
    }

    @Test func abbreviationKeepsSentenceWhole() {
        #expect(sentence("M. Durand arrive. Il salue.", at: 5).0 == "M. Durand arrive.")
    }

    @Test func sameSentencesAsWholeText() throws {
        let text = Fixtures.corpusText("learner/texts/S27-F-.txt")
        let buffer = UTF16Text(text)
        let document = try Fixtures.pipeline.document(for: text)
        for sentence in document.sentences {
            let located = SentenceLocator.sentence(
                containing: sentence.span.start + 1, in: buffer, pipeline: Fixtures.pipeline)
            #expect(located.span == sentence.span)
        }
    }
}
