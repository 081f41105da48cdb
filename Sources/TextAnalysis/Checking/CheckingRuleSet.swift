import Lexicon
import WritingModel

/// The grammar, homophone and typography rules Plume runs, and the code
/// that runs them over a text.
public struct CheckingRuleSet: Sendable {
    /// Rules in the order they run; on equal spans the earlier rule wins.
    public let rules: [any CheckingRule]

    /// Word lists and Lexique index of the agreement rules. The spelling
    /// check uses them to find the forms of a word's lemma. Nil in a set
    /// built from a list of rules.
    let agreementResources: AgreementResources?

    /// A set of the given rules.
    public init(rules: [any CheckingRule]) {
        self.rules = rules
        agreementResources = nil
    }

    private init(rules: [any CheckingRule], agreementResources: AgreementResources) {
        self.rules = rules
        self.agreementResources = agreementResources
    }

    /// Every rule Plume ships, with its word lists read from `directory`.
    /// - Throws: `LexiconError` naming a missing or malformed list.
    public static func standard(directory: ResourceDirectory) throws -> CheckingRuleSet {
        // Keep families together: a new rule goes at the end of its family.
        let typography: [any CheckingRule] = [
            SpaceBeforePunctuationRule(),
            SpaceAfterPunctuationRule(),
            SpaceInsideGuillemetsRule(),
            SentenceCapitalRule(),
            try RepeatedWordRule(directory: directory),
        ]
        let homophones = try HomophoneLexicon(directory: directory)
        let homophoneRules: [any CheckingRule] = [
            try AAccentRule(lexicon: homophones),
            try EtEstRule(lexicon: homophones),
            try OnOntRule(lexicon: homophones),
            try SonSontRule(lexicon: homophones),
            try CesCEstRule(lexicon: homophones),
            try CEstSEstRule(lexicon: homophones),
            try CeSeRule(lexicon: homophones),
            try OuOuRule(lexicon: homophones),
            try LaLaRule(lexicon: homophones),
            try LeurLeursRule(lexicon: homophones),
            try QuelleQuElleRule(lexicon: homophones),
            try PeuPeutRule(lexicon: homophones),
            try NiNyRule(lexicon: homophones),
            try SansSEnRule(lexicon: homophones),
            try QuandQuantRule(lexicon: homophones),
            try MesMaisRule(lexicon: homophones),
            try ToutTousRule(lexicon: homophones),
            try SaCaRule(lexicon: homophones),
            try InfinitiveForParticipleRule(lexicon: homophones),
            try ParticipleForInfinitiveRule(lexicon: homophones),
            try ParticipleForVousRule(lexicon: homophones),
            try ImperfectPersonRule(lexicon: homophones),
        ]
        let agreement = try AgreementResources(directory: directory)
        let agreementRules: [any CheckingRule] = [
            NounPhraseAgreementRule(resources: agreement),
            SubjectVerbAgreementRule(resources: agreement),
            ParticipleAgreementRule(resources: agreement),
            ConjugationRule(resources: agreement),
        ]
        return CheckingRuleSet(
            rules: typography + homophoneRules + agreementRules, agreementResources: agreement)
    }

    /// Builds the Lexique indexes that some rules otherwise build on first
    /// use (the agreement rules' inflection index); call it on a background
    /// queue after start-up.
    public func prepare(lexique: Lexique) {
        for case let rule as any LexiqueIndexedRule in rules {
            rule.prepare(lexique: lexique)
        }
    }

    /// Findings of every rule on sentence `index` of `analysis`, in text
    /// order, one per span.
    public func check(_ analysis: AnalysisContext, sentence index: Int) -> [Finding] {
        let sentence = SentenceContext(analysis: analysis, sentenceIndex: index)
        var findings: [Finding] = []
        for rule in rules {
            rule.check(sentence, into: &findings)
        }
        if !findings.isEmpty, sentence.words.isWrittenInCapitals {
            findings = SentenceInCapitals.adapted(findings, in: analysis)
        }
        return Self.resolvingOverlaps(findings)
    }

    /// Findings of every rule on the whole text, in text order.
    /// - Complexity: O(n) in the words of the text.
    public func check(_ analysis: AnalysisContext) -> [Finding] {
        analysis.document.sentences.indices.flatMap { check(analysis, sentence: $0) }
    }

    /// Keeps one finding per span: two rules that flag the same words would
    /// give the student two answers to one question. Findings on distinct
    /// but overlapping spans are kept (« les enfant » may be both an
    /// agreement and a typography issue elsewhere in the phrase).
    static func resolvingOverlaps(_ findings: [Finding]) -> [Finding] {
        var seen = Set<TextSpan>()
        var kept: [Finding] = []
        for finding in findings where !finding.span.isEmpty && seen.insert(finding.span).inserted {
            kept.append(finding)
        }
        return kept.sorted { ($0.span.start, $0.span.end) < ($1.span.start, $1.span.end) }
    }
}
