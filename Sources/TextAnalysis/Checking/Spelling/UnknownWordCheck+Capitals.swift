import Foundation
import Lexicon
import WritingModel

extension UnknownWordCheck {
    /// Maximum edit distance of the best suggestion for an unknown word in
    /// a sentence written in capitals (« PANCE » → « PENSE » changes two
    /// letters).
    var maximumCapitalsDistance: Double { 2.0 }

    /// Returns the finding of the unknown word at token `index` in a
    /// sentence written in capitals, or nil when the word may be right.
    ///
    /// Names and acronyms look like any other word there, and capitals may
    /// drop their accents (« ETAIT »). So the word is flagged only when its
    /// lower-case form is unknown to Hunspell in lower case and with a
    /// capital (« LYON »), Lexique lacks it, and the best suggestion sounds
    /// the same and is at most `maximumCapitalsDistance` away. No
    /// suggestion may differ from the word by accents alone (« ALLES »
    /// may be « ALLÉS »). « PANCE » → « PENSE » passes.
    func capitalsFinding(
        atToken index: Int, sentence sentenceIndex: Int, context: AnalysisContext,
        searched: inout Set<String>
    ) -> Finding? {
        let token = context.document.tokens[index]
        let lowered = token.text.lowercased()
        let titled = lowered.prefix(1).uppercased() + lowered.dropFirst()
        let checker = context.resources.spellChecker
        guard lowered.count >= 3, shouldCheck(lowered, isSentenceStart: false),
            !checker.isCorrect(lowered), !checker.isCorrect(titled),
            context.resources.lexique.lookup(lowered).isEmpty,
            !isAccepted(lowered, isSentenceStart: false, context: context)
        else { return nil }
        var lowerToken = token
        lowerToken.text = lowered
        let expectation = context.resources.contextCues.expectation(
            atToken: index, sentence: sentenceIndex, in: context)
        let ranked = suggestions(
            for: lowerToken, expectation: expectation, context: context, searched: &searched)
        guard let best = ranked.first, best.isHomophone,
            best.distance <= maximumCapitalsDistance,
            !ranked.contains(where: { Self.differsByAccentsOnly(lowered, $0.form) })
        else { return nil }
        let upper = ranked.map { scored in
            var capitals = scored
            capitals.form = scored.form.uppercased()
            return capitals
        }
        return finding(for: token, suggestions: upper, isLikelyName: false, context: context)
    }
}
