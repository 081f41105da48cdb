import Lexicon
import Tagging

/// A conjugated verb whose person or number no reading shares with its
/// subject, found by one pass that both the subject–verb rule and the
/// conjugation rule read.
struct PersonMismatch {
    var link: SubjectLink
    var verbEntries: LexicalEntries
    /// Whether the slip is an ending of the conjugation rather than a
    /// subject the verb ignores: the third person singular after « je » or
    /// « tu » (« je prend », « tu peut », « tu mange »), which sounds the
    /// same in the present of most verbs.
    var isEndingSlip: Bool

    /// Mismatches among `links` of the sentence `words`, in text order.
    static func find(
        among links: [SubjectLink], in words: [TaggedWord], resources: AgreementResources,
        lexique: Lexique
    ) -> [PersonMismatch] {
        var result: [PersonMismatch] = []
        for link in links {
            let entries = lexique.agreementLookup(words[link.verb].form)
            let persons = PersonNumberSet.finite(entries)
            guard !persons.isEmpty, persons.isDisjoint(with: link.persons) else { continue }
            // « les mesures disciplinaires prises pour… »: after a noun, a
            // form that may be a participle may start a participle clause.
            if link.followsSubjectDirectly, entries.contains(where: \.isPastParticiple) {
                continue
            }
            if isOtherFamilySlip(link, words, entries, persons, resources) { continue }
            // « le chat et le chien mangent »: a plural verb after a
            // singular phrase may have several subjects.
            if link.mayBeCoordinated, link.persons == PersonNumberSet(person: 3, number: .singular)
            {
                continue
            }
            result.append(
                PersonMismatch(
                    link: link, verbEntries: entries,
                    isEndingSlip: isEndingSlip(link, entries, persons)))
        }
        return result
    }

    /// Whether the slip belongs to another rule family: « il restais »
    /// (the « -ais »/« -ait » endings of the `verb-form` rules), or an
    /// auxiliary « a » or « est » after a noun that no participle or
    /// adjective follows (« des mesures a adopter », « les serveuses est
    /// serveurs »), more likely « à » or « et » than a wrong person.
    private static func isOtherFamilySlip(
        _ link: SubjectLink, _ words: [TaggedWord], _ entries: LexicalEntries,
        _ persons: PersonNumberSet, _ resources: AgreementResources
    ) -> Bool {
        let singular: PersonNumberSet = [
            PersonNumberSet(person: 1, number: .singular),
            PersonNumberSet(person: 2, number: .singular),
            PersonNumberSet(person: 3, number: .singular),
        ]
        let isImperfectLike = entries.contains { entry in
            entry.inflections.contains { $0.tense == .imperfect || $0.mood == .conditional }
        }
        if isImperfectLike, singular.isSuperset(of: persons),
            singular.isSuperset(of: link.persons)
        {
            return true
        }
        let verb = words[link.verb]
        guard link.pronoun == nil, verb.partOfSpeech == .aux,
            resources.words.agreeingAuxiliaries.contains(verb.lemma)
                || resources.words.participleAuxiliaries.contains(verb.lemma)
        else { return false }
        var next = link.verb + 1
        while next < words.count, words[next].partOfSpeech == .adv { next += 1 }
        guard next < words.count else { return true }
        let following = words[next]
        return !(following.features.verbForm == "Part" || following.partOfSpeech == .adj)
    }

    private static func isEndingSlip(
        _ link: SubjectLink, _ entries: LexicalEntries, _ persons: PersonNumberSet
    ) -> Bool {
        guard let pronoun = link.pronoun, pronoun.number == .singular, pronoun.person < 3
        else { return false }
        return persons.contains(PersonNumberSet(person: 3, number: .singular))
    }
}
