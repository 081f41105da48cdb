/// Edit distance between a misspelling and a candidate, weighted by how
/// students slip: a wrong or missing accent costs little, a neighbouring
/// key less than another letter, a doubled or undoubled letter and a swap
/// of two letters less than two edits.
///
/// Damerau-Levenshtein (adjacent swaps as one edit) with these costs.
public struct SpellingDistance: Sendable {
    /// Cost of a letter written with another accent or cedilla, or none.
    public var accent = 0.2
    /// Cost of a letter replaced by a neighbouring key.
    public var neighbouringKey = 0.6
    /// Cost of any other replacement, insertion or deletion.
    public var letter = 1.0
    /// Cost of a letter replaced by one that spells the same sound in
    /// some words (« k » for « c »).
    public var soundAlike = 0.5
    /// Cost of inserting or deleting a consonant next to the same one
    /// (« apeler », « dessert » for « désert »).
    public var doubledLetter = 0.5
    /// Cost of inserting or deleting a silent « h ».
    public var silentLetter = 0.6
    /// Cost of swapping two neighbouring letters.
    public var swap = 0.7

    let keyboard: KeyboardLayout
    let soundAlikeLetters: KeyboardLayout

    /// Creates the distance with the default costs, `keyboard`'s neighbours
    /// and the pairs of `soundAlikeLetters`.
    public init(keyboard: KeyboardLayout, soundAlikeLetters: KeyboardLayout) {
        self.keyboard = keyboard
        self.soundAlikeLetters = soundAlikeLetters
    }

    /// The distance from `typed` to `intended`, both lowercase.
    /// - Complexity: O(m × n) in the lengths of the two words.
    public func distance(_ typed: [Character], _ intended: [Character]) -> Double {
        let m = typed.count
        let n = intended.count
        let width = n + 1
        var table = [Double](repeating: 0, count: (m + 1) * width)
        for i in stride(from: 1, through: m, by: 1) {
            table[i * width] = table[(i - 1) * width] + extraLetterCost(typed, at: i - 1)
        }
        for j in stride(from: 1, through: n, by: 1) {
            table[j] = table[j - 1] + indelCost(intended, at: j - 1)
        }
        guard m > 0, n > 0 else { return table[m * width + n] }
        for i in 1...m {
            for j in 1...n {
                var best = min(
                    table[(i - 1) * width + j] + extraLetterCost(typed, at: i - 1),
                    table[i * width + j - 1] + indelCost(intended, at: j - 1),
                    table[(i - 1) * width + j - 1] + substitutionCost(typed[i - 1], intended[j - 1]))
                if i > 1, j > 1, typed[i - 1] == intended[j - 2], typed[i - 2] == intended[j - 1] {
                    best = min(best, table[(i - 2) * width + j - 2] + swap)
                }
                table[i * width + j] = best
            }
        }
        return table[m * width + n]
    }

    /// Cost of writing `typed` where `intended` was meant.
    func substitutionCost(_ typed: Character, _ intended: Character) -> Double {
        if typed == intended { return 0 }
        if SpellingKey.baseLetter(typed) == SpellingKey.baseLetter(intended) { return accent }
        if keyboard.areNeighbours(typed, intended) { return neighbouringKey }
        if soundAlikeLetters.areNeighbours(typed, intended) { return soundAlike }
        return letter
    }

    /// Cost of the letter at `index` of `typed` that the intended word
    /// lacks: a key hit together with its neighbour costs as a neighbouring
    /// key (« mainson »).
    func extraLetterCost(_ typed: [Character], at index: Int) -> Double {
        let character = typed[index]
        let cost = indelCost(typed, at: index)
        let besideNeighbour =
            (index > 0 && keyboard.areNeighbours(typed[index - 1], character))
            || (index + 1 < typed.count && keyboard.areNeighbours(typed[index + 1], character))
        return besideNeighbour ? min(cost, neighbouringKey) : cost
    }

    /// Cost of inserting or deleting the letter at `index` of `word`.
    func indelCost(_ word: [Character], at index: Int) -> Double {
        let character = word[index]
        if !GraphemeRule.vowels.contains(character),
            (index > 0 && word[index - 1] == character)
                || (index + 1 < word.count && word[index + 1] == character)
        {
            return doubledLetter
        }
        return character == "h" ? silentLetter : letter
    }
}
