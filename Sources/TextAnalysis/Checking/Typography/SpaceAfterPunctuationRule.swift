import WritingModel

/// A space after , ; : ! ? and after a full stop that ends a sentence
/// (« fin.Début », « rouge,vert »).
///
/// Left alone: decimals (3,5), times (14:30), initials and abbreviations
/// (J.-C., p.ex.), file and web names (site.fr), and a mark followed by
/// another mark or a closing bracket or quote.
struct SpaceAfterPunctuationRule: CheckingRule {
    let id = "typo.space-after-punctuation"
    let category = FindingCategory.typographie
    let examples: [RuleExample] = [
        .wrong("Il pleut{{,il}} vente.", ", il"),
        .wrong("Elle est partie tôt{{.Il}} est resté.", ". Il"),
        .right("Il a eu 3,5 sur 10 à 14:30, au 2.3 du chapitre."),
        .right("Voir le site www.exemple.fr et la note de J.-C. Martin, p.ex. la dernière."),
        .right("Quoi\u{202F}?!"),
    ]

    /// Whether a space must follow `unit`: , ; : ! ? and the full stop.
    private func isMark(_ unit: UInt16) -> Bool {
        unit == TypographyUnits.comma || unit == TypographyUnits.period
            || TypographyUnits.isHighPunctuation(unit)
    }

    func check(_ sentence: SentenceContext, into findings: inout [Finding]) {
        let span = sentence.sentence.span
        for offset in span.start..<span.end {
            guard let mark = sentence.unit(at: offset), isMark(mark),
                let next = sentence.unit(at: offset + 1), TypographyUnits.isLetter(next),
                let previous = sentence.unit(at: offset - 1), TypographyUnits.isLetter(previous)
            else { continue }
            if mark == TypographyUnits.period || mark == TypographyUnits.colon {
                // Only « mot.Mot » is a missing space; « site.fr », « p.ex. »
                // and « J.-C. » are written that way.
                guard TypographyUnits.isUppercase(next),
                    wordLength(endingAt: offset, sentence) >= 3,
                    !TypographyUnits.isUppercase(previous)
                else { continue }
            } else if mark == TypographyUnits.question || mark == TypographyUnits.exclamation {
                guard TypographyUnits.isUppercase(next) else { continue }
            }
            let found = TextSpan(start: offset, end: wordEnd(after: offset + 1, sentence))
            let markText = sentence.original(TextSpan(start: offset, end: offset + 1))
            let nextWord = sentence.original(TextSpan(start: offset + 1, end: found.end))
            findings.append(
                sentence.finding(
                    self, span: found,
                    message: "Il faut une espace après le signe \(FrenchTypography.quoted(markText)).",
                    shortMessage: "Espace manquante",
                    replacements: [markText + " " + nextWord],
                    confidence: 0.9, severity: .warning))
        }
    }

    private func wordLength(endingAt offset: Int, _ sentence: SentenceContext) -> Int {
        offset - wordStart(at: offset, sentence)
    }

    /// First offset of the run of letters that ends right before `offset`.
    private func wordStart(at offset: Int, _ sentence: SentenceContext) -> Int {
        var start = offset
        while start > sentence.sentence.span.start,
            let unit = sentence.unit(at: start - 1), TypographyUnits.isLetter(unit)
        {
            start -= 1
        }
        return start
    }

    /// Offset just past the run of letters that starts at `offset`.
    private func wordEnd(after offset: Int, _ sentence: SentenceContext) -> Int {
        var end = offset
        // The segmenter may have ended the sentence at the mark, so the
        // word after it is read past the sentence.
        while let unit = sentence.unit(at: end), TypographyUnits.isLetter(unit) {
            end += 1
        }
        return end
    }
}
