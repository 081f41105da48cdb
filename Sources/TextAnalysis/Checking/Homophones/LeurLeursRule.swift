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

    /// The two forms the rule distinguishes.
    private let forms: HomophonePair

    /// Reads the rule's word classes.
    init(lexicon: HomophoneLexicon) throws {
        singular = try lexicon.words("leur")
        plural = try lexicon.words("leurs")
        forms = HomophonePair(singular, plural)
    }

    func check(_ sentence: SentenceContext, into findings: inout [Finding]) {
        let words = sentence.words
        for (index, side) in forms.occurrences(in: words, requiringPrevious: false) {
            let word = words[index]
            switch side {
            case .second where needsPronoun(words[index + 1], sentence):
                findings.append(finding(sentence, word, "leur", pronoun: true))
            case .first where needsDeterminer(words, index, sentence):
                findings.append(finding(sentence, word, "leurs", pronoun: false))
            default: break
            }
        }
    }

    /// Returns whether `next`, after « leurs », is a conjugated verb that is not
    /// plural: « leurs » cannot be a pronoun.
    private func needsPronoun(_ next: TaggedWord, _ sentence: SentenceContext) -> Bool {
        guard next.partOfSpeech.isVerbal, next.features.isFinite else { return false }
        let readings = sentence.readings(of: next)
        return readings.contains(.finiteVerb) && !readings.contains(.plural)
    }

    /// Returns whether « leur » at `index`, after no determiner, comes before a noun
    /// that is only plural and varies in number.
    private func needsDeterminer(
        _ words: [TaggedWord], _ index: Int, _ sentence: SentenceContext
    ) -> Bool {
        let next = words[index + 1]
        guard next.partOfSpeech == .noun, words.word(at: index - 1)?.partOfSpeech != .det else {
            return false
        }
        let readings = sentence.readings(of: next)
        // « leur avis »: an invariable noun is its own lemma.
        return readings.contains([.noun, .plural]) && !readings.contains(.singular)
            && !readings.contains(.finiteVerb) && next.lemma != next.form.lowercased()
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
