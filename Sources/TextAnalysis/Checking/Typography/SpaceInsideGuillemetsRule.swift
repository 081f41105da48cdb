import WritingModel

/// A no-break space inside « and », as French typography requires.
///
/// As before ; : ! ?, a missing space is a warning and an ordinary one
/// a hint.
struct SpaceInsideGuillemetsRule: CheckingRule {
    let id = "typo.space-inside-guillemets"
    let category = FindingCategory.typographie
    let examples: [RuleExample] = [
        .wrong("Il a crié {{«Au}} secours\u{00A0}».", "«\u{00A0}Au"),
        .wrong("Il a crié «\u{00A0}Au {{secours»}}.", "secours\u{00A0}»"),
        .right("Il a crié «\u{00A0}Au secours\u{00A0}» et «\u{202F}vite\u{202F}»."),
    ]

    func check(_ sentence: SentenceContext, into findings: inout [Finding]) {
        let span = sentence.sentence.span
        for offset in span.start..<span.end {
            guard let unit = sentence.unit(at: offset) else { continue }
            if unit == TypographyUnits.openingGuillemet, let next = sentence.unit(at: offset + 1) {
                check(guillemet: offset, neighbour: offset + 1, unit: next, opening: true, sentence, &findings)
            } else if unit == TypographyUnits.closingGuillemet, offset > 0,
                let previous = sentence.unit(at: offset - 1)
            {
                check(guillemet: offset, neighbour: offset - 1, unit: previous, opening: false, sentence, &findings)
            }
        }
    }

    private func check(
        guillemet: Int, neighbour: Int, unit: UInt16, opening: Bool,
        _ sentence: SentenceContext, _ findings: inout [Finding]
    ) {
        let mark = opening ? "«" : "»"
        if unit == TypographyUnits.space {
            let spaceSpan = TextSpan(start: min(guillemet, neighbour), end: max(guillemet, neighbour) + 1)
            findings.append(
                sentence.finding(
                    self, span: spaceSpan,
                    message: "L’espace à côté du guillemet \(FrenchTypography.quoted(mark)) doit "
                        + "être insécable pour que le guillemet ne reste pas seul en bout de ligne.",
                    shortMessage: "Espace insécable",
                    replacements: [opening ? "«\u{00A0}" : "\u{00A0}»"], confidence: 0.6,
                    severity: .hint))
            return
        }
        guard TypographyUnits.isLetter(unit) || TypographyUnits.isDigit(unit) else { return }
        // The span covers the guillemet and the word it touches.
        var start = guillemet
        var end = guillemet + 1
        if opening {
            while let next = sentence.unit(at: end), TypographyUnits.isLetter(next) { end += 1 }
        } else {
            while start > 0, let previous = sentence.unit(at: start - 1),
                TypographyUnits.isLetter(previous)
            {
                start -= 1
            }
        }
        let found = TextSpan(start: start, end: end)
        let word = sentence.original(
            opening ? TextSpan(start: guillemet + 1, end: end) : TextSpan(start: start, end: guillemet))
        findings.append(
            sentence.finding(
                self, span: found,
                message: opening
                    ? "En français, le guillemet ouvrant est suivi d’une espace insécable."
                    : "En français, le guillemet fermant est précédé d’une espace insécable.",
                shortMessage: "Espace manquante",
                replacements: [opening ? "«\u{00A0}" + word : word + "\u{00A0}»"],
                confidence: 0.9, severity: .warning))
    }
}
