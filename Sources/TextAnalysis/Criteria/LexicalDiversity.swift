/// Lexical diversity measures over a list of word types.
public enum LexicalDiversity {
    /// Type-token ratio: distinct words over words; nil for an empty list.
    public static func typeTokenRatio(_ words: [String]) -> Double? {
        guard !words.isEmpty else { return nil }
        return Double(Set(words).count) / Double(words.count)
    }

    /// MTLD, the measure of textual lexical diversity (McCarthy & Jarvis
    /// 2010, Behavior Research Methods 42(2):381–392): the mean length of
    /// word runs that keep a type-token ratio above `threshold`, averaged
    /// over a forward and a backward pass. The last, incomplete run counts
    /// as a partial factor (1 − TTR) / (1 − threshold).
    ///
    /// Returns nil when the text has no factor at all (every word differs
    /// and the text is too short to tell), rather than an infinite value.
    public static func mtld(_ words: [String], threshold: Double = 0.72) -> Double? {
        guard let forward = mtldPass(words, threshold: threshold),
            let backward = mtldPass(words.reversed(), threshold: threshold)
        else { return nil }
        return (forward + backward) / 2
    }

    static func mtldPass(_ words: [String], threshold: Double) -> Double? {
        var factors = 0.0
        var types = Set<String>()
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
