import Testing
import WritingModel
import _TestSupport

@testable import TextAnalysis

/// The homophone and verb-form rules on clean, edited French: treebank
/// sentences from the development sets, where every finding is a false
/// alarm unless the treebank itself has a typo.
@Suite struct HomophoneFalseAlarmTests {
    /// Sentences read from each development treebank.
    static let sentencesPerTreebank = 400
    /// Highest accepted rate of findings per 1,000 words.
    static let maximumAlarmsPerThousandWords = 1.0

    /// The `# text =` lines of the first sentences of a treebank.
    static func sentences(_ name: String) -> [String] {
        Fixtures.corpusText("treebanks/" + name).split(separator: "\n")
            .filter { $0.hasPrefix("# text = ") }
            .prefix(sentencesPerTreebank)
            .map { String($0.dropFirst("# text = ".count)) }
    }

    @Test(arguments: ["fr_sequoia-ud-dev.conllu", "fr_gsd-ud-dev.conllu"])
    func treebankSentencesRaiseFewAlarms(_ treebank: String) throws {
        let rules = Fixtures.analyzer.resources.checkingRules
        var words = 0
        var alarms: [String] = []
        for text in Self.sentences(treebank) {
            let context = try Fixtures.context(text)
            words += context.document.tokens.filter(\.isWord).count
            alarms += rules.check(context)
                .filter { HomophoneRuleTests.isHomophoneRule($0.ruleID) }
                .map { "\($0.ruleID): \(text)" }
        }
        #expect(words > 5_000)
        let rate = Double(alarms.count) * 1_000 / Double(words)
        #expect(rate <= Self.maximumAlarmsPerThousandWords, "\(alarms)")
    }
}
