extension LexicalDiversity {
    /// HD-D, the hypergeometric distribution diversity index (McCarthy &
    /// Jarvis 2007, Language Testing 24(4):459–488): for each type, the
    /// probability that a random sample of `draws` tokens taken without
    /// replacement contains it at least once, divided by `draws` and summed
    /// over types.
    ///
    /// The value is the expected TTR of a `draws`-token sample, from 0 to 1,
    /// as lexicalrichness computes it; McCarthy & Jarvis report the sum
    /// before the division (the expected number of types, up to `draws`).
    /// Nil when the list has fewer than `draws` tokens.
    /// - Complexity: O(types × draws).
    public static func hdd<Word: Hashable>(_ words: [Word], draws: Int = 42) -> Double? {
        guard draws > 0, words.count >= draws else { return nil }
        let tokens = words.count
        var sum = 0.0
        for count in frequencies(words).values {
            sum += (1 - probabilityOfNoDraw(tokens: tokens, occurrences: count, draws: draws))
        }
        return sum / Double(draws)
    }

    /// Hypergeometric probability that `draws` tokens taken from `tokens`
    /// miss all `occurrences` of a type: C(N − K, n) / C(N, n), computed as
    /// a product of n ratios so no factorial overflows.
    static func probabilityOfNoDraw(tokens: Int, occurrences: Int, draws: Int) -> Double {
        let others = tokens - occurrences
        guard others >= draws else { return 0 }
        var probability = 1.0
        for index in 0..<draws {
            probability *= Double(others - index) / Double(tokens - index)
        }
        return probability
    }
}
