import Lexicon

extension UnknownWordCheck {
    /// Finds the forms Lexique gives the lemma of an unknown word that is
    /// a known noun or adjective with a regular ending added (« animals »
    /// → « animaux », « genous » → « genoux », « beaue » → « belle »).
    /// Such a word means that lemma in the gender and number its ending
    /// marks. The letters of the ending do not matter. The endings are
    /// the `inflection-ending` rows of the agreement word list.
    ///
    /// Only forms that Hunspell accepts and that differ from the base
    /// form are returned, most fitting first.
    func inflectedForms(of word: String, context: AnalysisContext) -> [String] {
        guard let resources = context.resources.checkingRules.agreementResources else {
            return []
        }
        let lowered = word.lowercased()
        let lexique = context.resources.lexique
        var forms: [String] = []
        for ending in resources.words.inflectionEndings where lowered.hasSuffix(ending.ending) {
            let base = String(lowered.dropLast(ending.ending.count))
            guard base.count >= 2 else { continue }
            for entry in lexique.entries(for: base)
            where entry.partOfSpeech == .noun || entry.partOfSpeech == .adjective {
                let needed = GenderNumberSet(
                    gender: ending.gender ?? entry.gender, number: ending.number ?? entry.number)
                forms += resources.inflections(lexique).nominalForms(
                    lemma: entry.lemma, partOfSpeech: entry.partOfSpeech, needed: needed,
                    excluding: base
                ).filter { needed.isSuperset(of: Self.features(of: $0, lemma: entry.lemma, lexique)) }
            }
        }
        let checker = context.resources.spellChecker
        return InflectionIndex.unique(forms).filter { $0 != lowered && checker.isCorrect($0) }
    }

    /// Returns the genders and numbers Lexique gives `form` as a form of
    /// `lemma`.
    private static func features(of form: String, lemma: String, _ lexique: Lexique)
        -> GenderNumberSet
    {
        var features: GenderNumberSet = []
        for entry in lexique.entries(for: form) where entry.lemma == lemma {
            features.formUnion(GenderNumberSet(gender: entry.gender, number: entry.number))
        }
        return features
    }
}
