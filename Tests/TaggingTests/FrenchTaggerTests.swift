import Testing
import _TestSupport
import WritingModel

@testable import Tagging

@Suite struct FrenchTaggerTests {
    @Test(arguments: [
        ("Je la vois tous les jours.", "la", UniversalPOS.pron),
        ("La maison est grande.", "La", .det),
        ("Il est parti hier.", "est", .aux),
        ("Il habite à l'est de la ville.", "est", .noun),
        ("Je pense que tu as raison.", "que", .sconj),
        ("Le livre que je lis est long.", "que", .pron),
        ("Elle a mangé une pomme.", "a", .aux),
        ("Il va à Paris demain.", "à", .adp),
        ("Il achète des pommes au marché.", "des", .det),
    ])
    func ambiguousWordsTaggedInContext(text: String, form: String, expected: UniversalPOS) throws {
        let word = try #require(try TaggerFixture.word(form, in: text))
        #expect(word.partOfSpeech == expected)
    }

    @Test(arguments: ["Il a un chat.", "Elle a faim.", "On a vu la mer."])
    func verbAIsAvoirNotPreposition(text: String) throws {
        let word = try #require(try TaggerFixture.word("a", in: text))
        #expect(word.partOfSpeech.isVerbal)
        #expect(word.lemma == "avoir")
    }

    @Test(arguments: [
        ("Le prix du pain augmente.", "du", ["de", "le"]),
        ("Il va au cinéma.", "au", ["à", "le"]),
        ("Il parle aux élèves.", "aux", ["à", "les"]),
        ("La fin des vacances approche.", "des", ["de", "les"]),
        ("Le projet auquel je pense avance.", "auquel", ["à", "lequel"]),
    ])
    func contractionsSplitWithSharedSpan(text: String, token: String, parts: [String]) throws {
        let tokens = try Fixtures.pipelineTokens(text)
        let index = try #require(tokens.firstIndex { $0.text == token })
        let words = TaggerFixture.tagger.tag(tokens[...]).filter { $0.tokenIndex == index }
        #expect(words.map(\.form) == parts)
        #expect(words.allSatisfy { $0.span == tokens[index].span })
        #expect(words.allSatisfy { $0.isContractionPart })
        #expect(words.first?.partOfSpeech == .adp)
    }

    @Test func partitiveDesStaysOneArticle() throws {
        let words = try TaggerFixture.tag("Il achète des pommes.")
        let des = words.filter { $0.form == "des" }
        #expect(des.count == 1)
        #expect(des.first?.lemma == "un")
    }

    @Test(arguments: [
        ("Les chevaux étaient fatigués.", "chevaux", "cheval"),
        ("Les chevaux étaient fatigués.", "étaient", "être"),
        ("Nous finissions nos devoirs.", "finissions", "finir"),
        ("Elles sont parties tôt.", "parties", "partir"),
        ("Le Président parle.", "Le", "le"),
    ])
    func lemmas(text: String, form: String, lemma: String) throws {
        let word = try #require(try TaggerFixture.word(form, in: text))
        #expect(word.lemma == lemma)
    }

    /// Words no lexicon lists (neologisms, misspellings) get their tag and
    /// lemma from their endings; most of these invented verbs must come out
    /// as verbs with an infinitive in « -er ».
    @Test func unknownVerbsGuessedFromEndings() throws {
        let sentences = [
            ("Les internautes googlisaient leurs voisins.", "googlisaient"),
            ("Ils twittaient toute la journée.", "twittaient"),
            ("Nous zappions sans arrêt.", "zappions"),
            ("Elle textotait ses amies.", "textotait"),
            ("Vous bloguerez demain.", "bloguerez"),
        ]
        var verbs = 0
        for (text, form) in sentences {
            let word = try #require(try TaggerFixture.word(form, in: text))
            if word.partOfSpeech == .verb && word.lemma.hasSuffix("er") { verbs += 1 }
        }
        #expect(verbs >= 4)
    }

    @Test func verbFeaturesFollowSubject() throws {
        let sont = try #require(try TaggerFixture.word("sont", in: "Elles sont parties tôt."))
        #expect(sont.features.person == 3)
        #expect(sont.features.number == .plural)
        #expect(sont.features.isFinite)
        let finissions = try #require(
            try TaggerFixture.word("finissions", in: "Nous finissions nos devoirs."))
        #expect(finissions.features.tense == "Imp")
        #expect(finissions.features.mood == "Ind")
        #expect(finissions.features.person == 1)
    }

    @Test func nounGenderAndNumber() throws {
        let maisons = try #require(
            try TaggerFixture.word("maisons", in: "Les maisons sont belles."))
        #expect(maisons.features.gender == .feminine)
        #expect(maisons.features.number == .plural)
    }

    @Test func passiveParticipleMarked() throws {
        let word = try #require(
            try TaggerFixture.word("construite", in: "La maison a été construite en 1900."))
        #expect(word.features.isPassive)
        #expect(word.features.verbForm == "Part")
    }

    @Test func elisionsAndInversionsAccepted() throws {
        let words = try TaggerFixture.tag("L'élève qu'il a-t-il vu ?")
        #expect(try #require(words.first { $0.form == "L'" }).partOfSpeech == .det)
        #expect(try #require(words.first { $0.form == "-t-il" }).partOfSpeech == .pron)
    }

    @Test func emptySentenceGivesNoWord() {
        #expect(TaggerFixture.tagger.tag([Token]()[...]).isEmpty)
    }

    @Test func tokenIndicesPointIntoCallerCollection() throws {
        let tokens = try Fixtures.pipelineTokens("Bonjour. Il pleut.")
        let tagged = TaggerFixture.tagger.tag(tokens, sentences: [0..<2, 2..<5])
        #expect(tagged.count == 2)
        #expect(tagged[1].map(\.tokenIndex) == [2, 3, 4])
        #expect(tagged[1][0].span == tokens[2].span)
    }

    @Test func taggingTwiceGivesSameResult() throws {
        let text =
            "Les enfants jouaient dans le jardin du voisin pendant que leurs parents parlaient."
        let first = try TaggerFixture.tag(text)
        let second = try TaggerFixture.tag(text)
        #expect(first == second)
    }
}

extension Fixtures {
    static func pipelineTokens(_ text: String) throws -> [Token] {
        try pipeline.tokens(of: text)
    }
}
