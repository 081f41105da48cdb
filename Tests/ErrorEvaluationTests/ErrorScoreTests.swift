import Testing
import WritingModel

@testable import ErrorEvaluation

@Suite struct ErrorScoreTests {
    func corrupted(_ id: String, _ category: ErrorCategory, _ start: Int, _ end: Int) -> EvaluationSentence {
        EvaluationSentence(
            id: id, text: "", words: 5,
            error: GoldError(
                category: category, subKind: "test", span: TextSpan(start: start, end: end),
                injected: "etant", correct: "étant"))
    }

    func finding(_ rule: String, _ start: Int, _ end: Int, _ severity: String = "error",
        _ replacements: [String] = []) -> CheckerFinding
    {
        CheckerFinding(
            rule: rule, category: ErrorCategory(ruleID: rule), start: start, end: end,
            severity: severity, replacements: replacements)
    }

    @Test(arguments: [
        ("spell.unknown-word", ErrorCategory.nonWord),
        ("grammar.homophone-a-a", .homophone),
        ("grammar.verb-form-infinitive", .verbForm),
        ("grammar.agreement-noun-phrase", .agreementNounPhrase),
        ("grammar.agreement-subject-verb", .agreementSubjectVerb),
        ("grammar.agreement-participle", .agreementParticiple),
        ("grammar.conjugation", .conjugation),
        ("typo.space-before-punctuation", .typography),
    ])
    func ruleIDMapsToCategory(rule: String, category: ErrorCategory) {
        #expect(ErrorCategory(ruleID: rule) == category)
    }

    @Test func unrelatedRuleHasNoCategory() {
        #expect(ErrorCategory(ruleID: "syntax.long-sentence") == nil)
        #expect(ErrorCategory(ruleID: "grammar.homophone") == nil)
    }

    @Test func recallNeedsOverlapAndCategory() {
        let sentences = [
            corrupted("a", .nonWord, 3, 8), corrupted("b", .nonWord, 3, 8),
            corrupted("c", .homophone, 0, 2),
        ]
        let findings = [
            SentenceFindings(id: "a", findings: [finding("spell.unknown-word", 7, 9)]),
            SentenceFindings(id: "b", findings: [finding("spell.unknown-word", 8, 10)]),
            SentenceFindings(id: "c", findings: [finding("spell.unknown-word", 0, 2)]),
        ]
        let score = ErrorScore(
            corrupted: sentences, corruptedFindings: findings, clean: [], cleanFindings: [])
        let nonWord = score.categories[0]
        #expect(nonWord.injected == 2)
        #expect(nonWord.found == 1)
        #expect(nonWord.findings == 3)
        #expect(nonWord.hits == 1)
        #expect(score.categories[1].found == 0)
    }

    @Test func topOneComparesFirstSuggestion() {
        let sentences = [corrupted("a", .nonWord, 0, 5), corrupted("b", .nonWord, 0, 5)]
        let findings = [
            SentenceFindings(
                id: "a", findings: [finding("spell.unknown-word", 0, 5, "error", ["étant", "était"])]),
            SentenceFindings(
                id: "b", findings: [finding("spell.unknown-word", 0, 5, "error", ["était", "étant"])]),
        ]
        let score = ErrorScore(
            corrupted: sentences, corruptedFindings: findings, clean: [], cleanFindings: [])
        #expect(score.nonWordsFound == 2)
        #expect(score.topOneCorrect == 1)
        #expect(score.topOneAccuracy == 0.5)
    }

    @Test func hintsAreNotFalseAlarms() {
        let clean = [
            EvaluationSentence(id: "x", text: "", words: 400),
            EvaluationSentence(id: "y", text: "", words: 100),
        ]
        let findings = [
            SentenceFindings(
                id: "x",
                findings: [
                    finding("typo.space-before-punctuation", 0, 1, "hint"),
                    finding("typo.sentence-capital", 0, 1, "warning"),
                ]),
            SentenceFindings(id: "y", findings: [finding("syntax.other", 0, 1, "error")]),
        ]
        let score = ErrorScore(corrupted: [], corruptedFindings: [], clean: clean, cleanFindings: findings)
        #expect(score.cleanWords == 500)
        #expect(score.cleanAlarms == 2)
        #expect(score.alarmsPerThousandWords == 4)
        #expect(score.nonTypographyAlarmsPerThousandWords == 2)
        #expect(score.categories.last?.cleanAlarms == 1)
    }
}
