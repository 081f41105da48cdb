import Lexicon
import Tagging
import WritingModel

/// A verb form that exists but is the wrong one of its conjugation: a
/// conjugated form after an auxiliary (« j’ai prit », « il a finit »), the
/// third person's ending after « je » or « tu » (« je prend »), or a
/// participle without auxiliary (« il fini »).
///
/// Confusions of « -er », « -é », « -ez », « -ait » and « -ais » belong to
/// the `grammar.verb-form-*` rules and are left to them.
struct ConjugationRule: CheckingRule {
    let id = "grammar.conjugation"
    let category = FindingCategory.grammaire
    let examples: [RuleExample] = [
        .wrong("Je {{prend}} le bus.", "prends"),
        .wrong("Tu {{peut}} venir.", "peux"),
        .wrong("Tu {{mange}} trop vite.", "manges"),
        .wrong("J’ai {{prit}} le train.", "pris"),
        .wrong("Il a {{finit}} ses devoirs.", "fini"),
        .wrong("Il {{fini}} ses devoirs.", "finit"),
        .wrong("Je {{fini}} mon repas.", "finis"),
        .wrong("On a {{étaient}} très contents.", "été"),
        .wrong("J’ai {{était}} malade.", "été"),
        .wrong("Il n’a pas {{avait}} le temps.", "eu"),
        .right("Il finit ses devoirs, puis il a fini."),
        .right("J’ai cours demain."),
        .right("Je prends le bus, tu peux venir."),
        .right("Il a peur du noir."),
        .right("J’ai dit ce que j’ai vu."),
        .right("Il a été malade et a eu peur."),
        .right("Ce que mon frère a est à lui."),
    ]
    let resources: AgreementResources

    func check(_ sentence: SentenceContext, into findings: inout [Finding]) {
        let words = sentence.words
        let links = sentence.subjectLinks(resources)
        for mismatch in sentence.personMismatches(resources) where mismatch.isEndingSlip {
            guard !sentence.hasEarlierFinding(on: mismatch.link.wordRange, in: findings) else {
                continue
            }
            flagEnding(mismatch, words, sentence, &findings)
        }
        for link in links where link.pronoun != nil && words[link.verb].partOfSpeech == .verb {
            guard !sentence.hasEarlierFinding(on: link.wordRange, in: findings) else { continue }
            flagBareParticiple(link, words, sentence, &findings)
        }
        for index in words.indices where words[index].partOfSpeech.isVerbal {
            // The tagger may read « ai » in « j’ai étais » as a main verb.
            let isAuxiliary = words[index].partOfSpeech == .aux
            guard isAuxiliary || resources.words.participleAuxiliaries.contains(words[index].lemma),
                !sentence.hasEarlierFinding(on: index...index, in: findings)
            else { continue }
            flagConjugatedAuxiliaryAfterAvoir(index, words, sentence, &findings)
            if isAuxiliary {
                flagConjugatedAfterAuxiliary(index, words, sentence, &findings)
            }
        }
    }

    private func flagEnding(
        _ mismatch: PersonMismatch, _ words: [TaggedWord], _ sentence: SentenceContext,
        _ findings: inout [Finding]
    ) {
        let verb = words[mismatch.link.verb]
        let suggestions = resources.conjugatedForms(
            of: mismatch.verbEntries, persons: mismatch.link.persons,
            excluding: verb.form.lowercased(), lexique: sentence.lexique
        ).map { NounPhraseAgreementRule.matchingCase($0, verb.form) }
        guard let first = suggestions.first, let pronoun = mismatch.link.pronoun else { return }
        let subject = SubjectLink.bareForm(words[mismatch.link.subject].form.lowercased())
        findings.append(
            sentence.finding(
                self, span: verb.span,
                message: "Avec \(FrenchTypography.quoted(subject)), à "
                    + AgreementResources.personName(pronoun.person, pronoun.number)
                    + ", ce verbe s’écrit \(FrenchTypography.quoted(first)).",
                shortMessage: "Terminaison du verbe", replacements: suggestions,
                confidence: 0.85))
    }
}
