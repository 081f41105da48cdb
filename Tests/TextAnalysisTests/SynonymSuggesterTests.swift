import Lexicon
import Testing
import _TestSupport

@testable import TextAnalysis

/// Synonyms from Debian's mythes-fr, inflected with the checkout's Lexique.
@Suite struct SynonymSuggesterTests {
    var suggester: SynonymSuggester {
        get throws { try #require(Fixtures.analyzer.resources.synonymSuggester()) }
    }

    @Test(arguments: [
        ("obliger", "obligerait", "", "ait"),
        ("utiliser", "utilise", "r", ""),
        ("grand", "grandes", "", "es"),
        ("voyage", "voyage", "", ""),
        ("cheval", "chevaux", "l", "ux"),
    ])
    func suffixChangeFromLemmaToForm(lemma: String, form: String, removed: String, added: String) {
        let change = SuffixChange(from: lemma, to: form)
        #expect(change.removed == removed)
        #expect(change.added == added)
    }

    @Test func suffixChangeAppliesOnlyToMatchingEnding() {
        let change = SuffixChange(from: "utiliser", to: "utilisons")
        #expect(change.applied(to: "appliquer") == "appliquons")
        #expect(change.applied(to: "saisir") == nil)
    }

    @Test func pluralNounGetsPluralSynonymsOfSameGender() throws {
        let synonyms = try suggester.synonyms(of: "voyages", lemma: "voyage", partOfSpeech: .noun)
        #expect(!synonyms.isEmpty)
        for synonym in synonyms {
            let entries = Fixtures.lexique.entries(for: synonym).filter { $0.partOfSpeech == .noun }
            #expect(
                entries.contains { $0.number == .plural && $0.gender != .feminine },
                "\(synonym) is not a masculine plural noun")
        }
        // « promenade » comes first in the thesaurus but is feminine.
        #expect(!synonyms.contains("promenades"))
    }

    @Test func conjugatedVerbKeepsPersonAndTense() throws {
        let synonyms = try suggester.synonyms(of: "utilise", lemma: "utiliser", partOfSpeech: .verb)
        #expect(synonyms.first == "applique")
        let conditional = try suggester.synonyms(
            of: "obligerait", lemma: "obliger", partOfSpeech: .verb)
        #expect(conditional.contains("imposerait"))
    }

    /// « respecte » may be first or third person, so a synonym needs a form
    /// that is both: « aime » fits, « suis » (from « suivre ») does not.
    @Test func ambiguousPersonNeedsFormCoveringEveryReading() throws {
        let synonyms = try suggester.synonyms(
            of: "respecte", lemma: "respecter", partOfSpeech: .verb)
        #expect(!synonyms.contains("suis"))
        #expect(synonyms.allSatisfy { $0.hasSuffix("e") })
    }

    @Test func feminineAdjectiveAgrees() throws {
        let synonyms = try suggester.synonyms(
            of: "grande", lemma: "grand", partOfSpeech: .adjective)
        #expect(synonyms.contains("large"))
        #expect(!synonyms.contains("grand"))
        for synonym in synonyms {
            let entries = Fixtures.lexique.entries(for: synonym)
                .filter { $0.partOfSpeech == .adjective }
            #expect(entries.contains { $0.gender != .masculine }, "\(synonym) is masculine only")
        }
    }

    @Test func capitalizedWordGetsCapitalizedSynonyms() throws {
        let synonyms = try suggester.synonyms(
            of: "Réserver", lemma: "réserver", partOfSpeech: .verb)
        #expect(!synonyms.isEmpty)
        #expect(synonyms.allSatisfy { $0.first?.isUppercase == true })
    }

    @Test func grammarClassesGetNoSynonyms() throws {
        #expect(
            try suggester.synonyms(of: "dans", lemma: "dans", partOfSpeech: .preposition).isEmpty)
    }

    @Test func familiarWordsAreNeverProposed() throws {
        let synonyms = try suggester.synonyms(of: "chose", lemma: "chose", partOfSpeech: .noun)
        #expect(!synonyms.contains("truc"))
        #expect(!synonyms.contains("machin"))
    }
}
