import Tagging
import WritingModel

/// « ce » (the demonstrative) written for « se » (the reflexive pronoun),
/// and the reverse: « il ce lave », « se garçon », « se que tu dis ».
struct CeSeRule: CheckingRule {
    let id = "grammar.homophone-ce-se"
    let category = FindingCategory.grammaire
    let examples: [RuleExample] = [
        .wrong("Il {{ce}} lave les mains.", "se"),
        .wrong("Ils {{ce}} sont levés tôt.", "se"),
        .wrong("{{Se}} garçon est grand.", "Ce"),
        .wrong("Je comprends {{se}} que tu dis.", "ce"),
        .wrong("Il ne {{ce}} lave pas.", "se"),
        .wrong("Il part pour {{ce}} reposer.", "se"),
        .wrong("Le chat qui {{ce}} promène dort.", "se"),
        .wrong("La commanderie {{ce}} situe dans un hameau.", "se"),
        .wrong("Les marqueurs {{ce}} stabilisent vite.", "se"),
        .wrong("« {{Se}} ne sera pas un cours magistral. »", "Ce"),
        .wrong("Cependant, {{se}} dernier résiste.", "ce"),
        .right("Ce garçon se lave les mains."),
        .right("Ce que tu dis est vrai, il se tait."),
        .right("Ce fut une belle journée."),
        .right("Il se livre à la police."),
        .right("Pour ce faire, ce qui doit être fait sera fait."),
        .right("Il se le dit, puis il s'en va et se bat."),
        .right("Ce sont des amis ; ce semble vrai."),
    ]
    private let demonstrative: FoldedWordSet
    private let reflexive: FoldedWordSet
    private let subjects: FoldedWordSet
    private let relatives: FoldedWordSet
    private let negation: FoldedWordSet
    private let ceVerbs: Set<String>

    /// The two forms the rule distinguishes.
    private let forms: HomophonePair

    /// Reads the rule's word classes.
    init(lexicon: HomophoneLexicon) throws {
        demonstrative = try lexicon.words("demonstrative-ce")
        reflexive = try lexicon.words("reflexive-se")
        subjects = try lexicon.words("ce-se-subject")
        relatives = try lexicon.words("relative-after-ce")
        negation = try lexicon.words("negation-ne")
        ceVerbs = Set(try lexicon.list("verb-after-ce"))
        forms = HomophonePair(demonstrative, reflexive)
    }

    func check(_ sentence: SentenceContext, into findings: inout [Finding]) {
        let words = sentence.words
        for (index, side) in forms.occurrences(in: words, requiringPrevious: false) {
            let word = words[index]
            switch side {
            case .first where index > 0 && needsReflexive(words, index, sentence):
                findings.append(finding(sentence, word, "se", demonstrativeWritten: true))
            case .second where needsDemonstrative(words[index + 1], sentence):
                findings.append(finding(sentence, word, "ce", demonstrativeWritten: false))
            default: break
            }
        }
    }

    /// Returns whether « ce » at `index` stands where only « se » fits: after a
    /// subject pronoun or « ne » before a verb, or before an infinitive
    /// (« pour ce laver »), or before a word that can only be a conjugated
    /// verb, other than être and the verbs « ce » may precede (« ce doit
    /// être »).
    private func needsReflexive(
        _ words: [TaggedWord], _ index: Int, _ sentence: SentenceContext
    ) -> Bool {
        let previous = words[index - 1]
        let next = words[index + 1]
        if subjects.contains(previous.form) || negation.contains(previous.form) {
            return next.partOfSpeech.isVerbal
        }
        if next.features.verbForm == "Inf" {
            return !ceVerbs.contains(next.lemma) && sentence.readings(of: next).only(.infinitive)
        }
        return !ceVerbs.contains(next.lemma) && sentence.readings(of: next).only(.finiteVerb)
    }

    /// Returns whether `next` can follow « ce » but not « se »: « qui », « que »,
    /// or a word that is no verb nor pronoun (« se garçon », « se dernier »,
    /// « se ne sera pas »).
    private func needsDemonstrative(_ next: TaggedWord, _ sentence: SentenceContext) -> Bool {
        if relatives.contains(next.form) { return true }
        guard next.partOfSpeech != .propn, next.form.first?.isLowercase == true else {
            return false
        }
        let readings = sentence.readings(of: next)
        return readings.isKnown && !readings.contains(.plural)
            && readings.isDisjoint(with: Self.afterReflexive)
    }

    /// Readings of a word that may follow « se »: a verb, or a pronoun or a
    /// determiner read as one (« se le dire », « s'en aller »).
    private static let afterReflexive: WordReadings = [
        .finiteVerb, .infinitive, .pastParticiple, .presentParticiple, .pronoun, .determiner,
    ]

    private func finding(
        _ sentence: SentenceContext, _ word: TaggedWord, _ replacement: String,
        demonstrativeWritten: Bool
    ) -> Finding {
        let message =
            demonstrativeWritten
            ? "Devant un verbe pronominal, il faut le pronom « se » (« il se lave ») et non "
                + "le démonstratif « ce »."
            : "Le pronom « se » accompagne un verbe pronominal ; devant un nom ou « qui », « que », "
                + "il faut le démonstratif « ce »."
        return sentence.homophoneFinding(
            self, span: word.span, message: message,
            shortMessage: demonstrativeWritten ? "Pronom « se »" : "Démonstratif « ce »",
            replacements: [replacement], confidence: 0.85)
    }
}
