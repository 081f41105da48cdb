import Tagging
import WritingModel

/// « tout » written for « tous » or « toutes » before a plural determiner
/// (« tout les jours »), and « tous » for « tout » in « tout le monde ».
struct ToutTousRule: CheckingRule {
    let id = "grammar.homophone-tout-tous"
    let category = FindingCategory.grammaire
    let examples: [RuleExample] = [
        .wrong("Il court {{tout}} les jours.", "tous"),
        .wrong("Il parle de {{tout}} les élèves.", "tous"),
        .wrong("{{Tout}} ces filles chantent.", "Toutes"),
        .wrong("{{Tous}} le monde est venu.", "Tout"),
        .wrong("{{Tous}} ça pour rien.", "Tout"),
        .wrong("Avant {{tous}} projet, renseignez-vous.", "tout"),
        .wrong("{{Tous}} allait changer.", "Tout"),
        .right("Tout le monde vient tous les jours."),
        .right("Toutes les filles et tous les garçons chantent."),
        .right("Ils ont tous le même livre."),
        .right("Tous allaient bien, tous sont venus."),
        .right("C'est tout, les enfants."),
        .right("Il aime par-dessus tout les carpes du Rhin."),
    ]
    private let singular: FoldedWordSet
    private let plural: FoldedWordSet
    private let pluralDeterminers: FoldedWordSet
    private let singularArticle: FoldedWordSet
    private let world: FoldedWordSet
    private let pronounTout: FoldedWordSet
    private let neuterPronouns: FoldedWordSet

    /// The two forms the rule distinguishes.
    private let forms: HomophonePair

    /// Reads the rule's word classes.
    init(lexicon: HomophoneLexicon) throws {
        singular = try lexicon.words("tout-singular")
        plural = try lexicon.words("tous")
        pluralDeterminers = try lexicon.words("plural-determiner")
        singularArticle = try lexicon.words("masculine-article-le")
        world = try lexicon.words("after-tout-le")
        pronounTout = try lexicon.words("before-pronoun-tout")
        neuterPronouns = try lexicon.words("after-tout-neuter")
        forms = HomophonePair(singular, plural)
    }

    func check(_ sentence: SentenceContext, into findings: inout [Finding]) {
        let words = sentence.words
        for (index, side) in forms.occurrences(in: words, requiringPrevious: false) {
            let word = words[index]
            switch side {
            case .first where needsPlural(words, index):
                let feminine = nounAfter(words, index + 1)?.features.gender == .feminine
                findings.append(finding(sentence, word, feminine ? "toutes" : "tous", true))
            case .second where needsSingular(words, index, sentence):
                findings.append(finding(sentence, word, "tout", false))
            default: break
            }
        }
    }

    /// Returns whether « tout » at `index` is a determiner before a plural
    /// determiner (« tout les jours »).
    private func needsPlural(_ words: [TaggedWord], _ index: Int) -> Bool {
        let word = words[index]
        // « par-dessus tout les carpes », « malgré tout les… »: after
        // these prepositions or a determiner « tout » is a pronoun or a
        // noun.
        return pluralDeterminers.contains(words[index + 1].form)
            && word.partOfSpeech != .pron && word.partOfSpeech != .noun
            && !isAfterPrepositionOrDeterminer(words, index)
    }

    private func isAfterPrepositionOrDeterminer(_ words: [TaggedWord], _ index: Int) -> Bool {
        guard let previous = words.word(at: index - 1) else { return false }
        return pronounTout.contains(previous.form) || previous.partOfSpeech == .det
    }

    /// Returns whether « tous » at `index` is where only the singular fits: in
    /// « tous le monde », before « ça », before a noun that is only
    /// singular (« avant tous projet »), or opening the sentence before a
    /// verb in the third person singular (« tous allait changer »).
    private func needsSingular(
        _ words: [TaggedWord], _ index: Int, _ sentence: SentenceContext
    ) -> Bool {
        let next = words[index + 1]
        if singularArticle.contains(next.form), let after = words.word(at: index + 2) {
            return world.contains(after.form)
        }
        if neuterPronouns.contains(next.form) { return true }
        let readings = sentence.readings(of: next)
        if next.partOfSpeech == .noun, next.form.first?.isLowercase == true {
            return readings.contains([.noun, .singular]) && !readings.contains(.plural)
                && readings.isDisjoint(with: [.adjective, .finiteVerb])
        }
        guard index == 0, next.partOfSpeech.isVerbal, next.features.isFinite,
            next.features.number == .singular
        else { return false }
        return readings.contains(.thirdSingular)
    }

    /// The first noun among the three words after `index`.
    private func nounAfter(_ words: [TaggedWord], _ index: Int) -> TaggedWord? {
        words[(index + 1)..<min(words.count, index + 4)].first { $0.partOfSpeech == .noun }
    }

    private func finding(
        _ sentence: SentenceContext, _ word: TaggedWord, _ replacement: String,
        _ pluralNeeded: Bool
    ) -> Finding {
        let message =
            pluralNeeded
            ? "Devant un déterminant pluriel, « tout » s’accorde : « tous les jours », "
                + "« toutes les filles »."
            : "Dans « tout le monde », « tout » est au singulier, comme le nom « monde »."
        return sentence.homophoneFinding(
            self, span: word.span, message: message,
            shortMessage: pluralNeeded ? "« tous » ou « toutes »" : "« tout »",
            replacements: [replacement], confidence: 0.9)
    }
}
