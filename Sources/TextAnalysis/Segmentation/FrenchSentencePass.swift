import UnicodeSupport
import WritingModel

/// The French corrections to ICU's sentence groups, as ranges of token
/// indices. Each step is described on `FrenchSentenceSegmenter`.
struct FrenchSentencePass {
    let view: SegmentationView
    let tokens: [Token]
    let rules: FrenchTokenizerRules
    let softBreaks: SoftLineBreaks

    func apply(to groups: [Range<Int>]) -> [Range<Int>] {
        var result = groups.flatMap(splitInside)
        result = mergeContinuations(result)
        return result
    }

    // MARK: Splits ICU misses

    private func splitInside(_ group: Range<Int>) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = group.lowerBound
        for index in group.dropLast() where endsSentenceInside(at: index) {
            var end = index + 1
            while end < group.upperBound && isClosing(tokens[end]) && !lineBreakBetween(end - 1, end)
            {
                end += 1
            }
            if end < group.upperBound && end > start {
                pieces.append(start..<end)
                start = end
            }
        }
        pieces.append(start..<group.upperBound)
        return pieces.filter { !$0.isEmpty }
    }

    /// A period before a lowercase word, or an ellipsis before a capital.
    private func endsSentenceInside(at index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .punctuation, token.text == "." || token.text == "…",
            index + 1 < tokens.count
        else { return false }
        var next = index + 1
        while next < tokens.count && isClosing(tokens[next]) { next += 1 }
        guard next < tokens.count, tokens[next].kind == .word else { return false }
        let first = tokens[next].text.unicodeScalars.first!
        if token.text == "." {
            // The final period of an acronym with inner periods (« S.N.C.F. »),
            // or of a one-letter abbreviation (« le XIXe s. et »).
            if index > 0, tokens[index - 1].span.end == token.span.start,
                tokens[index - 1].text.contains(".") || tokens[index - 1].text.count == 1
            {
                return false
            }
            // « terre.Et »: a period glued to a capital ends the sentence too.
            return first.properties.isLowercase || !token.isFollowedBySpace
        }
        if token.text == "…" {
            return first.properties.isUppercase
        }
        return false
    }

    // MARK: Merges ICU should not have split

    private func mergeContinuations(_ groups: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for group in groups {
            guard let previous = result.last,
                !lineBreakBetween(previous.upperBound - 1, group.lowerBound)
            else {
                result.append(group)
                continue
            }
            var current = group
            // Closing quotes and brackets at the start belong to the previous sentence.
            var moved = current.lowerBound
            while moved < current.upperBound && isClosing(tokens[moved]) { moved += 1 }
            if moved > current.lowerBound {
                result[result.count - 1] = previous.lowerBound..<moved
                current = moved..<current.upperBound
                if current.isEmpty { continue }
            }
            if continuesPrevious(result.last!, with: current) {
                result[result.count - 1] = result.last!.lowerBound..<current.upperBound
            } else {
                result.append(current)
            }
        }
        return result
    }

    private func continuesPrevious(_ previous: Range<Int>, with next: Range<Int>) -> Bool {
        // « Viens ! » puis… : look past the closing quote at the punctuation.
        var lastIndex = previous.upperBound - 1
        while lastIndex > previous.lowerBound && isClosing(tokens[lastIndex]) { lastIndex -= 1 }
        let last = tokens[lastIndex]
        let firstToken = tokens[next.lowerBound]
        let startsLowercase =
            firstToken.kind == .word
            && firstToken.text.unicodeScalars.first!.properties.isLowercase
        if rules.isAbbreviation(last.text) || FrenchTokenizerRules.isInitial(last.text) {
            return !rules.mayEndSentence(last.text) || startsLowercase
        }
        if last.kind == .punctuation && (last.text.hasSuffix("?") || last.text.hasSuffix("!")) {
            return startsLowercase
        }
        // A numbered-list marker (« 1. », « 2) ») opens the line it is on.
        if previous.count == 2, tokens[previous.lowerBound].kind == .number,
            [".", ")"].contains(last.text)
        {
            return true
        }
        // A group made only of punctuation (a stray « — ») joins its neighbour.
        return next.allSatisfy { tokens[$0].kind == .punctuation }
    }

    private func isClosing(_ token: Token) -> Bool {
        token.kind == .punctuation
            && ["»", ")", "]", "”", "›"].contains(token.text)
    }

    private func lineBreakBetween(_ left: Int, _ right: Int) -> Bool {
        let start = tokens[left].span.end
        let end = tokens[right].span.start
        guard start < end else { return false }
        return (start..<end).contains { softBreaks.isHardLineBreak($0, in: view) }
    }
}
