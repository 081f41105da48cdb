import Tagging
import WritingModel

/// « sa » (the possessive determiner) written for « ça » (the demonstrative
/// pronoun): « sa va bien », « il est venu pour sa ».
///
/// A determiner announces a noun, so « sa » is flagged only where no noun
/// can follow it: before a conjugated verb or a preverbal pronoun, and at
/// the end of a clause.
struct SaCaRule: CheckingRule {
    let id = "grammar.homophone-sa-ca"
    let category = FindingCategory.grammaire
    let examples: [RuleExample] = [
        .wrong("{{Sa}} va bien.", "Ça"),
        .wrong("Il dit que {{sa}} fait mal.", "ça"),
        .wrong("{{Sa}} ne marche pas.", "Ça"),
        .wrong("Et {{sa}} m'énerve.", "ça"),
        .wrong("{{Sa}} me plait beaucoup.", "Ça"),
        .wrong("Il est venu pour {{sa}}.", "ça"),
        .wrong("Je n'aime pas {{sa}}, mais il le faut.", "ça"),
        .right("Sa marche est lente, sa porte ferme mal."),
        .right("La France a pour sa part dégelé les fonds."),
        .right("Il range sa chambre et sa «\u{00A0}collection\u{00A0}»."),
        .right("Il a pris sa voiture et ça va."),
        .right("On écrit «\u{00A0}sa\u{00A0}» devant un nom féminin\u{00A0}: sa, ta, ma."),
        .right("Sa Majesté salue sa fille."),
    ]
    private let possessive: FoldedWordSet
    private let clitics: FoldedWordSet
    private let clauseEnds: FoldedWordSet

    /// Reads the rule's word classes.
    init(lexicon: HomophoneLexicon) throws {
        possessive = try lexicon.words("possessive-sa")
        clitics = try lexicon.words("preverbal-clitic")
        clauseEnds = try lexicon.words("clause-end-punctuation")
    }

    func check(_ sentence: SentenceContext, into findings: inout [Finding]) {
        let words = sentence.words
        for index in words.indices(matching: possessive) {
            // « SA » in capitals is the company form (« société anonyme »).
            guard words[index].form.last?.isLowercase == true,
                standsBeforeVerb(words, index, sentence) || endsClause(words, index)
            else { continue }
            findings.append(
                sentence.homophoneFinding(
                    self, span: words[index].span,
                    message: "Le déterminant « sa » annonce un nom (« sa maison ») ; ici, il "
                        + "faut le pronom « ça », forme familière de « cela ».",
                    shortMessage: "Pronom « ça »", replacements: ["ça"], confidence: 0.85))
        }
    }

    /// Returns whether « sa » at `index` comes before a preverbal pronoun
    /// and a verb (« sa ne marche pas », « sa m'énerve »). Without a
    /// pronoun, the next word must be in lower case and may be a verb in
    /// the third person singular. It must also be neither a feminine noun
    /// nor a feminine adjective (« sa va », but « sa marche »).
    private func standsBeforeVerb(
        _ words: [TaggedWord], _ index: Int, _ sentence: SentenceContext
    ) -> Bool {
        var position = index + 1
        while position < min(words.count, index + 4), clitics.contains(words[position].form) {
            position += 1
        }
        guard let next = words.word(at: position), next.form.first?.isLowercase == true
        else { return false }
        let readings = sentence.readings(of: next)
        if position > index + 1 {
            // Lexique lacks some reform spellings (« plait »), which the
            // tagger still reads as verbs.
            return readings.contains(.finiteVerb) || next.isFiniteVerb
        }
        return readings.contains(.thirdSingular) && !mayBeFeminineNominal(next, sentence)
    }

    /// Returns whether Lexique reads `word` as a noun or an adjective that
    /// is feminine or has no gender (it leaves « part » without one), so
    /// that « sa » may be its determiner.
    private func mayBeFeminineNominal(_ word: TaggedWord, _ sentence: SentenceContext) -> Bool {
        sentence.lexique.lookup(word.form).contains { entry in
            (entry.partOfSpeech == .noun || entry.partOfSpeech == .adjective)
                && entry.gender != .masculine
        }
    }

    /// Returns whether « sa » at `index` follows a word and ends a clause
    /// (« pour sa. »), where a determiner has no noun to announce. Opening
    /// quotes and brackets may come between a determiner and its noun,
    /// and a list of determiners (« son, sa, ses ») is a quotation of them.
    private func endsClause(_ words: [TaggedWord], _ index: Int) -> Bool {
        guard let previous = words.word(at: index - 1), previous.partOfSpeech != .punct,
            previous.partOfSpeech != .det
        else { return false }
        guard let next = words.word(at: index + 1) else { return true }
        return clauseEnds.contains(next.form)
    }
}
