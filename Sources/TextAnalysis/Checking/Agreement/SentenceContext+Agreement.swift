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
