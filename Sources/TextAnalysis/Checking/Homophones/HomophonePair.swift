import Tagging

/// The two word classes a homophone rule distinguishes (« et » and « est »,
/// « on » and « ont »), and the scan that finds them in a sentence.
///
/// The classes must not share a word: a word of both would be reported
/// as a word of the first class only.
struct HomophonePair: Sendable {
    /// The class a word found by the scan belongs to.
    enum Side: Sendable {
        case first, second
    }

    /// The words of the first class.
    let first: FoldedWordSet
    /// The words of the second class.
    let second: FoldedWordSet
    private let either: FoldedWordSet

    /// A pair of the two classes, which must not share a word.
    init(_ first: FoldedWordSet, _ second: FoldedWordSet) {
        self.first = first
        self.second = second
        either = FoldedWordSet(first, second)
    }

    /// Finds the words of either class that a word other than punctuation
    /// follows, in text order, with the class of each. With
    /// `requiringPrevious`, it also skips the sentence's first word.
    /// - Complexity: O(n) in the words of the sentence.
    func occurrences(
        in words: [TaggedWord], requiringPrevious: Bool
    ) -> [(index: Int, side: Side)] {
        var result: [(index: Int, side: Side)] = []
        for index in words.indices(matching: either) where !words.isBoundary(at: index + 1) {
            if requiringPrevious && index == 0 { continue }
            let side: Side = first.contains(words[index].form) ? .first : .second
            result.append((index, side))
        }
        return result
    }
}
