import Testing
import WritingModel
import _TestSupport

@testable import TextAnalysis

@Suite struct FrenchSentenceSegmenterTests {
    func sentences(_ input: String) throws -> [String] {
        let document = try Fixtures.pipeline.document(for: input)
        return document.sentences.map { document.original($0.span) }
    }

    @Test(arguments: [
        ("Il pleut. Nous restons.", ["Il pleut.", "Nous restons."]),
        ("M. Dupont arrive. Il salue.", ["M. Dupont arrive.", "Il salue."]),
        ("Mme. Durand parle. Elle rit.", ["Mme. Durand parle.", "Elle rit."]),
        ("Voir p. 12 et cf. Martin pour la suite.", ["Voir p. 12 et cf. Martin pour la suite."]),
        ("Des pommes, des poires, etc. Le marché ferme.",
         ["Des pommes, des poires, etc.", "Le marché ferme."]),
        ("Des pommes, etc. et des poires.", ["Des pommes, etc. et des poires."]),
        ("« Viens-tu ? demanda-t-elle. » Il sourit.",
         ["« Viens-tu ? demanda-t-elle. »", "Il sourit."]),
        ("Il attendit… Puis il partit.", ["Il attendit…", "Puis il partit."]),
        ("Il attendit… et il partit.", ["Il attendit… et il partit."]),
        ("il fait beau. il pleut.", ["il fait beau.", "il pleut."]),
        ("Il mesure 3,5 m. Elle aussi.", ["Il mesure 3,5 m.", "Elle aussi."]),
        ("Quoi ! Encore ?", ["Quoi !", "Encore ?"]),
        ("Le titre\nLa première phrase. La seconde.",
         ["Le titre", "La première phrase.", "La seconde."]),
        ("J. Verne écrit. Il voyage.", ["J. Verne écrit.", "Il voyage."]),
        ("Les jardins sont beaux. Mon frère dort.",
         ["Les jardins sont beaux.", "Mon frère dort."]),
        ("Voir la fig. 3 et MM. Dupont.", ["Voir la fig. 3 et MM. Dupont."]),
        ("Il a dit « Viens ! » et elle est venue.", ["Il a dit « Viens ! » et elle est venue."]),
        ("J'aime le XIXe s. et le XXe siècle.", ["J'aime le XIXe s. et le XXe siècle."]),
        ("1. Introduction\n2. Développement", ["1. Introduction", "2. Développement"]),
        ("Le chat mange la souris pendant que le chien\ndort dans la maison.\nFin du texte.",
         ["Le chat mange la souris pendant que le chien\ndort dans la maison.", "Fin du texte."]),
        ("Un titre\nle texte en minuscules", ["Un titre\nle texte en minuscules"]),
        ("Une phrase finie.\nla suivante oublie sa majuscule.",
         ["Une phrase finie.", "la suivante oublie sa majuscule."]),
        ("par terre.Et puis non.", ["par terre.", "Et puis non."]),
        ("La S.N.C.F. roule.", ["La S.N.C.F. roule."]),
    ])
    func frenchBoundaries(input: String, expected: [String]) throws {
        #expect(try sentences(input) == expected)
    }

    @Test func paragraphsFollowLineBreaks() throws {
        let document = try Fixtures.pipeline.document(
            for: "Premier paragraphe. Deux phrases.\n\n  \nSecond paragraphe.\n")
        #expect(document.paragraphs.count == 2)
        #expect(document.paragraphs[0].sentenceRange == 0..<2)
        #expect(document.paragraphs[1].sentenceRange == 2..<3)
        #expect(document.sentences[2].paragraphIndex == 1)
    }

    @Test func softWrapKeepsOneParagraph() throws {
        let document = try Fixtures.pipeline.document(
            for: "Le chat mange pendant que le chien\ndort.\n\nSecond paragraphe.")
        #expect(document.paragraphs.count == 2)
        #expect(document.sentences.count == 2)
    }

    @Test(arguments: [1_000, 20_000])
    func pathologicalInputsStayLinear(count: Int) throws {
        // Each input took quadratic time in an earlier version.
        let inputs = [
            String(repeating: ".", count: count),
            "a" + String(repeating: "-t", count: count),
            String(repeating: "« ", count: count) + "mot" + String(repeating: " »", count: count),
            String(repeating: "?! ", count: count),
        ]
        for input in inputs {
            let document = try Fixtures.pipeline.document(for: input)
            #expect(!document.tokens.isEmpty)
        }
    }

    @Test func emptyAndBlankTexts() throws {
        #expect(try Fixtures.pipeline.document(for: "").sentences.isEmpty)
        #expect(try Fixtures.pipeline.document(for: " \n\t ").paragraphs.isEmpty)
    }
}
