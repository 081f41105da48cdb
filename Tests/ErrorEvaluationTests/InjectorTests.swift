import Foundation
import Tagging
import Testing
import WritingModel
import _TestSupport

@testable import ErrorEvaluation

/// Builds a one-sentence CoNLL-U text from `form lemma UPOS FEATS` rows
/// (`-` for no features); a row ending in ` nospace` takes SpaceAfter=No.
func surface(_ rows: [String]) throws -> SentenceSurface {
    var text = "# sent_id = test\n"
    for (index, row) in rows.enumerated() {
        let fields = row.split(separator: " ").map(String.init)
        let features = fields[3] == "-" ? "_" : fields[3]
        let misc = fields.count > 4 ? "SpaceAfter=No" : "_"
        text +=
            "\(index + 1)\t\(fields[0])\t\(fields[1])\t\(fields[2])\t_\t\(features)\t0\tdep\t_\t\(misc)\n"
    }
    let sentence = try #require(try CoNLLUReader(path: "test").sentences(in: text).first)
    return SentenceSurface(sentence, fallbackIdentifier: "test")
}

@Suite struct InjectorTests {
    let generator = GeneratorFixture.generator

    func replacements(_ category: ErrorCategory, _ surface: SentenceSurface) -> [String] {
        generator.candidates(category, in: surface).map(\.replacement)
    }

    @Test func subjectVerbAfterPluralNoun() throws {
        let sentence = try surface([
            "Les le DET Definite=Def|Number=Plur|PronType=Art",
            "élèves élève NOUN Gender=Masc|Number=Plur",
            "jouent jouer VERB Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin",
            ". . PUNCT -",
        ])
        #expect(replacements(.agreementSubjectVerb, sentence) == ["joue"])
        #expect(replacements(.agreementNounPhrase, sentence) == ["élève"])
    }

    @Test func participleAfterEtre() throws {
        let sentence = try surface([
            "Elles il PRON Emph=No|Gender=Fem|Number=Plur|Person=3|PronType=Prs",
            "sont être AUX Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin",
            "parties partir VERB Gender=Fem|Number=Plur|Tense=Past|VerbForm=Part",
            ". . PUNCT -",
        ])
        #expect(replacements(.agreementParticiple, sentence) == ["parti"])
        #expect(replacements(.homophone, sentence) == ["son"])
    }

    @Test func conjugationFirstPerson() throws {
        let sentence = try surface([
            "Je il PRON Number=Sing|Person=1|PronType=Prs",
            "prends prendre VERB Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin",
            "le le DET Definite=Def|Gender=Masc|Number=Sing|PronType=Art",
            "pain pain NOUN Gender=Masc|Number=Sing",
            ". . PUNCT -",
        ])
        #expect(replacements(.conjugation, sentence) == ["prend"])
    }

    @Test func verbFormAfterAvoir() throws {
        let sentence = try surface([
            "Il il PRON Gender=Masc|Number=Sing|Person=3|PronType=Prs",
            "a avoir AUX Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
            "mangé manger VERB Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part",
            ". . PUNCT -",
        ])
        #expect(Set(replacements(.verbForm, sentence)) == ["manger", "mangez"])
        #expect(replacements(.homophone, sentence) == ["à"])
    }

    @Test func elidedHomophoneSpansTwoTokens() throws {
        let sentence = try surface([
            "c' ce PRON Number=Sing|Person=3|PronType=Dem nospace",
            "est être AUX Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
            "vrai vrai ADJ Gender=Masc|Number=Sing nospace",
            ". . PUNCT -",
        ])
        let injections = generator.candidates(.homophone, in: sentence)
        let elided = try #require(injections.first { $0.subKind == "c’est/s’est" })
        #expect(elided.tokens == 0..<2)
        #expect(elided.replacement == "S’est")
        let (text, error) = sentence.applying(elided)
        #expect(text == "S’est vrai.")
        #expect(error.correct == "C’est")
    }

    @Test func typographyKinds() throws {
        let sentence = try surface([
            "il il PRON Gender=Masc|Number=Sing|Person=3|PronType=Prs",
            "dit dire VERB Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
            ": : PUNCT -",
            "oui oui INTJ -",
            ", , PUNCT -",
            "à à ADP -",
            "demain demain ADV -",
        ])
        let kinds = Set(generator.candidates(.typography, in: sentence).map(\.subKind))
        #expect(
            kinds == [
                "lowercase-start", "space-before-punctuation", "space-after-comma",
                "repeated-word",
            ])
    }
}

@Suite struct SentenceSurfaceTests {
    @Test func frenchTypographyApplied() throws {
        let sentence = try surface([
            "il il PRON Gender=Masc|Number=Sing|Person=3|PronType=Prs",
            "dit dire VERB Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
            ": : PUNCT -",
            "\" \" PUNCT - nospace",
            "l' le DET Definite=Def|Number=Sing|PronType=Art nospace",
            "été été NOUN Gender=Masc|Number=Sing nospace",
            "\" \" PUNCT -",
            "? ? PUNCT -",
        ])
        #expect(sentence.text == "Il dit\u{00A0}: «\u{00A0}l’été\u{00A0}»\u{202F}?")
        #expect(sentence.wordCount == 4)
    }

    @Test func spanCountsUTF16Units() throws {
        let sentence = try surface([
            "Élégante élégant ADJ Gender=Fem|Number=Sing",
            "et et CCONJ -",
            "légère léger ADJ Gender=Fem|Number=Sing nospace",
            ". . PUNCT -",
        ])
        let injection = Injection(
            category: .homophone, subKind: "et/est", tokens: 1..<2, replacement: "est")
        let (text, error) = sentence.applying(injection)
        #expect(text == "Élégante est légère.")
        #expect(error.span == TextSpan(start: 9, end: 12))
        #expect(error.correct == "et")
    }

    @Test func missingSentIdGetsFallback() throws {
        let text = "1\tOui\toui\tINTJ\t_\t_\t0\troot\t_\t_\n"
        let sentence = try #require(try CoNLLUReader(path: "t").sentences(in: text).first)
        #expect(SentenceSurface(sentence, fallbackIdentifier: "f.conllu:1").identifier == "f.conllu:1")
    }
}
