extension LexicalDiversity {
    /// MTLD, the measure of textual lexical diversity (McCarthy & Jarvis
    /// 2010, Behavior Research Methods 42(2):381–392): the mean length of
    /// word runs that keep a type-token ratio above `threshold`, averaged
    /// over a forward and a backward pass. A run ends, and counts as one
    /// factor, at the word where its TTR falls to `threshold` or below. The
    /// last, incomplete run counts as a partial factor
    /// (1 − TTR) / (1 − threshold).
    ///
    /// Returns nil when a pass has no factor at all (no word repeats enough
    /// for the TTR to fall), rather than the text length or an infinite
    /// value: the text is too short to tell.
    /// - Complexity: O(n).
    public static func mtld<Word: Hashable>(_ words: [Word], threshold: Double = 0.72) -> Double? {
        guard let forward = mtldPass(words, threshold: threshold),
            let backward = mtldPass(words.reversed(), threshold: threshold)
        else { return nil }
        return (forward + backward) / 2
    }

    static func mtldPass<Words: Collection>(_ words: Words, threshold: Double) -> Double?
    where Words.Element: Hashable {
        var factors = 0.0
        var types = Set<Words.Element>()
        var count = 0
        var ratio = 1.0
        for word in words {
            count += 1
            types.insert(word)
            ratio = Double(types.count) / Double(count)
            if ratio <= threshold {
                factors += 1
                types.removeAll(keepingCapacity: true)
                count = 0
                ratio = 1
            }
        }
        if count > 0 {
            factors += (1 - ratio) / (1 - threshold)
        }
        guard factors > 0 else { return nil }
        return Double(words.count) / factors
    }
}
