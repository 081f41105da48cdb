import Tagging
import WritingModel

/// « la » (article or pronoun), « là » (the adverb of place) and « l'a »
/// (the pronoun and the verb avoir) written for one another: « il est
/// la », « celui la », « là maison », « il la mangé ».
struct LaLaRule: CheckingRule {
    let id = "grammar.homophone-la-la"
    let category = FindingCategory.grammaire
    let examples: [RuleExample] = [
        .wrong("Il est {{la}}.", "là"),
        .wrong("Je préfère {{celui la}}.", "celui-là"),
        .wrong("Il habite {{la bas}}.", "là-bas"),
        .wrong("Il a vendu {{là}} maison.", "la"),
        .wrong("Il {{la}} mangé hier.", "l'a"),
        .wrong("Pierre {{la}} mangé hier.", "l'a"),
        .wrong("Le chat est {{la}}.", "là"),
        .wrong("Il passe par {{la}}.", "là"),
        .wrong("Il va {{la}} où tu vas.", "là"),
        .right("Il est là, la maison est là-bas."),
        .right("Il la voit et il l'a vue."),
        .right("Celui-là est à moi."),
        .right("Il la vue depuis la fenêtre."),
    ]
    private let article: FoldedWordSet
    private let adverb: FoldedWordSet
    private let demonstratives: FoldedWordSet
    private let subjects: FoldedWordSet
    private let bas: FoldedWordSet
    private let relativeOu: FoldedWordSet
    private let placePrepositions: FoldedWordSet

    /// Every word the rule starts from.
    private let triggers: FoldedWordSet

    /// Reads the rule's word classes.
    init(lexicon: HomophoneLexicon) throws {
        article = try lexicon.words("article-la")
        adverb = try lexicon.words("adverb-la")
        demonstratives = try lexicon.words("demonstrative-pronoun")
        subjects = try lexicon.words("subject-clitic")
        bas = try lexicon.words("bas")
        relativeOu = try lexicon.words("relative-ou")
        placePrepositions = try lexicon.words("before-adverb-la")
        triggers = FoldedWordSet(article, adverb)
    }

    func check(_ sentence: SentenceContext, into findings: inout [Finding]) {
        let words = sentence.words
        for index in words.indices(matching: triggers) where index > 0 {
            let word = words[index]
            let isArticle = article.contains(word.form)
            guard isArticle || adverb.contains(word.form) else { continue }
            if needsPronounAndVerb(words, index, sentence) {
                findings.append(finding(sentence, word.span, "l'a", .pronounAndVerb))
            } else if isArticle {
                checkArticle(sentence, words, index, into: &findings)
            } else if needsArticle(words, index, sentence) {
                findings.append(finding(sentence, word.span, "la", .article))
            }
        }
    }

    /// Returns whether « la » or « là » at `index` comes before a word that can only
    /// be a past participle: neither the article nor the adverb fits there
    /// (« il la mangé », « Pierre la vu »), but « l'a » does.
    private func needsPronounAndVerb(
        _ words: [TaggedWord], _ index: Int, _ sentence: SentenceContext
    ) -> Bool {
        guard let next = words.word(at: index + 1),
            next.partOfSpeech.isVerbal || next.partOfSpeech == .adj
        else { return false }
        let previous = words[index - 1]
        if !subjects.contains(previous.form) {
            switch previous.partOfSpeech {
            case .noun, .propn, .pron: break
            default: return false
            }
        }
        return sentence.readings(of: next).only(.pastParticiple)
    }

    /// Flags « la » after a form of être or « par » at the end of a clause,
    /// after « celui » and its forms, and before « bas » or « où ».
    private func checkArticle(
        _ sentence: SentenceContext, _ words: [TaggedWord], _ index: Int,
        into findings: inout [Finding]
    ) {
        let word = words[index]
        let previous = words[index - 1]
        if demonstratives.contains(previous.form) {
            let span = previous.span.union(word.span)
            findings.append(finding(sentence, span, previous.form + "-là", .adverb))
        } else if let next = words.word(at: index + 1), bas.contains(next.form) {
            findings.append(finding(sentence, word.span.union(next.span), "là-bas", .adverb))
        } else if let next = words.word(at: index + 1), relativeOu.contains(next.form) {
            findings.append(finding(sentence, word.span, "là", .adverb))
        } else if words.isBoundary(at: index + 1), endsOnPlace(words, index) {
            findings.append(finding(sentence, word.span, "là", .adverb))
        }
    }

    /// Returns whether « la » at `index`, before punctuation, follows « par » or a
    /// form of être that has a subject: « il est la. », « passe par la. ».
    private func endsOnPlace(_ words: [TaggedWord], _ index: Int) -> Bool {
        let previous = words[index - 1]
        if placePrepositions.contains(previous.form) { return true }
        guard previous.lemma == "être", previous.features.isFinite, index >= 2 else {
            return false
        }
        switch words[index - 2].partOfSpeech {
        case .pron, .noun, .propn: return true
        default: return false
        }
    }

    /// Returns whether « là » at `index` comes before a feminine singular noun that
    /// is nothing else, where only the article fits.
    private func needsArticle(
        _ words: [TaggedWord], _ index: Int, _ sentence: SentenceContext
    ) -> Bool {
        guard let next = words.word(at: index + 1), next.partOfSpeech == .noun,
            words[index - 1].lemma != "être"
        else { return false }
        let readings = sentence.readings(of: next)
        return readings.only([.noun, .adjective]) && readings.contains([.noun, .singular])
            && !readings.contains(.plural) && next.features.gender == .feminine
    }

    /// The form the student should have written.
    private enum Target {
        case article, adverb, pronounAndVerb
    }

    private func finding(
        _ sentence: SentenceContext, _ span: TextSpan, _ replacement: String, _ target: Target
    ) -> Finding {
        let message: String
        switch target {
        case .article:
            message =
                "Devant un nom, il faut l’article « la », sans accent ; « là » avec un "
                + "accent désigne un lieu."
        case .adverb:
            message =
                "Pour désigner un lieu, il faut « là » avec un accent, relié par un "
                + "trait d’union dans « celui-là » ou « là-bas »."
        case .pronounAndVerb:
            message =
                "Devant un participe passé, il faut « l’a » (le pronom et le verbe "
                + "avoir), que l’on peut remplacer par « l’avait »."
        }
        return sentence.homophoneFinding(
            self, span: span, message: message, shortMessage: "« la », « là » ou « l’a »",
            replacements: [replacement], confidence: 0.85)
    }
}
