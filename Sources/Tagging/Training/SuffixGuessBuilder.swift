/// Counts, for each part of speech and final letters, the bundles and
/// lemma rules of known word types, to guess them for unknown words.
///
/// Types rather than occurrences are counted, because unknown words look
/// like rare words, not like frequent ones.
struct SuffixGuessBuilder {
    private struct Stats {
        var bundles: [UInt16: Float] = [:]
        var rules: [Int32: Float] = [:]
        var total: Float = 0
    }

    private var stats: [UInt64: Stats] = [:]
    /// Suffix length in bytes of each key, to prune longest-first.
    private var lengths: [UInt64: Int] = [:]
    private var parents: [UInt64: UInt64] = [:]

    /// Counts one word type.
    mutating func add(
        form: String, tag: UniversalPOS, bundle: UInt16, rule: Int32?, weight: Float = 1
    ) {
        let folded = CaseFolding.fold(form.utf8)
        var parent: UInt64? = nil
        folded.withUnsafeBufferPointer { bytes in
            for length in 0...min(SuffixGuess.maxLength, bytes.count) {
                let suffix = UnsafeBufferPointer(rebasing: bytes[(bytes.count - length)...])
                let key = SuffixGuess.key(tag, suffixHash: CaseFolding.hash(folding: suffix))
                stats[key, default: Stats()].bundles[bundle, default: 0] += weight
                if let rule { stats[key, default: Stats()].rules[rule, default: 0] += weight }
                stats[key, default: Stats()].total += weight
                lengths[key] = length
                if let parent { parents[key] = parent }
                parent = key
            }
        }
    }

    /// The guesses to keep: suffixes seen at least `minimumCount` times
    /// whose answer differs from their one-letter-shorter suffix.
    func build(minimumCount: Float = 2) -> (keys: [UInt64], guesses: [SuffixGuess]) {
        var answers: [UInt64: SuffixGuess] = [:]
        let ordered = stats.keys.sorted { (lengths[$0]!, $0) < (lengths[$1]!, $1) }
        var keys: [UInt64] = []
        var guesses: [SuffixGuess] = []
        for key in ordered {
            let entry = stats[key]!
            let parentAnswer = parents[key].flatMap { answers[$0] }
            guard entry.total >= minimumCount || lengths[key] == 0 else { continue }
            let bundles = entry.bundles.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(4)
            let rule = entry.rules.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? 0
            let guess = SuffixGuess(
                bundles: bundles.map { ($0.key, $0.value / entry.total) }, rule: rule)
            answers[key] = guess
            if let parentAnswer, parentAnswer.rule == guess.rule,
                parentAnswer.bundles.map(\.0) == guess.bundles.map(\.0)
            {
                continue
            }
            keys.append(key)
            guesses.append(guess)
        }
        return (keys, guesses)
    }
}
