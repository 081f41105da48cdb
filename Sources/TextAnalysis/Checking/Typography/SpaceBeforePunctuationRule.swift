import WritingModel

/// A no-break space before ; : ! ?, as French typography requires.
///
/// A missing space is a warning. An ordinary space is only a hint: it
/// looks right on screen and is what most keyboards type, but a line may
/// break before the mark.
struct SpaceBeforePunctuationRule: CheckingRule {
    let id = "typo.space-before-punctuation"
    let category = FindingCategory.typographie
    let examples: [RuleExample] = [
        .wrong("Pourquoi partir{{?}}", "\u{202F}?"),
        .wrong("Il a dit{{:}} non.", "\u{00A0}:"),
        .wrong("Je viens{{ ;}} tu restes.", "\u{202F};"),
        .right("Pourquoi partir\u{202F}? Il a dit\u{00A0}: non\u{202F}!"),
        .right("Le train part à 14:30, voir http://example.org\u{00A0}!"),
        .right("Quoi\u{202F}?! Vraiment\u{202F}?"),
    ]

    func check(_ sentence: SentenceContext, into findings: inout [Finding]) {
        let span = sentence.sentence.span
        for offset in span.start..<span.end {
            guard let mark = sentence.unit(at: offset),
                TypographyUnits.isHighPunctuation(mark),
                let before = sentence.unit(at: offset - 1),
                !isExempt(mark, at: offset, before: before, sentence)
            else { continue }
            let spaceText = String(TypographyUnits.expectedSpace(before: mark))
            let markText = sentence.original(TextSpan(start: offset, end: offset + 1))
            if TypographyUnits.isLetter(before) || TypographyUnits.isDigit(before)
                || before == 0x29 || before == 0x5D || before == TypographyUnits.closingGuillemet
            {
                findings.append(
                    sentence.finding(
                        self, span: TextSpan(start: offset, end: offset + 1),
                        message: "En français, on met une \(spaceName(before: mark)) avant le "
                            + "signe \(FrenchTypography.quoted(markText)).",
                        shortMessage: "Espace manquante", replacements: [spaceText + markText],
                        confidence: 0.9, severity: .warning))
            } else if before == TypographyUnits.space,
                let word = sentence.unit(at: offset - 2), !TypographyUnits.isSpace(word)
            {
                findings.append(
                    sentence.finding(
                        self, span: TextSpan(start: offset - 1, end: offset + 1),
                        message: "Avant le signe \(FrenchTypography.quoted(markText)), "
                            + "mettez une \(spaceName(before: mark)) pour qu’il ne soit pas "
                            + "séparé du mot en fin de ligne.",
                        shortMessage: "Espace insécable", replacements: [spaceText + markText],
                        confidence: 0.6, severity: .hint))
            }
        }
    }

    /// French name of the space `TypographyUnits.expectedSpace(before:)`
    /// puts before `mark`.
    private func spaceName(before mark: UInt16) -> String {
        mark == TypographyUnits.colon ? "espace insécable" : "espace fine insécable"
    }

    /// Times (14:30), web addresses (http://), emoticons (:-)) and doubled
    /// marks (?!) take no space.
    private func isExempt(
        _ mark: UInt16, at offset: Int, before: UInt16, _ sentence: SentenceContext
    ) -> Bool {
        let after = sentence.unit(at: offset + 1)
        if TypographyUnits.isHighPunctuation(before) || before == TypographyUnits.period
            || before == TypographyUnits.ellipsis || before == 0x28
        {
            return true
        }
        if mark == TypographyUnits.colon {
            if let after, TypographyUnits.isDigit(before) && TypographyUnits.isDigit(after) {
                return true
            }
            if after == 0x2F || after == 0x29 || after == 0x28 || after == 0x2D {
                return true
            }
        }
        // « ?q=1 » in an address: a letter right after the mark.
        if let after, TypographyUnits.isLetter(after) || after == 0x3D || after == 0x2F {
            return true
        }
        return false
    }
}
