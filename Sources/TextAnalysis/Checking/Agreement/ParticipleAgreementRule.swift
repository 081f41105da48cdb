import Lexicon
import Tagging
import WritingModel

/// A past participle after « être » that does not agree with the subject
/// (« elles sont parti », « il est partie »).
///
/// « on » and « vous » accept any agreement (« on est partis », polite
/// « vous êtes parti »); pronominal verbs (« elles se sont lavé les
/// mains ») follow other rules and are left alone.
struct ParticipleAgreementRule: CheckingRule {
    let id = "grammar.agreement-participle"
    let category = FindingCategory.grammaire
    let examples: [RuleExample] = [
        .wrong("Elles sont {{parti}} hier.", "parties"),
        .wrong("Il est {{partie}} tôt.", "parti"),
        .wrong("Les filles sont {{arrivé}} en retard.", "arrivées"),
        .wrong("Ma sœur est {{venu}} me voir.", "venue"),
        .wrong("Elles ont été {{invité}} au mariage.", "invitées"),
        .wrong("Les élèves qui sont {{arrivé}} en retard attendent.", "arrivés"),
        .wrong("Ils ne sont pas encore {{rentré}}.", "rentrés"),
        .wrong("La plupart des travaux ont été {{réalisé}} en France.", "réalisés"),
        .right("On est partis tôt."),
        .right("Vous êtes parti tôt, madame."),
        .right("Vous êtes parties ensemble."),
        .right("Elles se sont lavé les mains."),
        .right("Je suis partie tôt."),
        .right("Les élèves sont arrivés en retard."),
        .right("Il est arrivé des choses étranges."),
        .right("Elles ne sont pas encore rentrées."),
        .right("Ils se sont succédé au pouvoir."),
    ]
    let resources: AgreementResources

    func check(_ sentence: SentenceContext, into findings: inout [Finding]) {
        let words = sentence.words
        var checkedVerbs = Set<Int>()
        for link in SubjectLink.links(
            in: words, agreementWords: resources.words, lexique: sentence.lexique)
        where !link.isReflexive && !link.mayBeCoordinated {
            checkedVerbs.insert(link.verb)
            guard link.participleFeatures != .any,
                let participle = participle(after: link.verb, in: words)
            else { continue }
            let subject = FrenchTypography.quoted(SubjectLink.bareForm(words[link.subject].form))
            check(
                participle, needs: link.participleFeatures, subject: "le sujet \(subject)", words,
                sentence, &findings)
        }
        for verb in words.indices where !checkedVerbs.contains(verb) {
            checkPluralAuxiliary(verb, words, sentence, &findings)
        }
    }

    /// « sont », « étaient », « ont été » with a singular participle and a
    /// subject out of reach: the plural auxiliary shows that the subject is
    /// a third person plural, which the participle must follow. Reflexive
    /// verbs are left alone (« ils se sont succédé »).
    private func checkPluralAuxiliary(
        _ verb: Int, _ words: [TaggedWord], _ sentence: SentenceContext,
        _ findings: inout [Finding]
    ) {
        let features = words[verb].features
        guard words[verb].partOfSpeech == .aux, features.person == 3,
            features.number == .plural, features.isFinite,
            verb == 0 || !resources.words.reflexives.contains(words[verb - 1].form.lowercased()),
            let participle = participle(after: verb, in: words)
        else { return }
        check(
            participle, needs: .plural, subject: "son sujet, au pluriel", words, sentence,
            &findings)
    }

    /// The word after the agreeing auxiliary (or after « ont été »), past
    /// adverbs such as « pas » or « encore ».
    private func participle(after verb: Int, in words: [TaggedWord]) -> Int? {
        var index = verb + 1
        let lemma = words[verb].lemma
        if resources.words.participleAuxiliaries.contains(lemma) {
            index = skippingAdverbs(from: index, in: words)
            guard index < words.count,
                resources.words.passiveParticiples.contains(words[index].form.lowercased())
            else { return nil }
            index += 1
        } else if !resources.words.agreeingAuxiliaries.contains(lemma) {
            return nil
        }
        index = skippingAdverbs(from: index, in: words)
        guard index < words.count else { return nil }
        switch words[index].partOfSpeech {
        case .verb, .adj, .noun: break
        default: return nil
        }
        return NounPhrase.startsUppercase(words[index].form) ? nil : index
    }

    private func skippingAdverbs(from start: Int, in words: [TaggedWord]) -> Int {
        var index = start
        while index < words.count, words[index].partOfSpeech == .adv { index += 1 }
        return index
    }

    private func check(
        _ participle: Int, needs needed: GenderNumberSet, subject: String,
        _ words: [TaggedWord], _ sentence: SentenceContext, _ findings: inout [Finding]
    ) {
        let form = words[participle].form
        let entries = sentence.lexique.agreementLookup(form)
        let verbs = entries.filter(\.isPastParticiple)
        guard !verbs.isEmpty else { return }
        let features = GenderNumberSet.of(entries, classes: [.verb, .auxiliary, .adjective])
        guard features.isDisjoint(with: needed) else { return }
        let index = resources.inflections(sentence.lexique)
        var suggestions: [String] = []
        for verb in verbs {
            suggestions += index.nominalForms(
                lemma: verb.lemma, partOfSpeech: .verb, needed: needed,
                excluding: form.lowercased())
        }
        suggestions = InflectionIndex.unique(suggestions)
        guard !suggestions.isEmpty else { return }
        findings.append(
            sentence.finding(
                self, span: words[participle].span,
                message: "Avec l’auxiliaire \(FrenchTypography.quoted("être")), le participe "
                    + "passé \(FrenchTypography.quoted(form)) s’accorde avec \(subject).",
                shortMessage: "Accord du participe passé", replacements: suggestions,
                confidence: 0.8))
    }
}
