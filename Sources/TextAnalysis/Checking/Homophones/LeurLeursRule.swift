import Tagging
import WritingModel

/// « leur » and « leurs » mixed up: the pronoun before a verb never takes
/// an s (« je leur donne »), the determiner does before a plural noun
/// (« leurs livres »).
struct LeurLeursRule: CheckingRule {
    let id = "grammar.homophone-leur-leurs"
    let category = FindingCategory.grammaire
    let examples: [RuleExample] = [
        .wrong("Je {{leurs}} donne un livre.", "leur"),
        .wrong("Il {{leurs}} a parlé hier.", "leur"),
        .wrong("Ils ont pris {{leur}} cahiers.", "leurs"),
        .right("Je leur donne leurs livres."),
        .right("Ils aiment leur maison et les leurs."),
        .right("Il leur parle de leurs amis."),
        .right("Il fut de leur avis."),
    ]
    private let singular: FoldedWordSet
    private let plural: FoldedWordSet

    /// Every word the rule starts from.
    private let triggers: FoldedWordSet

    /// Reads the rule's word classes.
    init(lexicon: HomophoneLexicon) throws {
        singular = try lexicon.words("leur")
        plural = try lexicon.words("leurs")
        triggers = FoldedWordSet(singular, plural)
    }

    func check(_ sentence: SentenceContext, into findings: inout [Finding]) {
        let words = sentence.words
        for index in words.indices(matching: triggers) where !words.isBoundary(at: index + 1) {
            let word = words[index]
            let next = words[index + 1]
            if plural.contains(word.form), next.partOfSpeech.isVerbal, next.features.isFinite {
                let readings = sentence.readings(of: next)
                guard readings.contains(.finiteVerb), !readings.contains(.plural) else { continue }
                findings.append(finding(sentence, word, "leur", pronoun: true))
            } else if singular.contains(word.form), next.partOfSpeech == .noun,
                words.word(at: index - 1)?.partOfSpeech != .det
            {
                let readings = sentence.readings(of: next)
                // « leur avis »: an invariable noun is its own lemma.
                guard readings.contains([.noun, .plural]), !readings.contains(.singular),
                    !readings.contains(.finiteVerb), next.lemma != next.form.lowercased()
                else { continue }
                findings.append(finding(sentence, word, "leurs", pronoun: false))
            }
        }
    }

    private func finding(
        _ sentence: SentenceContext, _ word: TaggedWord, _ replacement: String, pronoun: Bool
    ) -> Finding {
        let message =
            pronoun
            ? "Devant un verbe, « leur » est un pronom (« à eux ») et ne prend jamais de « s »."
            : "Devant un nom au pluriel, le déterminant « leurs » prend un « s »."
        return sentence.homophoneFinding(
            self, span: word.span, message: message,
            shortMessage: pronoun ? "Pronom « leur »" : "Déterminant « leurs »",
            replacements: [replacement], confidence: 0.85)
    }
}
