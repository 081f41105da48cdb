import Testing

@testable import Tagging

@Suite struct CoNLLUReaderTests {
    let sample = """
        # sent_id = s1
        # text = Il parle du livre.
        1\tIl\til\tPRON\t_\tNumber=Sing|Person=3\t2\tnsubj\t_\t_
        2\tparle\tparler\tVERB\t_\tMood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin\t0\troot\t_\t_
        3-4\tdu\t_\t_\t_\t_\t_\t_\t_\t_
        3\tde\tde\tADP\t_\t_\t5\tcase\t_\t_
        4\tle\tle\tDET\t_\tDefinite=Def|Gender=Masc|Number=Sing|PronType=Art\t5\tdet\t_\t_
        5\tlivre\tlivre\tNOUN\t_\tGender=Masc|Number=Sing\t2\tobl\t_\tSpaceAfter=No
        6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

        """

    @Test func multiwordTokenCoversItsWords() throws {
        let sentences = try CoNLLUReader(path: "sample").sentences(in: sample)
        #expect(sentences.count == 1)
        let sentence = try #require(sentences.first)
        #expect(sentence.identifier == "s1")
        #expect(sentence.tokens.map(\.form) == ["Il", "parle", "du", "livre", "."])
        #expect(sentence.tokens[2].words == 2..<4)
        #expect(sentence.words.map(\.form) == ["Il", "parle", "de", "le", "livre", "."])
        #expect(sentence.text == "Il parle du livre.")
        #expect(sentence.words[4].features.gender == .masculine)
    }

    @Test(arguments: [
        ("1\tIl\til\tPRON\t_\t_\t0\troot\t_", 1, "expected 10 tab-separated columns, found 9"),
        ("1\tIl\til\tPRONOUN\t_\t_\t0\troot\t_\t_", 1, "unknown UPOS \"PRONOUN\""),
        (
            "1\tIl\til\tPRON\t_\tGender\t0\troot\t_\t_", 1,
            "invalid FEATS \"Gender\", expected Name=Value|Name=Value"
        ),
        ("2\tIl\til\tPRON\t_\t_\t0\troot\t_\t_", 1, "word ID \"2\" should be 1"),
    ])
    func malformedLineNamesFileAndLine(line: String, number: Int, reason: String) {
        let text = "# sent_id = x\n" + line + "\n"
        #expect(
            throws: TaggingError.malformedCoNLLU(
                path: "bad.conllu", line: number + 1, reason: reason)
        ) {
            try CoNLLUReader(path: "bad.conllu").sentences(in: text)
        }
    }

    @Test func unfinishedMultiwordTokenRejected() {
        let text = "1-2\tau\t_\t_\t_\t_\t_\t_\t_\t_\n1\tà\tà\tADP\t_\t_\t0\troot\t_\t_\n\n"
        #expect(throws: TaggingError.self) {
            try CoNLLUReader(path: "cut.conllu").sentences(in: text)
        }
    }
}
