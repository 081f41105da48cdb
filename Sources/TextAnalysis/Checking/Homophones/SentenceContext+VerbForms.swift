import Lexicon
import Tagging
import WritingModel

/// Helpers of the verb-form rules: readings of verbs that Lexique lacks,
/// and the lemmas a verb form may have whatever the tagger chose.
extension SentenceContext {
    /// Returns Lexique's readings of `word`'s form or, when Lexique does not
    /// list it, the readings of Hunspell's morphological analyses
    /// (« inactiver »).
    func verbFormReadings(of word: TaggedWord) -> WordReadings {
        let readings = readings(of: word)
        return readings.isKnown ? readings : hunspellReadings(of: word.form.lowercased())
    }

    /// Returns whether `form` has reading `needed` in any Lexique row,
    /// rare rows included (« validé » is mostly an adjective there), or
    /// else in Hunspell's analyses (Lexique has « inactivé » only as an
    /// adjective).
    func hasReading(_ form: String, _ needed: WordReadings) -> Bool {
        WordReadings(of: form, in: lexique, includingRareRows: true).contains(needed)
            || hunspellReadings(of: form).contains(needed)
    }

    /// Returns the verb lemmas `word` may have: the tagger's, and each
    /// verb lemma Lexique gives its form, since the tagger may misread the
    /// verb before a misspelt participle (« se vit confié » as « vire »).
    func verbLemmas(of word: TaggedWord) -> [String] {
        var lemmas = [word.lemma]
        for entry in lexique.lookup(word.form.lowercased()) where entry.partOfSpeech.isVerbal {
            if !lemmas.contains(entry.lemma) { lemmas.append(entry.lemma) }
        }
        return lemmas
    }

    /// Returns the readings of Hunspell's analyses of `form`, or none when
    /// Hunspell rejects the form. Only forms that Lexique lacks, or lacks a
    /// reading of, get here, so the uncached analysis stays rare.
    private func hunspellReadings(of form: String) -> WordReadings {
        let checker = analysis.resources.spellChecker
        guard checker.isCorrect(form) else { return [] }
        return WordReadings(hunspellAnalyses: checker.analyses(of: form))
    }
}

extension WordReadings {
    /// Creates the readings named by the `po:` fields of Hunspell analyses,
    /// as Debian's French dictionary (`/usr/share/hunspell/fr.aff`) writes
    /// them: `po:infi`, `po:ppas po:adj`, `po:ipre po:3sg`, `po:nom`.
    init(hunspellAnalyses analyses: [String]) {
        self = []
        for field in analyses.lazy.flatMap({ $0.split(separator: " ") }) {
            guard field.hasPrefix("po:") else { continue }
            switch field.dropFirst(3) {
            case "infi": insert(.infinitive)
            case "ppas": insert(.pastParticiple)
            case "ppre": insert(.presentParticiple)
            case "ipre", "iimp", "ipsi", "ifut", "spre", "simp", "cond", "impe":
                insert(.finiteVerb)
            case "nom": insert(.noun)
            case "adj": insert(.adjective)
            case "adv": insert(.adverb)
            default: break
            }
        }
    }
}
