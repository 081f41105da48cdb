import Lexicon
import Tagging

/// A conjugated verb whose person or number no reading shares with its
/// subject, found by one pass that both the subject–verb rule and the
/// conjugation rule read.
struct PersonMismatch {
    var link: SubjectLink
    var verbEntries: [LexicalEntry]
    /// Whether the slip is an ending of the conjugation rather than a
    /// subject the verb ignores: « je prend », « tu peut », where a verb
    /// outside the first group takes the third person's ending after
    /// « je » or « tu ».
    var isEndingSlip: Bool

    /// Mismatches among `links` of the sentence `words`, in text order.
    static func find(
        among links: [SubjectLink], in words: [TaggedWord], lexique: Lexique
    ) -> [PersonMismatch] {
        var result: [PersonMismatch] = []
        for link in links {
            let entries = lexique.agreementLookup(words[link.verb].form)
            let persons = PersonNumberSet.finite(entries)
            guard !persons.isEmpty, persons.isDisjoint(with: link.persons) else { continue }
            // « les mesures disciplinaires prises pour… »: after a noun, a
            // form that may be a participle may start a participle clause.
            if case .nounPhrase(let phrase) = link.kind, link.verb == phrase.end + 1,
                entries.contains(where: \.isPastParticiple)
            {
                continue
            }
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

    private static func isEndingSlip(
        _ link: SubjectLink, _ entries: [LexicalEntry], _ persons: PersonNumberSet
    ) -> Bool {
        guard let pronoun = link.pronoun, pronoun.number == .singular, pronoun.person < 3,
            persons.contains(PersonNumberSet(person: 3, number: .singular))
        else { return false }
        return entries.contains { entry in
            entry.partOfSpeech.isVerbal && !entry.lemma.hasSuffix("er")
        }
    }
}
