import Lexicon
import Tagging
import WritingModel

/// Cues that come from a word other than a verb or a preposition: an
/// adjective that governs an infinitive, a modal verb read as a
/// preposition, and a verb of perception before the infinitive's subject.
extension InfinitiveContext {
    /// Returns whether the adjective or participle `word`, before « de » or
    /// « à », has one of `lemmas` (« susceptible de », « destiné à »), as
    /// the tagger lemmatises it.
    func takesInfinitive(_ word: TaggedWord, after lemmas: Set<String>) -> Bool {
        guard word.partOfSpeech == .adj || word.partOfSpeech == .verb else { return false }
        return lemmas.contains(word.lemma)
    }

    /// Returns whether Lexique reads `word` as the present participle of a
    /// modal verb (« devant », « pouvant »).
    func isModalPresentParticiple(_ word: TaggedWord, _ sentence: SentenceContext) -> Bool {
        sentence.lexique.lookup(word.form.lowercased()).contains { entry in
            entry.partOfSpeech.isVerbal && modals.contains(entry.lemma)
                && entry.inflections.contains { $0.mood == .participle && $0.tense == .present }
        }
    }

    /// Returns the cue of a verb of perception before the noun phrase that
    /// ends at `position`, the subject of the infinitive (« j'ai vu les
    /// soldats entrer », « écouter Sylvain Breda présenter »). Only a form
    /// in -ez is read, because it can be nothing else there. A participle
    /// may be an attribute (« j'ai entendu le chien blessé la nuit »).
    func perceptionCue(
        before position: Int, in words: [TaggedWord], conjugated: Bool,
        _ sentence: SentenceContext
    ) -> Cue? {
        guard conjugated, let start = nounPhraseStart(endingAt: position, in: words), start > 0
        else { return nil }
        let verb = words[start - 1]
        guard verb.partOfSpeech == .verb else { return nil }
        let lemmas = sentence.verbLemmas(of: verb)
        let perceives = lemmas.contains { lemma in
            hearingVerbs.contains(lemma) || perceptionVerbs.contains(lemma)
        }
        return perceives ? .weak : nil
    }

    /// Returns the index of the first word of the noun phrase that ends
    /// at `position`: names (« Sylvain Breda »), or a determiner followed
    /// by at most three nouns and adjectives (« les soldats irakiens »).
    private func nounPhraseStart(endingAt position: Int, in words: [TaggedWord]) -> Int? {
        var start = position
        if words[start].partOfSpeech == .propn {
            while start > 0, words[start - 1].partOfSpeech == .propn {
                start -= 1
            }
            return start
        }
        var nouns = 0
        while start >= 0, nouns < 3,
            words[start].partOfSpeech == .noun || words[start].partOfSpeech == .adj
        {
            nouns += 1
            start -= 1
        }
        guard nouns > 0, start >= 0, words[start].partOfSpeech == .det,
            !prepositionsDe.contains(words[start].form)
        else { return nil }
        return start
    }
}

extension [TaggedWord] {
    /// Returns whether the words ending at `position` are the lowercase
    /// words of `phrase` (« en », « train »).
    func matches(_ phrase: [String], endingAt position: Int) -> Bool {
        guard position < count, phrase.count <= position + 1 else { return false }
        let start = position + 1 - phrase.count
        return zip(phrase, self[start...position]).allSatisfy { word, tagged in
            tagged.form.lowercased() == word
        }
    }
}
