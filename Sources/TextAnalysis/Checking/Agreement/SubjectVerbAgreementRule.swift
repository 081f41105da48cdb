import Lexicon
import Tagging
import WritingModel

/// A conjugated verb that does not agree with its subject in person and
/// number (« ils mange », « les élèves joue », « nous mangent »).
///
/// Only subjects right before the verb (with clitics between) or inverted
/// pronouns are read; a verb is flagged when no Lexique reading of its form
/// has the subject's person and number. The third person singular after
/// « je » or « tu » (« je prend », « tu mange ») is left to
/// `grammar.conjugation`.
struct SubjectVerbAgreementRule: CheckingRule {
    let id = "grammar.agreement-subject-verb"
    let category = FindingCategory.grammaire
    let examples: [RuleExample] = [
        .wrong("Ils {{mange}} à midi.", "mangent"),
        .wrong("Les élèves {{joue}} dans la cour.", "jouent"),
        .wrong("Je {{mangent}} trop vite.", "mange"),
        .wrong("Nous {{mangent}} ensemble.", "mangeons"),
        .wrong("Les élèves qui {{mange}} à la cantine sont contents.", "mangent"),
        .wrong("Les enfants ne le {{fait}} pas.", "font"),
        .wrong("Demain, ils {{viendra}}.", "viendront"),
        .right("Paul et Marie mangent ensemble."),
        .right("La plupart des élèves mangent à la cantine."),
        .right("La plupart viennent en bus."),
        .right("C’est les vacances."),
        .right("Mangent-ils à la cantine\u{202F}?"),
        .right("Les élèves qui mangent à la cantine sont contents."),
        .right("Le père des enfants joue au tennis."),
        .right("Le chat et le chien mangent."),
        .right("Ce que disent les élèves est vrai."),
        .right("Donnez-nous du pain."),
        .right("Il nous parle, vous nous écoutez."),
        .right("Je vous remercie."),
    ]
    let resources: AgreementResources

    func check(_ sentence: SentenceContext, into findings: inout [Finding]) {
        let words = sentence.words
        for mismatch in sentence.personMismatches(resources) where !mismatch.isEndingSlip {
            guard !sentence.hasEarlierFinding(on: mismatch.link.wordRange, in: findings) else {
                continue
            }
            let verb = words[mismatch.link.verb]
            let suggestions = resources.conjugatedForms(
                of: mismatch.verbEntries, persons: mismatch.link.persons,
                excluding: verb.form.lowercased(), lexique: sentence.lexique
            ).map { NounPhraseAgreementRule.matchingCase($0, verb.form) }
            guard !suggestions.isEmpty else { continue }
            let subjectText: String
            switch mismatch.link.kind {
            case .relative(let phrase):
                subjectText =
                    "\(FrenchTypography.quoted("qui")), mis pour "
                    + FrenchTypography.quoted(words[phrase.noun].form)
            default:
                subjectText = FrenchTypography.quoted(
                    SubjectLink.bareForm(words[mismatch.link.subject].form))
            }
            findings.append(
                sentence.finding(
                    self, span: verb.span,
                    message: "Le verbe \(FrenchTypography.quoted(verb.form)) s’accorde en "
                        + "personne et en nombre avec son sujet \(subjectText).",
                    shortMessage: "Accord du verbe", replacements: suggestions,
                    confidence: mismatch.link.pronoun == nil ? 0.75 : 0.85))
        }
    }
}
