import Foundation
import Testing
import _TestSupport

@testable import Lexicon

@Suite struct LexiqueTests {
    @Test func loadsWholeTable() {
        #expect(Fixtures.lexique.entryCount == 142_694)
        #expect(Fixtures.lexique.formCount > 120_000)
    }

    @Test func estHasVerbAndNounReadings() throws {
        let entries = Fixtures.lexique.entries(for: "est")
        let verb = try #require(entries.first { $0.partOfSpeech == .verb })
        #expect(verb.lemma == "être")
        #expect(verb.inflections.contains {
            $0.mood == .indicative && $0.tense == .present && $0.person == 3 && $0.number == .singular
        })
        #expect(entries.contains { $0.partOfSpeech == .noun && $0.gender == .masculine })
    }

    @Test func lookupFallsBackToLowercase() {
        #expect(!Fixtures.lexique.lookup("Maison").isEmpty)
        #expect(Fixtures.lexique.entries(for: "Maison").isEmpty)
    }

    @Test func featuresAndFrequencies() throws {
        let maison = try #require(Fixtures.lexique.entries(for: "maisons").first)
        #expect(maison.lemma == "maison")
        #expect(maison.gender == .feminine)
        #expect(maison.number == .plural)
        #expect(maison.syllables == 2)
        #expect(maison.zipf > 4)
    }

    @Test func malformedTableNamesLine() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "lexique-\(UUID().uuidString).tsv")
        let header = "ortho\tphon\tlemme\tcgram\tgenre\tnombre\tfreqlemfilms2\tfreqlemlivres\tfreqfilms2\tfreqlivres\tinfover\tnbsyll\n"
        let rows = "chat\tSa\tchat\tNOM\tm\ts\t1\t2\t3\t4\t\t1\nchien\tSj5\tchien\tNOM\tm\ts\tx\t2\t3\t4\t\t1\n"
        try (header + rows).write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: LexiconError.malformedLine(path: url.path, line: 3, reason: "invalid number \"x\"")) {
            _ = try Lexique(contentsOf: url)
        }
    }

    @Test func scatteredRowsOfAFormStayTogether() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "lexique-\(UUID().uuidString).tsv")
        let header = "ortho\tphon\tlemme\tcgram\tgenre\tnombre\tfreqlemfilms2\tfreqlemlivres\tfreqfilms2\tfreqlivres\tinfover\tnbsyll\n"
        let rows = [
            "ferme\tfERm\tferme\tNOM\tf\ts\t1\t1\t1\t1\t\t1",
            "fermes\tfERm\tferme\tNOM\tf\tp\t1\t1\t1\t1\t\t1",
            "ferme\tfERm\tfermer\tVER\t\t\t1\t1\t1\t1\tind:pre:3s;\t1",
            "ferme\tfERm\tferme\tADJ\tf\ts\t1\t1\t1\t1\t\t1",
        ]
        try (header + rows.joined(separator: "\n") + "\n").write(
            to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let lexique = try Lexique(contentsOf: url)
        let ferme = lexique.entries(for: "ferme")
        #expect(ferme.map(\.partOfSpeech) == [.noun, .verb, .adjective])
        #expect(lexique.entries(for: "fermes").map(\.number) == [.plural])
        #expect(lexique.formCount == 2)
        var rowCount = 0
        lexique.forEachEntry { _, _ in rowCount += 1 }
        #expect(rowCount == 4)
    }
}

@Suite struct SpellCheckerTests {
    @Test(arguments: ["reconnaitre", "chaine", "reconnaître", "chaîne", "élève", "l'", "aujourd'hui"])
    func acceptsValidSpellings(word: String) {
        #expect(Fixtures.spellChecker.isCorrect(word))
    }

    @Test(arguments: ["etait", "vigilence", "hopital"])
    func rejectsMisspellings(word: String) {
        #expect(!Fixtures.spellChecker.isCorrect(word))
    }

    @Test func comprehensiveDictionaryInstalled() {
        #expect(Fixtures.spellChecker.acceptsReformSpellings)
    }

    @Test func emptyDictionaryIsRejected() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "dictionary-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("vide").path
        FileManager.default.createFile(atPath: path + ".aff", contents: Data("SET UTF-8\n".utf8))
        FileManager.default.createFile(atPath: path + ".dic", contents: Data("1\nchat\n".utf8))
        #expect(throws: LexiconError.notFrenchDictionary(path: path, rejected: ["le", "de", "et", "maison", "être"])) {
            _ = try SpellChecker(dictionaryPath: path)
        }
    }

    @Test func missingDictionaryNamesPackage() {
        #expect(throws: LexiconError.self) {
            _ = try SpellChecker(dictionaryPath: "/nonexistent/fr")
        }
    }

    @Test func concurrentLookupsAgree() async {
        let words = ["maison", "etait", "chaine", "vigilence", "élève", "hopital"]
        let results = await withTaskGroup(of: [Bool].self) { group in
            for _ in 0..<4 {
                group.addTask { words.map { Fixtures.spellChecker.isCorrect($0) } }
            }
            return await group.reduce(into: [[Bool]]()) { $0.append($1) }
        }
        #expect(Set(results).count == 1)
    }
}
