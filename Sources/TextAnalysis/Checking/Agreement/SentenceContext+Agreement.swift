import WritingModel

extension SentenceContext {
    /// Returns the sentence's subject–verb links, found once for the
    /// subject–verb, participle and conjugation rules.
    func subjectLinks(_ resources: AgreementResources) -> [SubjectLink] {
        memo.value {
            SubjectLink.links(in: words, agreementWords: resources.words, lexique: lexique)
        }
    }

    /// Returns the sentence's person mismatches, found once for the
    /// subject–verb and conjugation rules.
    func personMismatches(_ resources: AgreementResources) -> [PersonMismatch] {
        memo.value {
            PersonMismatch.find(
                among: subjectLinks(resources), in: words, resources: resources,
                lexique: lexique)
        }
    }
}

extension SentenceContext {
    /// Returns whether a homophone or verb-form finding among `findings`
    /// covers one of the words in `range`. Those rules run before the
    /// agreement rules, and a word they flag is not what it looks like.
    /// In « ils on fini », « on » is « ont », not the subject of « fini »,
    /// so the slip gets one finding.
    func hasEarlierFinding(on range: ClosedRange<Int>, in findings: [Finding]) -> Bool {
        guard !findings.isEmpty else { return false }
        let words = self.words
        guard let first = words.word(at: range.lowerBound), let last = words.word(at: range.upperBound)
        else { return false }
        let start = first.span.start
        let end = last.span.end
        return findings.contains { finding in
            finding.span.start < end && start < finding.span.end
                && Self.rereadingRulePrefixes.contains { finding.ruleID.hasPrefix($0) }
        }
    }

    /// Rule id prefixes of the families whose findings show that a word
    /// stands for another.
    private static let rereadingRulePrefixes = ["grammar.homophone-", "grammar.verb-form-"]
}
