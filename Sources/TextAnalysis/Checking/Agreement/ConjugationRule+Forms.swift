import Lexicon
import Tagging
import WritingModel

extension ConjugationRule {
    /// « il fini » → « finit »: a participle-only form of a verb outside
    /// the first group right after a subject pronoun, when a conjugated form
    /// of the same verb sounds the same.
    func flagBareParticiple(
        _ link: SubjectLink, _ words: [TaggedWord], _ sentence: SentenceContext,
        _ findings: inout [Finding]
    ) {
        let word = words[link.verb]
        let entries = sentence.lexique.agreementLookup(word.form)
        guard !entries.isEmpty, !entries.contains(where: \.hasSubjectInflection) else { return }
        let participles = entries.filter { $0.isPastParticiple && !$0.lemma.hasSuffix("er") }
        guard !participles.isEmpty else { return }
        let index = resources.inflections(sentence.lexique)
        var suggestions: [String] = []
        for participle in participles {
            for code in ["ind:pre", "ind:pas"] {
                guard let tense = VerbInflection(code: Substring(code)) else { continue }
                suggestions +=
                    index.verbForms(lemma: participle.lemma, like: tense, persons: link.persons)
                    .filter { $0.phonemes == participle.phonemes }.map(\.form)
            }
        }
        suggestions = InflectionIndex.unique(suggestions)
        guard let first = suggestions.first else { return }
        findings.append(
            sentence.finding(
                self, span: word.span,
                message: "Sans auxiliaire, le verbe se conjugue\u{00A0}: "
                    + "\(FrenchTypography.quoted(first)) et non le participe passé "
                    + "\(FrenchTypography.quoted(word.form)).",
                shortMessage: "Participe passé sans auxiliaire", replacements: suggestions,
                confidence: 0.8))
    }

    /// « j’ai prit » → « pris »: a conjugated form, with no participle,
    /// noun or adjective reading, right after an auxiliary, that sounds
    /// like the participle. A form that sounds different (« est
    /// arrose », « ont trouve ») is more likely « et » or « on » before a
    /// verb, which the homophone rules check.
    func flagConjugatedAfterAuxiliary(
        _ auxiliary: Int, _ words: [TaggedWord], _ sentence: SentenceContext,
        _ findings: inout [Finding]
    ) {
        let lemma = words[auxiliary].lemma
        guard
            resources.words.participleAuxiliaries.contains(lemma)
                || resources.words.agreeingAuxiliaries.contains(lemma),
            !followsRelativePronoun(auxiliary, words)
        else { return }

        var target = auxiliary + 1
        while target < words.count, words[target].partOfSpeech == .adv { target += 1 }
        guard target < words.count, words[target].partOfSpeech == .verb,
            !NounPhrase.startsUppercase(target, in: words)
        else { return }
        let form = words[target].form
        let entries = sentence.lexique.agreementLookup(form)
        guard isConjugatedOnly(entries) else { return }

        let index = resources.inflections(sentence.lexique)
        var suggestions: [String] = []
        for entry in entries where entry.partOfSpeech.isVerbal {
            suggestions += index.nominalForms(
                lemma: entry.lemma, partOfSpeech: .verb, needed: .masculineSingular,
                excluding: form.lowercased(), soundingLike: entry.phonemes)
        }
        suggestions = InflectionIndex.unique(suggestions)
        guard let first = suggestions.first else { return }
        findings.append(
            sentence.finding(
                self, span: words[target].span,
                message: "Après l’auxiliaire \(FrenchTypography.quoted(lemma)), on emploie le "
                    + "participe passé \(FrenchTypography.quoted(first)), non une forme "
                    + "conjuguée.",
                shortMessage: "Participe passé attendu", replacements: suggestions,
                confidence: 0.8))
    }

    /// « on a étaient » → « été »: a conjugated form of an auxiliary (« être »,
    /// « avoir ») right after the auxiliary « avoir », where only the
    /// participle fits. Its forms do not sound like the participle
    /// (« était », « été »), so unlike other verbs it is flagged whatever
    /// its sound.
    func flagConjugatedAuxiliaryAfterAvoir(
        _ auxiliary: Int, _ words: [TaggedWord], _ sentence: SentenceContext,
        _ findings: inout [Finding]
    ) {
        guard resources.words.participleAuxiliaries.contains(words[auxiliary].lemma),
            words[auxiliary].features.isFinite,
            !followsObjectRelative(auxiliary, words)
        else { return }

        var target = auxiliary + 1
        while target < words.count, words[target].partOfSpeech == .adv { target += 1 }
        guard target < words.count, words[target].features.isFinite,
            !NounPhrase.startsUppercase(target, in: words)
        else { return }
        let lemma = words[target].lemma
        guard resources.words.participleAuxiliaries.contains(lemma)
                || resources.words.agreeingAuxiliaries.contains(lemma)
        else { return }
        // « étais » is also the plural of the noun « étai », which needs a
        // determiner, so only a participle reading saves the form.
        let entries = sentence.lexique.agreementLookup(words[target].form)
        guard entries.contains(where: \.hasSubjectInflection),
            !entries.contains(where: \.isPastParticiple)
        else { return }

        let participles = resources.inflections(sentence.lexique).nominalForms(
            lemma: lemma, partOfSpeech: .verb, needed: .masculineSingular,
            excluding: words[target].form.lowercased())
        guard let first = participles.first else { return }
        findings.append(
            sentence.finding(
                self, span: words[target].span,
                message: "Après l’auxiliaire «\u{00A0}avoir\u{00A0}», on emploie le participe "
                    + "passé \(FrenchTypography.quoted(first)), non une forme conjuguée.",
                shortMessage: "Participe passé attendu", replacements: [first],
                confidence: 0.85))
    }

    /// Checks whether an object relative pronoun opens the auxiliary's
    /// clause (« ce que mon frère a est à lui »): there « avoir » is the
    /// verb of a relative clause that ends before the next verb.
    private func followsObjectRelative(_ auxiliary: Int, _ words: [TaggedWord]) -> Bool {
        var position = auxiliary - 1
        while position >= 0 {
            let word = words[position]
            if word.partOfSpeech == .punct || word.isFiniteVerb { return false }
            if resources.words.objectRelatives.contains(word.form.lowercased()) { return true }
            position -= 1
        }
        return false
    }

    /// Checks that Lexique reads `entries` only as conjugated verb forms,
    /// other than imperfects and « -ez » forms, which the `verb-form` rules
    /// own.
    private func isConjugatedOnly(_ entries: LexicalEntries) -> Bool {
        guard !entries.isEmpty, entries.contains(where: \.hasSubjectInflection) else {
            return false
        }
        for entry in entries {
            guard entry.partOfSpeech.isVerbal, !entry.isPastParticiple else { return false }
            for inflection in entry.inflections {
                if inflection.tense == .imperfect { return false }
                if inflection.person == 2 && inflection.number == .plural { return false }
            }
        }
        return true
    }

    /// Checks whether an object relative pronoun is just before the
    /// auxiliary's subject (« ce qu’il a suffit »). There the auxiliary may
    /// be the verb « avoir » of a clause that ends before the next verb.
    private func followsRelativePronoun(_ auxiliary: Int, _ words: [TaggedWord]) -> Bool {
        words[max(0, auxiliary - 3)..<auxiliary].contains {
            $0.partOfSpeech == .pron
                && resources.words.objectRelatives.contains($0.form.lowercased())
        }
    }
}
