import Foundation
import Lexicon
import Testing
import _TestSupport

@Suite struct SpellingSuggesterTests {
    var suggester: SpellingSuggester {
        get throws { try Fixtures.analyzer.resources.spellingSuggester.value() }
    }

    @Test(arguments: [
        ("etant", "étant"), ("telecharger", "télécharger"), ("garcon", "garçon"),
        ("Etait", "Était"), ("colere", "colère"), ("hopital", "hôpital"), ("rison", "raison"),
        ("rouite", "route"), ("apeler", "appeler"),
    ])
    func bestSuggestionWithoutContext(word: String, expected: String) throws {
        #expect(try suggester.suggestions(for: word, expectation: nil).first == expected)
    }

    @Test(arguments: [
        ("pance", ["pense", "panse"]), ("cans", ["quand", "quant", "camp"]),
        ("mait", ["mes", "mais", "met", "mets"]), ("fame", ["femme"]), ("ojourdui", ["aujourd'hui"]),
    ])
    func phoneticSpellingsFindTheirHomophones(word: String, expected: [String]) throws {
        let found = try suggester.suggestions(for: word, expectation: nil, limit: 20)
        for form in expected {
            #expect(found.contains(form), "\(word) → \(found)")
        }
    }

    @Test(arguments: [("maidon", "maison"), ("chqt", "chat"), ("ecole", "école"), ("vrzi", "vrai")])
    func keyboardSlips(word: String, expected: String) throws {
        #expect(try suggester.suggestions(for: word, expectation: nil).first == expected)
    }

    @Test func contextPicksTheWordClass() throws {
        let firstPerson = ContextExpectation(.finiteVerb(person: 1, number: .singular), isFromCue: true)
        #expect(try suggester.suggestions(for: "pance", expectation: firstPerson).first == "pense")
        let plural = ContextExpectation(.determiner(.plural), isFromCue: true)
        #expect(try suggester.suggestions(for: "mait", expectation: plural).first == "mes")
        let conjunction = ContextExpectation(.clauseOpener, isFromCue: true)
        #expect(try suggester.suggestions(for: "mait", expectation: conjunction).first == "mais")
    }

    @Test func suggestionsAreAcceptedByHunspell() throws {
        for word in ["pance", "cans", "mait", "etant", "connaisance", "aprés"] {
            for suggestion in try suggester.suggestions(for: word, expectation: nil) {
                #expect(Fixtures.spellChecker.isCorrect(suggestion), "\(suggestion)")
            }
        }
    }

    @Test func suggestionsAreTheSameOnEveryThread() async throws {
        let suggester = try suggester
        let words = [
            "pance", "cans", "mait", "etant", "gnagnagna", "anticonstitutionelement", "boujour",
            "exellent", "developement", "aquérir", "tranquilement", "byciclette",
        ]
        let lists = await withTaskGroup(of: [[String]].self) { group in
            for round in 0..<6 {
                group.addTask {
                    // Each task walks the words in its own order.
                    let order = round % 2 == 0 ? words : words.reversed()
                    let found = Dictionary(
                        uniqueKeysWithValues: order.map {
                            ($0, suggester.suggestions(for: $0, expectation: nil))
                        })
                    return words.map { found[$0]! }
                }
            }
            return await group.reduce(into: [[[String]]]()) { $0.append($1) }
        }
        #expect(Set(lists).count == 1)
        #expect(lists.first?.allSatisfy { !$0.isEmpty } == false)
    }
}

@Suite struct SpellingDistanceTests {
    let distance = SpellingDistance(
        keyboard: try! KeyboardLayout(resources: Fixtures.resources),
        soundAlikeLetters: try! KeyboardLayout.soundAlikeLetters(resources: Fixtures.resources))

    @Test func accentCostsLessThanNeighbourLessThanLetter() {
        let accent = distance.distance(Array("etait"), Array("était"))
        let neighbour = distance.distance(Array("maidon"), Array("maison"))
        let other = distance.distance(Array("maipon"), Array("maison"))
        #expect(accent < neighbour && neighbour < other)
        #expect(distance.distance(Array("chat"), Array("chta")) == distance.swap)
        #expect(distance.distance(Array("chat"), Array("chat")) == 0)
    }

    @Test func doubledLettersCostLessThanOtherLetters() {
        #expect(distance.distance(Array("apeler"), Array("appeler")) == distance.doubledLetter)
    }
}

@Suite struct PhoneticTranscriberTests {
    let transcriber = try! PhoneticTranscriber(resources: Fixtures.resources)

    @Test(arguments: [
        ("pance", "p@s"), ("cans", "k@"), ("mait", "mE"), ("garcon", "gaRk§"), ("oiseau", "wazo"),
        ("chanteront", "S@t°R§"), ("famille", "famij"), ("ville", "vil"), ("gare", "gaR"),
        ("parlent", "paRl"), ("question", "kEstj§"),
    ])
    func transcribes(word: String, phonemes: String) {
        #expect(transcriber.transcriptions(of: word).contains(phonemes), "\(transcriber.transcriptions(of: word))")
    }
}

@Suite struct SpellingScoreProbe {
    @Test(.disabled(if: ProcessInfo.processInfo.environment["PLUME_PROBE"] == nil))
    func printScores() throws {
        let suggester = try Fixtures.analyzer.resources.spellingSuggester.value()
        let words = (ProcessInfo.processInfo.environment["PLUME_PROBE"] ?? "").split(separator: ",")
        let firstPerson = ContextExpectation(.finiteVerb(person: 1, number: .singular), isFromCue: true)
        for word in words {
            for expectation in [nil, firstPerson] {
                let scored = suggester.scoredCandidates(for: String(word), expectation: expectation)
                print(word, scored.prefix(8).map { "\($0.form) \(($0.score * 100).rounded() / 100)" })
            }
        }
    }
}
