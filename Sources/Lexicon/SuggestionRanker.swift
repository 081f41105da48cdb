import Foundation

/// Orders Hunspell's suggestions for a misspelled word by how likely a
/// student meant each one, instead of by Hunspell's own order.
///
/// The score adds the edit distance between the word and the candidate,
/// where a missing or wrong accent costs less than another letter (the most
/// common slip in French), a penalty for Hunspell's rank, and a bonus for
/// frequent words (Zipf value from Lexique). Candidates with a space or
/// with a capital the word did not have are dropped or pushed back.
public struct SuggestionRanker: Sendable {
    let lexique: Lexique

    /// Creates a ranker that reads frequencies from `lexique`.
    public init(lexique: Lexique) {
        self.lexique = lexique
    }

    /// `candidates` reordered, best first, without duplicates.
    public func rank(_ candidates: [String], for word: String) -> [String] {
        var seen = Set<String>()
        let wordIsLowercase = word.first.map { !$0.isUppercase } ?? true
        let scored = candidates.enumerated().compactMap { rank, candidate -> (String, Double)? in
            guard !candidate.contains(" "), seen.insert(candidate).inserted else { return nil }
            var score = AccentAwareDistance.distance(word.lowercased(), candidate.lowercased())
            score += Double(rank) * 0.15
            let zipf = lexique.lookup(candidate).map(\.zipf).max() ?? 0
            score -= zipf * 0.25
            if wordIsLowercase && candidate.first?.isUppercase == true {
                score += 1.5
            }
            return (candidate, score)
        }
        return scored.sorted { $0.1 < $1.1 }.map(\.0)
    }
}

/// Edit distance where substituting a letter by the same letter with
/// another accent or cedilla costs 0.25 and other edits cost 1, with
/// adjacent transpositions (Damerau's rule) as one edit.
public enum AccentAwareDistance {
    /// The distance between `left` and `right`.
    /// - Complexity: O(m × n) in the lengths of the two words.
    public static func distance(_ left: String, _ right: String) -> Double {
        let a = Array(left)
        let b = Array(right)
        if a.isEmpty { return Double(b.count) }
        if b.isEmpty { return Double(a.count) }
        let baseA = a.map(baseLetter)
        let baseB = b.map(baseLetter)
        var table = [[Double]](
            repeating: [Double](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = Double(i) }
        for j in 0...b.count { table[0][j] = Double(j) }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost: Double =
                    a[i - 1] == b[j - 1] ? 0 : baseA[i - 1] == baseB[j - 1] ? 0.25 : 1
                var best = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    best = min(best, table[i - 2][j - 2] + 1)
                }
                table[i][j] = best
            }
        }
        return table[a.count][b.count]
    }

    /// The letter without its diacritics (« é » → « e », « ç » → « c »).
    static func baseLetter(_ character: Character) -> Character {
        String(character).decomposedStringWithCanonicalMapping.first.map {
            Character($0.unicodeScalars.first!)
        } ?? character
    }
}
