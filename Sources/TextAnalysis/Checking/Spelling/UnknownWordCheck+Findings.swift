import Foundation
import Lexicon
import WritingModel

extension UnknownWordCheck {
    /// Returns Plume's ranked suggestions for an unknown word, or none past
    /// the text's search budget.
    ///
    /// Hunspell's own suggestion search is not used: it stops after a
    /// CPU-time budget, so its list shrinks when the machine is busy, and
    /// suggestions must not depend on the load or the number of threads.
    func suggestions(
        for token: Token, expectation: ContextExpectation?, context: AnalysisContext,
        searched: inout Set<String>
    ) -> [SuggestionRanker.Scored] {
        let isLatin = token.text.unicodeScalars.allSatisfy { $0.value < 0x0250 || $0 == "’" }
        guard isLatin, token.text.count <= maximumSuggestionLength,
            searched.contains(token.text) || searched.count < maximumSuggestionSearches,
            let suggester = try? context.resources.spellingSuggester.value()
        else { return [] }
        searched.insert(token.text)
        let ranked = suggester.rankedSuggestions(
            for: token.text, expectation: expectation, limit: maximumSuggestions)
        let inflected = inflectedForms(of: token.text, context: context)
        guard !inflected.isEmpty else { return ranked }
        // A regular ending on a known word (« animals ») shows the lemma
        // the student meant, so its right form comes before edit-distance
        // neighbours, however far its letters are.
        let capitalized = token.text.startsWithCapital
        let best = ranked.first?.score ?? 0
        var merged = inflected.map { form in
            SuggestionRanker.Scored(
                form: capitalized ? form.prefix(1).uppercased() + form.dropFirst() : form,
                score: best - 1, distance: inflectedFormDistance, isHomophone: false)
        }
        let added = Set(merged.map(\.form))
        merged += ranked.filter { !added.contains($0.form) }
        return Array(merged.prefix(maximumSuggestions))
    }

    /// Edit distance given to the right form of an unknown word's lemma
    /// (« animaux » for « animals »): one slip, like a wrong letter.
    var inflectedFormDistance: Double { 1.0 }

    /// Returns the finding of an unknown word: an error with its
    /// suggestions, or a hint when nothing is close (a technical or foreign
    /// word), when the context points to a name or a foreign word
    /// (`isLikelyName`), or when only the accent of a capital is missing
    /// (« Etait »).
    func finding(
        for token: Token, suggestions: [SuggestionRanker.Scored], isLikelyName: Bool,
        context: AnalysisContext
    ) -> Finding {
        let quotedWord = FrenchTypography.quoted(context.document.original(token.span))
        let forms = suggestions.map(\.form)
        var severity = Severity.error
        let message: String
        if let first = forms.first, Self.differsByCapitalAccentOnly(token.text, first) {
            severity = .hint
            message =
                "En français, les majuscules gardent leur accent\u{00A0}: écrivez \(FrenchTypography.quoted(first))."
        } else if let first = forms.first, isLikelyName {
            severity = .hint
            message =
                "Le mot \(quotedWord) n’est pas dans le dictionnaire\u{202F}; si ce n’est ni un nom propre ni un mot étranger, vouliez-vous écrire \(FrenchTypography.quoted(first))\u{202F}?"
        } else if let first = forms.first {
            if let best = suggestions.first, best.distance > maximumErrorDistance, !best.isHomophone {
                severity = .hint
            }
            message =
                "Le mot \(quotedWord) n’est pas dans le dictionnaire\u{202F}; vouliez-vous écrire \(FrenchTypography.quoted(first))\u{202F}?"
        } else {
            severity = .hint
            message =
                "Le mot \(quotedWord) n’est pas dans le dictionnaire\u{202F}; vérifiez son orthographe."
        }
        return Finding(
            ruleID: "spell.unknown-word", category: .orthographe, criterion: .orthographe,
            span: token.span, message: message, shortMessage: "Mot inconnu",
            replacements: forms, confidence: suggestions.isEmpty ? 0.5 : 0.8, severity: severity)
    }

    /// Returns whether `word` is `suggestion` with an unaccented capital
    /// (« Etait », « Était »).
    static func differsByCapitalAccentOnly(_ word: String, _ suggestion: String) -> Bool {
        guard let first = word.first, let other = suggestion.first, first.isUppercase,
            first != other
        else { return false }
        let base = String(other).decomposedStringWithCanonicalMapping.unicodeScalars.first
        return base.map { Character($0) } == first && word.dropFirst() == suggestion.dropFirst()
    }
}
