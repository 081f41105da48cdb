import Foundation
import Lexicon
import Tagging
import Testing
import WritingModel
import _TestSupport

@testable import TextAnalysis

@Suite struct UnknownWordCheckTests {
    func suggestions(_ text: String, for word: String) throws -> [String] {
        let findings = UnknownWordCheck().findings(in: try Fixtures.context(text)).findings
        let span = try #require(text.range(of: word)).lowerBound.utf16Offset(in: text)
        return try #require(findings.first { $0.span.start == span }).replacements
    }

    @Test(arguments: [
        ("Je pance que tu as raison.", "pance", "pense"),
        ("Je ne pance pas qu'il viendra.", "pance", "pense"),
        ("Je voulais venir, mait il pleuvait.", "mait", "mais"),
        ("Elle a rangé mait affaires dans le sac.", "mait", "mes"),
        ("Les élèves etant partis, la salle était vide.", "etant", "étant"),
        ("Il faut telecharger le fichier.", "telecharger", "télécharger"),
        ("Le garcon joue dans la cour.", "garcon", "garçon"),
        ("Il est venu cans il a pu.", "cans", "quand"),
        ("Etant malade, il est resté chez lui.", "Etant", "Étant"),
        ("Nous avons visité la maidon de mon oncle.", "maidon", "maison"),
        ("Il a vu des animals dans la forêt.", "animals", "animaux"),
        ("Elle s'est fait mal aux genous.", "genous", "genoux"),
        ("Ils ont de beaus jardins.", "beaus", "beaux"),
        ("Elle habite une beaue maison.", "beaue", "belle"),
        ("JE PANCE QUE TU AS RAISON.", "PANCE", "PENSE"),
    ])
    func firstSuggestionInContext(text: String, word: String, expected: String) throws {
        #expect(try suggestions(text, for: word).first == expected)
    }

    @Test(arguments: [
        "NOUS SOMMES ALLES A LYON AVEC MARIE DUPONT ET PIERRE GIRAUD.",
        "IL ETAIT UNE FOIS UN PETIT GARCON QUI VIVAIT A MARSEILLE.",
        "LA SNCF ET L'ONU ONT SIGNE UN ACCORD AVEC KOWALSKI A BRUXELLES.",
    ])
    func capitalSentenceWithNamesIsAccepted(_ text: String) throws {
        let findings = UnknownWordCheck().findings(in: try Fixtures.context(text)).findings
        #expect(findings.isEmpty, "found \(findings.map { "\($0.span) \($0.replacements)" })")
    }

    func severity(_ text: String, of word: String) throws -> Severity {
        let findings = UnknownWordCheck().findings(in: try Fixtures.context(text)).findings
        let span = try #require(text.range(of: word)).lowerBound.utf16Offset(in: text)
        return try #require(findings.first { $0.span.start == span }).severity
    }

    @Test(arguments: [
        ("Le naturaliste Carl von Linné a décrit cette plante.", "von"),
        ("La bactérie Pyrococcus abyssi vit au fond des océans.", "abyssi"),
        ("Le crabe C. opilio vit dans les mers froides.", "opilio"),
        ("Bent présente ses excuses peu de temps après.", "Bent"),
        ("Au cœur du bourg se trouve une plaza à arcades.", "plaza"),
        ("Le groupe arrange les loops des guitares.", "loops"),
        ("Il joue du thrash depuis dix ans.", "thrash"),
        ("Pourqoi pars-tu si tôt ?", "Pourqoi"),
        ("Une étoile fixe (du latin stella fixa) ne bouge pas.", "stella"),
        ("Les Digenea (du grec dis, double, genos, race) sont des vers.", "genos"),
        ("Il joue en position de defensive end.", "defensive"),
        ("Le groupe joue du thrash brutalo.", "brutalo"),
        ("Reuters drops freelance Lebanese photographer over image.", "photographer"),
        ("Extreme Makeover est une émission de télévision.", "Extreme"),
        ("Bès fait fuir les mauvais esprits.", "Bès"),
    ])
    func likelyNamesAndForeignWordsGetHints(text: String, word: String) throws {
        #expect(try severity(text, of: word) == .hint)
    }

    @Test(arguments: [
        ("Il écrivit au miniztre William Cecil.", "miniztre"),
        ("Kylian etait content de sa note.", "etait"),
        ("Trés compétente, elle a tout réglé.", "Trés"),
        ("Le cadre est tres beau.", "tres"),
        ("Il faut intaller le logiciel.", "intaller"),
        ("Il viendra wuand il pourra.", "wuand"),
        ("Et puis je l'ave dis au maître.", "ave"),
        ("Il parle latin et franssais avec ses amis.", "franssais"),
        ("Il parle anglais tres bien.", "tres"),
        ("Il joue dans un groupe de thrash metal.", "metal"),
        ("Le lazy bed est une technique autrefois pfatiquée en Irlande.", "pfatiquée"),
        ("Cela lui donne un aspect « formek ».", "formek"),
        ("Le film (titre original : Being at Home with Claude) est un fijlm canadien.", "fijlm"),
        ("Il a maintenant 15 qns.", "qns"),
    ])
    func frenchMisspellingsStayErrors(text: String, word: String) throws {
        #expect(try severity(text, of: word) == .error)
    }

    @Test(arguments: [
        "Il a reçu une injection intra-musculaire hier.",
        "En 1993, il co-préside le centre d'études.",
        "Ils resteront dans le noir durant 2 mn 30.",
    ])
    func prefixCompoundsAndUnitsAreAccepted(text: String) throws {
        #expect(UnknownWordCheck().findings(in: try Fixtures.context(text)).findings.isEmpty)
    }

    @Test func namesAtTheStartOfASentenceAreNotFlagged() throws {
        let text = "Zorglub est arrivé hier. Tombouctou est une ville du Mali. Kevin a ri."
        #expect(UnknownWordCheck().findings(in: try Fixtures.context(text)).findings.isEmpty)
    }

    @Test func aTextOfInventedWordsGetsBoundedSearches() throws {
        var check = UnknownWordCheck()
        check.maximumSuggestionSearches = 3
        let text = "Il zorpa les blimes et les frunes avec des quastres et des plonfes."
        let findings = check.findings(in: try Fixtures.context(text)).findings
        #expect(findings.count == 5)
        #expect(findings.filter { !$0.replacements.isEmpty }.count <= 3)
    }

    /// Findings on clean treebank sentences: every one is a false alarm.
    @Test func fewFalseAlarmsOnDevelopmentTreebanks() throws {
        var words = 0
        var alarms: [String] = []
        for file in ["fr_sequoia-ud-dev.conllu", "fr_gsd-ud-dev.conllu"] {
            let sentences = try CoNLLUReader.read(contentsOf: Fixtures.corpusURL("treebanks/\(file)"))
            for sentence in sentences.prefix(600) {
                let text = sentence.text
                let (findings, count) = UnknownWordCheck().findings(in: try Fixtures.context(text))
                words += count
                let units = Array(text.utf16)
                alarms += findings.filter { $0.severity != .hint }.map {
                    String(decoding: units[$0.span.start..<$0.span.end], as: UTF16.self)
                }
            }
        }
        print("unknown-word alarms: \(alarms.count) in \(words) words: \(alarms)")
        #expect(Double(alarms.count) * 1_000 / Double(words) <= 1.5)
    }
}
