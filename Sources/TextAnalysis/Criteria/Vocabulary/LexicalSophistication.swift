import Foundation
import WritingModel

/// How common the words of a text are and how much of it carries meaning:
/// shares of content words by frequency band, rare words and lexical
/// density.
///
/// Frequencies are those of the lemma in Lexique 3.83 (mean of its film
/// and book corpora, per million words), on the Zipf scale of van Heuven
/// et al. 2014 (Quarterly Journal of Experimental Psychology 67(6)):
/// log10(per million) + 3. The lemma counts rather than the form, so a
/// rare inflection of a common verb (« aimèrent ») is not a rare word.
public struct LexicalSophistication: Sendable {
    /// Zipf bands of lemma frequency, from the most to the least frequent.
    public enum Band: String, CaseIterable, Sendable {
        /// Zipf 6 or more: 1,000 per million and more (« chose », « dire »).
        case zipf6AndAbove = "zipf_6_and_above"
        /// Zipf 5 to 6: 100 to 1,000 per million (« voyage », « ville »).
        case zipf5To6 = "zipf_5_to_6"
        /// Zipf 4 to 5: 10 to 100 per million (« citoyen », « vitesse »).
        case zipf4To5 = "zipf_4_to_5"
        /// Zipf 3 to 4: 1 to 10 per million (« amende », « freinage »).
        case zipf3To4 = "zipf_3_to_4"
        /// Below Zipf 3: under 1 per million (« alcoolémie »).
        case zipfBelow3 = "zipf_below_3"

        /// The band of a Zipf value.
        public init(zipf: Double) {
            switch zipf {
            case 6...: self = .zipf6AndAbove
            case 5..<6: self = .zipf5To6
            case 4..<5: self = .zipf4To5
            case 3..<4: self = .zipf3To4
            default: self = .zipfBelow3
            }
        }
    }

    /// Content words Lexique knows (nouns, verbs, adjectives, adverbs).
    public let contentWords: Int
    /// Words Lexique knows, content or grammar words.
    public let knownWords: Int
    /// Content words per band.
    public let bandCounts: [Band: Int]
    /// Rare content words as written, first occurrence of each lemma, in
    /// text order; capitalized words are left out since they may be names.
    public let rareWords: [String]

    /// Measures `context`'s text; a content word is rare below `rareZipf`.
    /// - Complexity: O(n) in the number of tokens.
    public init(context: AnalysisContext, rareZipf: Double = 3) {
        var content = 0
        var known = 0
        var bands: [Band: Int] = [:]
        var rare: [String] = []
        var rareLemmas = Set<String>()
        var rareCount = 0
        for index in context.wordIndices {
            guard let annotation = context.annotations[index], annotation.isKnown else { continue }
            known += 1
            guard annotation.isContentWord else { continue }
            content += 1
            let zipf = Self.zipf(annotation.lemmaFrequency)
            bands[Band(zipf: zipf), default: 0] += 1
            guard zipf < rareZipf else { continue }
            rareCount += 1
            let token = context.document.tokens[index]
            if token.text.first?.isLowercase == true,
                rareLemmas.insert(annotation.lemma).inserted
            {
                rare.append(context.document.original(token.span))
            }
        }
        contentWords = content
        knownWords = known
        bandCounts = bands
        rareWords = rare
        self.rareCount = rareCount
    }

    /// Content words whose lemma is rare.
    public let rareCount: Int

    /// Content words over known words: Ure's lexical density (Ure 1971,
    /// « Lexical density and register differentiation »); nil without a
    /// known word. Words Lexique does not know (misspellings, names) are
    /// left out of both counts.
    public var lexicalDensity: Double? {
        knownWords > 0 ? Double(contentWords) / Double(knownWords) : nil
    }

    /// Share of content words whose lemma is rare.
    public var rareWordShare: Double? {
        contentWords > 0 ? Double(rareCount) / Double(contentWords) : nil
    }

    /// The measures under their stable keys.
    public var measures: [String: MeasureValue] {
        var shares: [String: MeasureValue] = [:]
        for band in Band.allCases {
            shares[band.rawValue] =
                contentWords > 0
                ? .number(Double(bandCounts[band] ?? 0) / Double(contentWords)) : .undefined
        }
        return [
            "content_words": .integer(contentWords),
            "lexical_density": .number(lexicalDensity),
            "frequency_bands": .record(shares),
            "rare_word_share": .number(rareWordShare),
            "rare_words": .list(rareWords.prefix(8).map { .text($0) }),
        ]
    }

    static func zipf(_ perMillion: Double) -> Double {
        perMillion > 0 ? log10(perMillion) + 3 : 0
    }
}
