import UnicodeSupport
import WritingModel

/// The French rules applied to ICU's raw segments, in order: hyphen chains,
/// elisions, abbreviations, digit groups, punctuation runs.
struct FrenchTokenPass {
    let view: SegmentationView
    let rules: FrenchTokenizerRules

    /// A token under construction; `isProtected` keeps a lexical compound
    /// (« c'est-à-dire ») from being split again at its apostrophe.
    struct Piece {
        var start: Int
        var end: Int
        var kind: TokenKind
        var isElided = false
        var isProtected = false
    }

    mutating func apply(to raw: [RawSegment]) throws -> [Token] {
        var pieces = joinHyphenChains(splitMissingSpaceAfterPeriod(raw))
        pieces = splitElisions(pieces)
        pieces = joinAbbreviations(pieces)
        pieces = joinDigitGroups(pieces)
        pieces = joinPunctuationRuns(pieces)
        return try pieces.map(makeToken)
    }

    private func text(_ start: Int, _ end: Int) -> String {
        view.text(in: start..<end)
    }

    private func isSingleHyphen(_ segment: RawSegment) -> Bool {
        segment.end - segment.start == 1 && SegmentationView.isHyphen(view.units[segment.start])
    }

    // MARK: Missing space after a period

    /// ICU keeps « terre.Et » as one word, as it keeps « U.S. » whole;
    /// students who forget the space after a period type exactly that. A
    /// word is split at an inner period when letters on both sides are at
    /// least two long, so initials (« S.N.C.F. ») stay whole.
    private func splitMissingSpaceAfterPeriod(_ raw: [RawSegment]) -> [RawSegment] {
        var result: [RawSegment] = []
        result.reserveCapacity(raw.count)
        for segment in raw {
            guard segment.kind == .word, segment.end - segment.start >= 5,
                let period = (segment.start + 2..<segment.end - 2).first(where: {
                    view.units[$0] == 0x2E && isLetterRun(from: segment.start, to: $0)
                        && isLetterRun(from: $0 + 1, to: segment.end)
                })
            else {
                result.append(segment)
                continue
            }
            result.append(RawSegment(start: segment.start, end: period, kind: .word))
            result.append(RawSegment(start: period, end: period + 1, kind: .punctuation))
            result.append(RawSegment(start: period + 1, end: segment.end, kind: .word))
        }
        return result
    }

    private func isLetterRun(from start: Int, to end: Int) -> Bool {
        end - start >= 2
            && (start..<end).allSatisfy { offset in
                let unit = view.units[offset]
                return (0x41...0x5A).contains(unit) || (0x61...0x7A).contains(unit)
                    || (unit >= 0xC0 && unit != 0xD7 && unit != 0xF7 && unit < 0x2000)
                    || SegmentationView.isIgnorable(unit)
            }
    }

    // MARK: Hyphen chains

    private func joinHyphenChains(_ raw: [RawSegment]) -> [Piece] {
        var pieces: [Piece] = []
        pieces.reserveCapacity(raw.count)
        var index = 0
        while index < raw.count {
            let segment = raw[index]
            guard segment.kind == .word else {
                pieces.append(Piece(start: segment.start, end: segment.end, kind: segment.kind))
                index += 1
                continue
            }
            var parts = [segment]
            var next = index + 1
            while next + 1 < raw.count, isSingleHyphen(raw[next]),
                view.touches(parts.last!.end, raw[next].start), raw[next + 1].kind == .word,
                view.touches(raw[next].end, raw[next + 1].start)
            {
                parts.append(raw[next + 1])
                next += 2
            }
            pieces += splitHyphenChain(parts)
            index = next
        }
        return pieces
    }

    /// Splits « dis-le-moi » into the verb and its pronouns; keeps a listed
    /// compound (« rendez-vous »), a word Lexique lists (« peut-être ») and
    /// any other chain (« Jean-Pierre ») whole. The pronoun split goes first
    /// because Lexique lists some verb-pronoun pairs (« est-ce ») as words.
    private func splitHyphenChain(_ parts: [RawSegment]) -> [Piece] {
        let whole = Piece(start: parts[0].start, end: parts.last!.end, kind: .word)
        guard parts.count > 1 else { return [whole] }
        let wholeText = text(whole.start, whole.end)
        let lowered = parts.map { text($0.start, $0.end).lowercased() }
        // The pronoun suffix is the longest run of pronouns at the end,
        // found in one backward pass; a final euphonic « t » is no pronoun.
        var suffixStart = parts.count
        while suffixStart > 1 && rules.postverbalClitics.contains(lowered[suffixStart - 1]) {
            suffixStart -= 1
        }
        let firstClitic: Int? =
            suffixStart < parts.count && lowered.last != "t" ? suffixStart : nil
        guard let firstClitic, !rules.pronounEndingCompounds.contains(wholeText.lowercased())
        else {
            let isLexical = rules.isLexicalWord(wholeText)
            return [Piece(start: whole.start, end: whole.end, kind: .word, isProtected: isLexical)]
        }
        var pieces = [Piece(start: parts[0].start, end: parts[firstClitic - 1].end, kind: .word)]
        var position = firstClitic
        while position < parts.count {
            // The pronoun token starts at its hyphen, as in Universal
            // Dependencies; the euphonic « t » joins the next pronoun (« -t-il »).
            var start = parts[position].start - 1
            while SegmentationView.isIgnorable(view.units[start]) {
                start -= 1
            }
            var last = position
            if lowered[position] == "t" && position + 1 < parts.count {
                last += 1
            }
            pieces.append(Piece(start: start, end: parts[last].end, kind: .word))
            position = last + 1
        }
        return pieces
    }

    // MARK: Elisions

    private func splitElisions(_ pieces: [Piece]) -> [Piece] {
        var result: [Piece] = []
        result.reserveCapacity(pieces.count + pieces.count / 8)
        var index = 0
        while index < pieces.count {
            let piece = pieces[index]
            // « l' élève »: ICU leaves a lone apostrophe after the clitic.
            if piece.kind == .word, index + 1 < pieces.count, isApostrophe(pieces[index + 1]),
                view.touches(piece.end, pieces[index + 1].start),
                rules.elisionPrefixes.contains(text(piece.start, piece.end).lowercased())
            {
                result.append(
                    Piece(start: piece.start, end: pieces[index + 1].end, kind: .word, isElided: true))
                index += 2
                continue
            }
            if piece.kind == .word && !piece.isProtected {
                splitElision(piece, into: &result)
            } else {
                result.append(piece)
            }
            index += 1
        }
        return result
    }

    private func isApostrophe(_ piece: Piece) -> Bool {
        piece.end - piece.start == 1 && view.units[piece.start] == 0x27
    }

    private func splitElision(_ piece: Piece, into result: inout [Piece]) {
        var start = piece.start
        while let apostrophe = (start..<piece.end - 1).first(where: { view.units[$0] == 0x27 }),
            apostrophe > start,
            rules.elisionPrefixes.contains(text(start, apostrophe).lowercased())
        {
            result.append(Piece(start: start, end: apostrophe + 1, kind: .word, isElided: true))
            start = apostrophe + 1
        }
        result.append(Piece(start: start, end: piece.end, kind: piece.kind))
    }

    // MARK: Abbreviations, numbers, punctuation

    private func joinAbbreviations(_ pieces: [Piece]) -> [Piece] {
        var result: [Piece] = []
        result.reserveCapacity(pieces.count)
        for piece in pieces {
            if piece.kind == .punctuation, piece.end - piece.start == 1,
                view.units[piece.start] == 0x2E, let previous = result.last,
                previous.kind == .word, view.touches(previous.end, piece.start),
                !previous.isElided,
                isAbbreviation(previous, periodEnd: piece.end)
            {
                result[result.count - 1].end = piece.end
                continue
            }
            result.append(piece)
        }
        return result
    }

    /// Listed abbreviations, and initials: one capital letter followed by a
    /// period, a space and another capital (« J. Verne »).
    private func isAbbreviation(_ word: Piece, periodEnd: Int) -> Bool {
        if rules.isAbbreviation(text(word.start, periodEnd)) {
            return true
        }
        guard word.end - word.start == 1, isUppercase(view.units[word.start]) else {
            return false
        }
        var next = periodEnd
        while next < view.count && view.units[next] == 0x20 {
            next += 1
        }
        return next > periodEnd && next < view.count && isUppercase(view.units[next])
    }

    private func isUppercase(_ unit: UInt16) -> Bool {
        (0x41...0x5A).contains(unit) || (0xC0...0xDE).contains(unit) && unit != 0xD7
    }

    /// « 3 000 » with a no-break space (or narrow one) is one number.
    private func joinDigitGroups(_ pieces: [Piece]) -> [Piece] {
        var result: [Piece] = []
        result.reserveCapacity(pieces.count)
        for piece in pieces {
            if piece.kind == .number, piece.end - piece.start == 3, let previous = result.last,
                previous.kind == .number, piece.start - previous.end == 1,
                view.units[previous.end] == 0x00A0
            {
                result[result.count - 1].end = piece.end
                continue
            }
            result.append(piece)
        }
        return result
    }

    /// « ... », « ?! » and « !!! » are one token each.
    private func joinPunctuationRuns(_ pieces: [Piece]) -> [Piece] {
        var result: [Piece] = []
        result.reserveCapacity(pieces.count)
        for piece in pieces {
            if piece.kind == .punctuation, let previous = result.last,
                previous.kind == .punctuation, view.touches(previous.end, piece.start),
                isTerminal(previous.end - 1), isTerminal(piece)
            {
                result[result.count - 1].end = piece.end
                continue
            }
            result.append(piece)
        }
        return result
    }

    /// Whether every unit of `piece` is . ! ? or …; a run built so far is
    /// checked by its last unit only, which keeps long runs linear.
    private func isTerminal(_ piece: Piece) -> Bool {
        (piece.start..<piece.end).allSatisfy(isTerminal)
    }

    private func isTerminal(_ offset: Int) -> Bool {
        let unit = view.units[offset]
        return unit == 0x2E || unit == 0x21 || unit == 0x3F || unit == 0x2026
    }

    private func makeToken(_ piece: Piece) throws -> Token {
        // A split (« l'\u{AD}école ») can leave an invisible unit at an edge,
        // and the token's span must start and end on visible characters.
        var start = piece.start
        var end = piece.end
        while end - start > 1 && SegmentationView.isIgnorable(view.units[start]) {
            start += 1
        }
        while end - start > 1 && SegmentationView.isIgnorable(view.units[end - 1]) {
            end -= 1
        }
        var tokenText = text(start, end)
        if tokenText.utf16.contains(where: { $0 >= 0x0300 }) {
            tokenText = try Normalization.nfc(tokenText)
        }
        return Token(
            text: tokenText, span: TextSpan(start: start, end: end),
            kind: piece.kind, isElided: piece.isElided,
            isFollowedBySpace: view.isSpaceOrEdge(at: view.skippingIgnorable(from: end)))
    }
}
