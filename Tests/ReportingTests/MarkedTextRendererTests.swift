import Testing
import WritingModel

@testable import Reporting

@Suite struct MarkedTextRendererTests {
    func finding(_ start: Int, _ end: Int, _ severity: Severity = .error) -> Finding {
        Finding(
            ruleID: "test.rule", category: .orthographe, criterion: .orthographe,
            span: TextSpan(start: start, end: end), message: "Message.", shortMessage: "Court",
            severity: severity)
    }

    @Test func wordsAreBracketedAndNumbered() {
        let text = "Il etait une fois."
        let marked = MarkedTextRenderer(useColor: false).marked(text, findings: [finding(3, 8)])
        #expect(marked == "Il [etait]{1} une fois.")
    }

    @Test func sentenceFindingGetsNumberOnly() {
        let text = "Il etait une fois une très longue phrase qui ne finit jamais vraiment."
        let sentence = finding(0, 70, .warning)
        let word = finding(3, 8)
        let renderer = MarkedTextRenderer(useColor: false)
        #expect(renderer.marked(text, findings: [sentence, word]).hasPrefix("{1}Il [etait]{2} une"))
    }

    @Test func numberPrecedesBracketAtSameOffset() {
        let text = "Normallement, tout va bien dans une phrase qui est vraiment beaucoup trop longue."
        let marked = MarkedTextRenderer(useColor: false).marked(
            text, findings: [finding(0, 12), finding(0, 81, .warning)])
        #expect(marked.hasPrefix("{2}[Normallement]{1},"))
    }

    @Test func overlappingFindingIsNumberedWhereItStarts() {
        let text = "un deux trois"
        let marked = MarkedTextRenderer(useColor: false).marked(
            text, findings: [finding(0, 7), finding(3, 13)])
        #expect(marked == "[un {2}deux]{1} trois")
    }

    @Test func surrogatePairsStayWhole() {
        let text = "😀 Il etait là."
        let marked = MarkedTextRenderer(useColor: false).marked(text, findings: [finding(6, 11)])
        #expect(marked == "😀 Il [etait]{1} là.")
    }

    @Test func colourUsesSeverityCode() {
        let marked = MarkedTextRenderer(useColor: true).marked("a bc", findings: [finding(2, 4, .hint)])
        #expect(marked == "a \u{1B}[4;36mbc\u{1B}[0m\u{1B}[2m{1}\u{1B}[0m")
    }

    @Test func notesGiveLineAndColumn() {
        let text = "Première ligne.\nIl etait là."
        let notes = MarkedTextRenderer(useColor: false).notes(text, findings: [finding(19, 24)])
        #expect(notes.hasPrefix("  {1} 2:4  Orthographe  Message.\n"))
    }
}
