import Foundation
import Testing
import _TestSupport

@testable import Lexicon

/// The thesaurus Debian's `mythes-fr` installs, and small hand-made files
/// for the error cases.
@Suite struct ThesaurusTests {
    static let installed: Thesaurus = {
        do {
            return try Thesaurus()
        } catch {
            fatalError("tests need Debian's mythes-fr (apt-get install mythes-fr): \(error)")
        }
    }()

    @Test func readsInstalledFrenchThesaurus() throws {
        #expect(Self.installed.entryCount > 30_000)
        let meanings = Self.installed.meanings(of: "voyage")
        let noun = try #require(
            meanings.first { $0.partOfSpeech.split(separator: " ").contains("Nom") })
        #expect(noun.synonyms.contains("excursion"))
        #expect(noun.synonyms.contains("périple"))
    }

    @Test func lookupFallsBackToLowercase() {
        #expect(Self.installed.meanings(of: "Voyage") == Self.installed.meanings(of: "voyage"))
        #expect(Self.installed.meanings(of: "zzqx").isEmpty)
    }

    /// Writes a thesaurus pair in a new folder and returns its path
    /// without extension.
    func write(index: String, data: String, encoding: String.Encoding = .utf8) -> String {
        let base = Fixtures.temporaryDirectory().appendingPathComponent("thes_test").path
        FileManager.default.createFile(atPath: base + ".idx", contents: index.data(using: encoding))
        FileManager.default.createFile(atPath: base + ".dat", contents: data.data(using: encoding))
        return base
    }

    @Test func readsEntriesAtIndexOffsets() throws {
        let data =
            "UTF-8\nchat|1\n(Nom)|matou|minet\nrapide|2\n(Adjectif)|vif|prompt\n(?)|express\n"
        let chat = data.utf8.count - data.drop(while: { $0 != "c" }).utf8.count
        let rapide = data.utf8.count - data.drop(while: { $0 != "r" }).utf8.count
        let path = write(index: "UTF-8\n2\nchat|\(chat)\nrapide|\(rapide)\n", data: data)
        let thesaurus = try Thesaurus(path: path)
        #expect(thesaurus.entryCount == 2)
        #expect(
            thesaurus.meanings(of: "chat")
                == [Thesaurus.Meaning(partOfSpeech: "Nom", synonyms: ["matou", "minet"])])
        let fast = thesaurus.meanings(of: "rapide")
        #expect(fast.map(\.partOfSpeech) == ["Adjectif", "?"])
        #expect(fast.last?.synonyms == ["express"])
    }

    @Test func missingFileNamesPathAndPackage() {
        #expect {
            try Thesaurus(path: "/nonexistent/thes_fr")
        } throws: { error in
            guard case LexiconError.fileNotFound(let path, let hint) = error else { return false }
            return path == "/nonexistent/thes_fr.idx" && hint.contains("mythes-fr")
        }
    }

    @Test func otherEncodingIsRejected() {
        let path = write(
            index: "ISO8859-1\n1\nété|10\n", data: "ISO8859-1\nété|1\n(Nom)|saison\n",
            encoding: .isoLatin1)
        #expect {
            try Thesaurus(path: path)
        } throws: { error in
            guard case LexiconError.malformedLine(_, let line, let reason) = error else {
                return false
            }
            return line == 1 && reason.contains("ISO8859-1") && reason.contains("UTF-8")
        }
    }

    @Test(arguments: ["chat\n", "chat|x\n", "chat|9999\n"])
    func malformedIndexLineIsRejected(line: String) {
        let path = write(index: "UTF-8\n1\n" + line, data: "UTF-8\nchat|1\n(Nom)|matou\n")
        #expect {
            try Thesaurus(path: path)
        } throws: { error in
            guard case LexiconError.malformedLine(_, let number, _) = error else { return false }
            return number == 3
        }
    }
}
