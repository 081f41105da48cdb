import Lexicon
import Tagging
import WritingModel

/// A past participle after « être » that does not agree with the subject
/// (« elles sont parti », « il est partie »).
///
/// « on » and « vous » accept any agreement (« on est partis », polite
/// « vous êtes parti »). The participle of a pronominal verb agrees with
/// the subject (« elles se sont levées ») unless the reflexive clitic is
/// an indirect object (« elles se sont lavé les mains »).
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
        .wrong("Les patientes doivent être {{informé}} des risques.", "informées"),
        .wrong("Les vestiaires viennent d’être {{rénové}}.", "rénovés"),
        .wrong("Elles se sont {{levé}} tôt.", "levées"),
        .wrong("Le dossier est prêt et la demande est {{envoyé}} demain.", "envoyée"),
        .right("On est partis tôt."),
        .right("Vous êtes parti tôt, madame."),
        .right("Vous êtes parties ensemble."),
        .right("Elles se sont lavé les mains."),
        .right("Je suis partie tôt."),
        .right("Les élèves sont arrivés en retard."),
        .right("Il est arrivé des choses étranges."),
        .right("Elles ne sont pas encore rentrées."),
        .right("Ils se sont succédé au pouvoir."),
        .right("Elles se sont parlé longtemps."),
        .right("Elle s’est fait opérer hier."),
        .right("Il faut être prêts à partir."),
        .right("Elle leur a demandé d’être prudents."),
        .right("La solution nous est apparue évidente."),
        .right("La mère et le père sont partis."),
    ]
    let resources: AgreementResources

    func check(_ sentence: SentenceContext, into findings: inout [Finding]) {
        let words = sentence.words
        var checkedVerbs = Set<Int>()
        for link in sentence.subjectLinks(resources) {
            guard let needed = participleFeatures(of: link, in: words) else { continue }
            checkedVerbs.insert(link.verb)
            guard !sentence.hasEarlierFinding(on: link.wordRange, in: findings) else { continue }
            guard needed != .any, let participle = participle(after: link.verb, in: words),
                agreesWithSubject(participle, isReflexive: link.isReflexive, in: words)
            else { continue }
            let subject = FrenchTypography.quoted(SubjectLink.bareForm(words[link.subject].form))
            check(
                participle, needs: needed, subject: "le sujet \(subject)", words, sentence,
                &findings)
        }
        for verb in words.indices where !checkedVerbs.contains(verb) {
            checkPluralAuxiliary(verb, words, sentence, &findings)
        }
    }

    /// Returns the genders and numbers the participle may take after the
    /// verb of `link`, or nil when the subject may be the last of several
    /// (« le père et la mère sont partis »). A singular verb after « et »
    /// has one subject (« et la perfusion est augmentée »), but not always
    /// after « ou » or « ni » (« le père ou la mère est venu »).
    private func participleFeatures(of link: SubjectLink, in words: [TaggedWord])
        -> GenderNumberSet?
    {
        guard link.mayBeCoordinated else { return link.participleFeatures }
        let conjunction = words[..<link.subject].lastIndex { $0.partOfSpeech == .cconj }
        guard let conjunction,
            !resources.words.alternatives.contains(words[conjunction].form.lowercased()),
            words[link.verb].features.number == .singular,
            link.participleFeatures.definiteNumber == .singular
        else { return nil }
        return link.participleFeatures
    }

    /// Checks whether a participle after a pronominal verb agrees with the
    /// subject. It does not when the reflexive clitic is an indirect
    /// object, which the verb's lemma or an object or infinitive after the
    /// participle shows (« elles se sont lavé les mains », « elle s’est fait opérer »).
    private func agreesWithSubject(_ participle: Int, isReflexive: Bool, in words: [TaggedWord])
        -> Bool
    {
        guard isReflexive else { return true }
        guard !resources.words.indirectReflexives.contains(words[participle].lemma) else {
            return false
        }
        let next = skippingAdverbs(from: participle + 1, in: words)
        guard next < words.count else { return true }
        switch words[next].partOfSpeech {
        case .det, .noun, .propn, .num, .pron: return false
        case .verb, .aux: return words[next].features.verbForm != "Inf"
        default: return true
        }
    }

    /// Checks a participle after a plural verb whose subject is out of
    /// reach (« sont », « étaient », « ont été », « doivent être »). The
    /// plural verb shows that the subject is a third person plural, so the
    /// participle must be plural too.
    private func checkPluralAuxiliary(
        _ verb: Int, _ words: [TaggedWord], _ sentence: SentenceContext,
        _ findings: inout [Finding]
    ) {
        let features = words[verb].features
        guard words[verb].partOfSpeech.isVerbal, features.person == 3,
            features.number == .plural, features.isFinite,
            let participle = participle(after: verb, in: words)
        else { return }
        let isReflexive =
            verb > 0
            && resources.words.isReflexive(
                words[verb - 1].form.lowercased(), for: PersonNumberSet(person: 3, number: .plural))
        guard agreesWithSubject(participle, isReflexive: isReflexive, in: words) else { return }
        check(
            participle, needs: .plural, subject: "son sujet, au pluriel", words, sentence,
            &findings)
    }

    /// Finds the word after the agreeing auxiliary, past adverbs such as
    /// « pas » or « encore ». The auxiliary may be « été » after the other
    /// auxiliary (« ont été »). It may also be an infinitive « être » after
    /// a verb that shares its subject (« doivent être », « ont dû être »,
    /// « viennent d’être »).
    private func participle(after verb: Int, in words: [TaggedWord]) -> Int? {
        var index = skippingAdverbs(from: verb + 1, in: words)
        let lemma = words[verb].lemma
        if resources.words.participleAuxiliaries.contains(lemma) {
            guard index < words.count else { return nil }
            if resources.words.passiveParticiples.contains(words[index].form.lowercased()) {
                index += 1
            } else if words[index].features.verbForm == "Part",
                let after = indexAfterInfinitiveBeing(following: index, in: words)
            {
                index = after
            } else {
                return nil
            }
        } else if !resources.words.agreeingAuxiliaries.contains(lemma) {
            guard let after = indexAfterInfinitiveBeing(following: verb, in: words) else {
                return nil
            }
            index = after
        }
        index = skippingAdverbs(from: index, in: words)
        guard index < words.count else { return nil }
        switch words[index].partOfSpeech {
        case .verb, .adj, .noun: break
        default: return nil
        }
        return NounPhrase.startsUppercase(index, in: words) ? nil : index
    }

    /// Returns the index after an infinitive of the agreeing auxiliary that
    /// shares the subject of the verb at `verb`, or nil. The infinitive is
    /// bare or after a preposition listed with the verb's lemma
    /// (« viennent d’être »).
    private func indexAfterInfinitiveBeing(following verb: Int, in words: [TaggedWord]) -> Int? {
        let lemma = words[verb].lemma
        var index = skippingAdverbs(from: verb + 1, in: words)
        guard index < words.count else { return nil }
        let prepositions = resources.words.infinitivePrepositions[lemma] ?? []
        if words[index].partOfSpeech == .adp {
            guard Self.isListed(words[index].form.lowercased(), among: prepositions) else {
                return nil
            }
            index += 1
        } else if resources.words.infinitiveOtherSubjects.contains(lemma) {
            return nil
        }
        guard index < words.count, words[index].features.verbForm == "Inf",
            resources.words.agreeingAuxiliaries.contains(words[index].lemma)
        else { return nil }
        return index + 1
    }

    /// Checks whether `form` is one of `prepositions` or its elided form
    /// (« d’ »).
    private static func isListed(_ form: String, among prepositions: Set<String>) -> Bool {
        prepositions.contains { $0 == form || "\($0.dropLast())'" == form }
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
