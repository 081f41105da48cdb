import Tagging
import WritingModel

/// A past participle in -é written for the verb in -ez after the subject
/// « vous »: « vous mangé ». An infinitive after « vous » stays alone: it
/// is often a second infinitive with « vous » as its object (« vous
/// parler, vous embrasser »).
struct ParticipleForVousRule: CheckingRule {
    let id = "grammar.verb-form-vous-ez"
    let category = FindingCategory.grammaire
    let examples: [RuleExample] = [
        .wrong("Vous {{mangé}} trop vite.", "mangez"),
        .wrong("Si vous {{travaillé}} bien, vous réussirez.", "travaillez"),
        .right("Vous mangez trop vite, vous avez mangé."),
        .right("Il veut vous parler."),
        .right("Nous vous remercions."),
        .right("Il veut vous éloigner ou vous encourager."),
        .right("Je voudrais, Rodolphe, vous demander un conseil."),
    ]
    private let vous: FoldedWordSet
    private let subjects: FoldedWordSet

    /// Reads the rule's word classes.
    init(lexicon: HomophoneLexicon) throws {
        vous = try lexicon.words("pronoun-vous")
        subjects = try lexicon.words("subject-pronoun")
    }

    func check(_ sentence: SentenceContext, into findings: inout [Finding]) {
        let words = sentence.words
        for subject in words.indices(matching: vous) where subject + 1 < words.count {
            let verb = words[subject + 1]
            guard verb.partOfSpeech == .verb, opensClause(words, subject),
                let conjugated = conjugated(verb, sentence)
            else { continue }
            findings.append(
                sentence.homophoneFinding(
                    self, span: verb.span,
                    message: "Après le sujet « vous », le verbe se conjugue en « ez » "
                        + "(« vous mangez »).",
                    shortMessage: "Verbe en « ez »", replacements: [conjugated],
                    confidence: 0.8))
        }
    }

    /// Returns whether « vous » at `index` starts the sentence or follows a
    /// subordinating conjunction or punctuation, so that it is the subject
    /// (after « ou » it may be the object of a second infinitive).
    private func opensClause(_ words: [TaggedWord], _ index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = words[index - 1]
        if subjects.contains(previous.form) { return false }
        switch previous.partOfSpeech {
        case .punct, .sconj: return true
        default: return false
        }
    }

    /// The -ez form of a participle in -é that can be nothing else.
    private func conjugated(_ verb: TaggedWord, _ sentence: SentenceContext) -> String? {
        let readings = sentence.readings(of: verb)
        if readings.contains(.pastParticiple), readings.only([.pastParticiple, .adjective]) {
            return sentence.respelled(verb, suffix: "é", as: "ez", needed: .finiteVerb)
        }
        return nil
    }
}
