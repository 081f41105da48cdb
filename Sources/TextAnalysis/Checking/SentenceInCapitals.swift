import Foundation
import Tagging
import WritingModel

extension Array where Element == TaggedWord {
    /// Whether the sentence is written in capitals: no lower-case letter,
    /// and at least `SentenceInCapitals.minimumWords` words of two capitals
    /// or more (« ILS ON FINI LEURS DEVOIRS »). There a capital marks
    /// neither a name nor a sentence start.
    /// - Complexity: O(n) in the letters of the sentence, but a sentence
    ///   with a lower-case letter in its first words stops there.
    var isWrittenInCapitals: Bool {
        var capitalWords = 0
        for word in self {
            var capitals = 0
            for scalar in word.form.unicodeScalars where scalar.properties.isAlphabetic {
                if scalar.properties.isLowercase { return false }
                if scalar.properties.isUppercase { capitals += 1 }
            }
            if capitals >= 2 { capitalWords += 1 }
        }
        return capitalWords >= SentenceInCapitals.minimumWords
    }
}

/// The checking rules' treatment of a sentence written in capitals.
///
/// The rules read its words as common words (capitals mark no name there)
/// and give suggestions in capitals. A capital may drop its accent
/// (« A LA PLAGE », « OU EST-IL »), so a finding that only restores an
/// accent is dropped. A finding on a wrong accent (« IL À MANGÉ ») stays.
enum SentenceInCapitals {
    /// Minimum number of words of two capitals or more in a sentence
    /// written in capitals, so that an acronym (« L'ONU ») is not enough.
    static let minimumWords = 3

    /// `findings` of a sentence in capitals, with suggestions in capitals
    /// and without those that only restore an accent.
    static func adapted(_ findings: [Finding], in analysis: AnalysisContext) -> [Finding] {
        findings.compactMap { finding in
            let written = analysis.document.original(finding.span)
            if let first = finding.replacements.first, restoresAccentOnly(written, first) {
                return nil
            }
            var adapted = finding
            adapted.replacements = finding.replacements.map { $0.uppercased() }
            return adapted
        }
    }

    /// Returns whether `suggestion` is `written` with accents added and no
    /// other change (« A » → « à », « OU » → « où »).
    static func restoresAccentOnly(_ written: String, _ suggestion: String) -> Bool {
        let bare = suggestion.folding(options: .diacriticInsensitive, locale: nil)
        return written.uppercased() != suggestion.uppercased()
            && written.uppercased() == bare.uppercased()
    }
}
