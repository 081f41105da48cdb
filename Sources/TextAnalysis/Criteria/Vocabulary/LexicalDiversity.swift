/// Lexical diversity measures over a list of word types (lowercased forms
/// or lemmas: the caller chooses).
///
/// Every measure returns nil where it is undefined for the list: an empty
/// list, a list shorter than a window or a sample (HD-D, MATTR), or a text
/// with no MTLD factor. Reported as `null`, never as a made-up number.
///
/// The values match lexicalrichness 0.5.1 (PyPI) to 1e-9 on the token lists
/// of `bench/lexical_richness_reference.py`, except MTLD of a text with no
/// factor, for which lexicalrichness returns the text length.
public enum LexicalDiversity {
    /// Type-token ratio: distinct words over words (Templin 1957); nil for
    /// an empty list. Falls as texts grow, so compare texts of like length.
    public static func typeTokenRatio<Word: Hashable>(_ words: [Word]) -> Double? {
        guard !words.isEmpty else { return nil }
        return Double(Set(words).count) / Double(words.count)
    }

    /// Root type-token ratio, Guiraud's index: types / √tokens (Guiraud
    /// 1960, *Problèmes et méthodes de la statistique linguistique*); nil
    /// for an empty list.
    public static func rootTypeTokenRatio<Word: Hashable>(_ words: [Word]) -> Double? {
        guard !words.isEmpty else { return nil }
        return Double(Set(words).count) / Double(words.count).squareRoot()
    }

    /// Yule's characteristic K (Yule 1944, *The Statistical Study of
    /// Literary Vocabulary*; Tweedie & Baayen 1998, Computers and the
    /// Humanities 32:323–352): K = 10⁴ × (Σ i²·Vᵢ − N) / N², where Vᵢ is the
    /// number of types seen i times and N the number of tokens. A larger K
    /// means more repetition; 0 when no word repeats. Nil for an empty list.
    public static func yulesK<Word: Hashable>(_ words: [Word]) -> Double? {
        guard !words.isEmpty else { return nil }
        let counts = frequencies(words)
        let sumOfSquares = counts.values.reduce(0.0) { $0 + Double($1) * Double($1) }
        let tokens = Double(words.count)
        return 10_000 * (sumOfSquares / (tokens * tokens) - 1 / tokens)
    }

    /// Moving-average type-token ratio (Covington & McFall 2010, Journal of
    /// Quantitative Linguistics 17(2):94–100): the mean TTR of every window
    /// of `window` consecutive words, moved one word at a time. Nil when
    /// the list is shorter than one window.
    /// - Complexity: O(n).
    public static func movingAverageTypeTokenRatio<Word: Hashable>(
        _ words: [Word], window: Int = 50
    ) -> Double? {
        guard window > 0, words.count >= window else { return nil }
        var counts: [Word: Int] = [:]
        for word in words[0..<window] {
            counts[word, default: 0] += 1
        }
        var typeSum = counts.count
        for end in window..<words.count {
            let leaving = words[end - window]
            if counts[leaving] == 1 {
                counts[leaving] = nil
            } else {
                counts[leaving]! -= 1
            }
            counts[words[end], default: 0] += 1
            typeSum += counts.count
        }
        let windows = words.count - window + 1
        return Double(typeSum) / Double(window) / Double(windows)
    }

    static func frequencies<Word: Hashable>(_ words: [Word]) -> [Word: Int] {
        var counts: [Word: Int] = [:]
        for word in words {
            counts[word, default: 0] += 1
        }
        return counts
    }
}
