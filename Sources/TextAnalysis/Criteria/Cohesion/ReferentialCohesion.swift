import Lexicon
import WritingModel

/// The links by which sentences and paragraphs refer back to each other:
/// shared lemmas and nouns between neighbours, and pronouns (the cohesion indices of
/// Coh-Metrix, Graesser et al. 2004, Behavior Research Methods 36(2),
/// computed on lemmas).
///
/// Shared words are topic words (`WordAnnotation.isTopicWord`), so « être »
/// or « faire » in both sentences do not count as a link.
public struct ReferentialCohesion: Sendable {
    /// Topic lemmas of each sentence.
    public let sentenceLemmas: [Set<String>]
    /// Noun lemmas of each sentence.
    public let sentenceNouns: [Set<String>]
    /// Topic lemmas of each paragraph.
    public let paragraphLemmas: [Set<String>]
    /// Noun lemmas of each paragraph.
    public let paragraphNouns: [Set<String>]
    /// Whether each sentence refers back from its first words with a
    /// pronoun or a demonstrative (« Elle… », « Cette mesure… »).
    public let opensWithReference: [Bool]
    /// Referring pronouns: personal, demonstrative and possessive.
    public let pronouns: Int
    /// Word tokens.
    public let words: Int

    /// Measures `context`'s text.
    /// - Complexity: O(n) in the number of tokens.
    public init(context: AnalysisContext) {
        let document = context.document
        let sentences = document.sentences.map { Self.scan($0, context) }
        sentenceLemmas = sentences.map(\.lemmas)
        sentenceNouns = sentences.map(\.nouns)
        opensWithReference = sentences.map(\.opensWithReference)
        pronouns = sentences.reduce(0) { $0 + $1.pronouns }
        words = document.wordCount

        let lemmas = sentenceLemmas
        let nouns = sentenceNouns
        paragraphLemmas = document.paragraphs.map { paragraph in
            paragraph.sentenceRange.reduce(into: Set<String>()) { $0.formUnion(lemmas[$1]) }
        }
        paragraphNouns = document.paragraphs.map { paragraph in
            paragraph.sentenceRange.reduce(into: Set<String>()) { $0.formUnion(nouns[$1]) }
        }
    }

    /// What one sentence contributes: its topic lemmas and nouns, its
    /// referring pronouns, and whether it opens with a reference.
    private struct SentenceScan {
        var lemmas = Set<String>()
        var nouns = Set<String>()
        var pronouns = 0
        var opensWithReference = false
    }

    private static func scan(_ sentence: Sentence, _ context: AnalysisContext) -> SentenceScan {
        var scan = SentenceScan()
        var words = 0
        for index in sentence.tokenRange {
            guard let annotation = context.annotations[index] else { continue }
            words += 1
            let isReference = isReferringPronoun(annotation.partOfSpeech)
            if isReference { scan.pronouns += 1 }
            if words <= openingWords
                && (isReference || annotation.partOfSpeech == .demonstrativeAdjective)
            {
                scan.opensWithReference = true
            }
            guard annotation.isTopicWord else { continue }
            scan.lemmas.insert(annotation.lemma)
            if annotation.partOfSpeech == .noun { scan.nouns.insert(annotation.lemma) }
        }
        return scan
    }

    /// Words at the start of a sentence where a pronoun or demonstrative
    /// counts as a link to the previous sentence.
    static let openingWords = 3

    static func isReferringPronoun(_ partOfSpeech: LexiquePartOfSpeech) -> Bool {
        switch partOfSpeech {
        case .personalPronoun, .demonstrativePronoun, .possessivePronoun: true
        default: false
        }
    }

    /// Share of adjacent pairs that share at least one element; nil with
    /// fewer than two sets.
    static func sharedShare(_ sets: [Set<String>]) -> Double? {
        guard sets.count > 1 else { return nil }
        let shared = zip(sets, sets.dropFirst()).filter { !$0.isDisjoint(with: $1) }.count
        return Double(shared) / Double(sets.count - 1)
    }

    /// Mean Jaccard index of adjacent pairs (0 for two empty sets); nil
    /// with fewer than two sets.
    static func meanJaccard(_ sets: [Set<String>]) -> Double? {
        guard sets.count > 1 else { return nil }
        let sum = zip(sets, sets.dropFirst()).reduce(0.0) { sum, pair in
            let union = pair.0.union(pair.1).count
            return sum + (union > 0 ? Double(pair.0.intersection(pair.1).count) / Double(union) : 0)
        }
        return sum / Double(sets.count - 1)
    }

    /// Returns the index of the first sentence with no visible link to the
    /// previous one, or nil when every sentence is linked. Such a sentence
    /// and the previous one both have topic words but share none. It also
    /// opens with no reference (`opensWithReference`), and its index is not
    /// in `openedByConnective`.
    public func firstUnlinkedSentence(openedByConnective: Set<Int>) -> Int? {
        sentenceLemmas.indices.dropFirst().first { index in
            !sentenceLemmas[index].isEmpty && !sentenceLemmas[index - 1].isEmpty
                && sentenceLemmas[index].isDisjoint(with: sentenceLemmas[index - 1])
                && !opensWithReference[index] && !openedByConnective.contains(index)
        }
    }

    /// A topic lemma shared by the most adjacent sentence pairs, or nil.
    public var mostSharedLemma: String? {
        var counts: [String: Int] = [:]
        for (left, right) in zip(sentenceLemmas, sentenceLemmas.dropFirst()) {
            for lemma in left.intersection(right) { counts[lemma, default: 0] += 1 }
        }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    /// The measures under their stable keys.
    public var measures: [String: MeasureValue] {
        [
            "adjacent_sentence_overlap": .number(Self.sharedShare(sentenceLemmas)),
            "adjacent_lemma_overlap": .number(Self.meanJaccard(sentenceLemmas)),
            "adjacent_noun_overlap": .number(Self.sharedShare(sentenceNouns)),
            "adjacent_paragraph_overlap": .number(Self.meanJaccard(paragraphLemmas)),
            "adjacent_paragraph_noun_overlap": .number(Self.meanJaccard(paragraphNouns)),
            "pronouns_per_100_words": .number(
                words > 0 ? Double(pronouns) * 100 / Double(words) : nil),
        ]
    }
}
