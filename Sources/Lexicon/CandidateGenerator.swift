/// Spelling candidates one edit away from a word (a letter deleted,
/// inserted, replaced, or two neighbours swapped) that Lexique lists.
///
/// About 80 × length lookups per word, a few tens of microseconds, where
/// Hunspell's own search takes about 60 ms; callers fall back to Hunspell
/// when no candidate is one edit away.
public struct CandidateGenerator: Sendable {
    /// Letters tried for insertions and replacements: French letters with
    /// their accents, and the hyphen and apostrophe of compounds and elisions.
    static let alphabet = Array("abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæ-'")

    let lexique: Lexique

    /// Creates a generator that checks candidates against `lexique`.
    public init(lexique: Lexique) {
        self.lexique = lexique
    }

    /// Lexique forms one edit away from `word`, compared in lowercase, with
    /// the word's initial capital restored; sorted for determinism.
    /// - Complexity: O(k × n) lookups for a word of n letters and an
    ///   alphabet of k letters.
    public func candidates(for word: String) -> [String] {
        let lowered = Array(word.lowercased())
        guard lowered.count >= 2, lowered.count <= 40 else { return [] }
        var found = Set<String>()
        func check(_ characters: [Character]) {
            let candidate = String(characters)
            if lexique.contains(candidate) {
                found.insert(candidate)
            }
        }
        for index in lowered.indices {
            var deleted = lowered
            deleted.remove(at: index)
            check(deleted)
            if index + 1 < lowered.count {
                var swapped = lowered
                swapped.swapAt(index, index + 1)
                check(swapped)
            }
            for letter in Self.alphabet where letter != lowered[index] {
                var replaced = lowered
                replaced[index] = letter
                check(replaced)
            }
        }
        for index in 0...lowered.count {
            for letter in Self.alphabet {
                var inserted = lowered
                inserted.insert(letter, at: index)
                check(inserted)
            }
        }
        found.remove(String(lowered))
        let capitalized = word.first?.isUppercase == true
        return found.sorted().map { capitalized ? $0.prefix(1).uppercased() + $0.dropFirst() : $0 }
    }
}
