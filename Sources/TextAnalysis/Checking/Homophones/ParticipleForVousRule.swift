import Tagging
import WritingModel

/// A past participle in -é or an infinitive in -er written for the verb
/// in -ez after the subject « vous »: « vous mangé », « vous manger ».
struct ParticipleForVousRule: CheckingRule {
    let id = "grammar.verb-form-vous-ez"
    let category = FindingCategory.grammaire
    let examples: [RuleExample] = [
        .wrong("Vous {{mangé}} trop vite.", "mangez"),
        .wrong("Si vous {{travaillé}} bien, vous réussirez.", "travaillez"),
        .wrong("Vous {{parler}} trop fort.", "parlez"),
        .right("Vous mangez trop vite, vous avez mangé."),
        .right("Il veut vous parler."),
        .right("Nous vous remercions."),
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
        for index in words.indices.dropFirst() where words[index].partOfSpeech == .verb {
            let previous = words[index - 1]
            guard vous.contains(previous.form), opensClause(words, index - 1),
                let conjugated = conjugated(words[index], sentence)
            else { continue }
            findings.append(
                sentence.homophoneFinding(
                    self, span: words[index].span,
                    message: "Après le sujet « vous », le verbe se conjugue en « ez » "
                        + "(« vous mangez »).",
                    shortMessage: "Verbe en « ez »", replacements: [conjugated],
                    confidence: 0.8))
        }
    }

    /// Whether « vous » at `index` starts the sentence or follows a
    /// conjunction or punctuation, so that it is the subject.
    private func opensClause(_ words: [TaggedWord], _ index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = words[index - 1]
        if subjects.contains(previous.form) { return false }
        switch previous.partOfSpeech {
        case .punct, .cconj, .sconj: return true
        default: return false
        }
    }

    /// The -ez form of a participle in -é or an infinitive in -er that can
    /// be nothing else.
    private func conjugated(_ verb: TaggedWord, _ sentence: SentenceContext) -> String? {
        let readings = sentence.readings(of: verb)
        if readings.contains(.pastParticiple), readings.only([.pastParticiple, .adjective]) {
            return sentence.respelled(verb, suffix: "é", as: "ez", needed: .finiteVerb)
        }
        if readings.contains(.infinitive), readings.only([.infinitive, .noun]) {
            return sentence.respelled(verb, suffix: "er", as: "ez", needed: .finiteVerb)
        }
        return nil
    }
}
