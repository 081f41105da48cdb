import WritingModel

/// A capital letter at the start of a sentence.
///
/// Checked only where the sentence surely starts: at the start of a
/// paragraph, or after a full stop. After ? ! or …, French often goes on
/// in lower case (« Tu viens\u{202F}? demanda-t-il. »), and words with a
/// capital inside (« iPhone ») keep their own spelling.
struct SentenceCapitalRule: CheckingRule {
    let id = "typo.sentence-capital"
    let category = FindingCategory.typographie
    let examples: [RuleExample] = [
        .wrong("Il pleut. {{demain}}, il fera beau.", "Demain"),
        .right("Tu viens\u{202F}? demanda-t-il. Oui, répondit-elle."),
        .right("Il a acheté un iPhone. iPhone est une marque."),
    ]

    func check(_ sentence: SentenceContext, into findings: inout [Finding]) {
        guard let first = sentence.tokens.first, first.isWord,
            let initial = first.text.unicodeScalars.first,
            initial.properties.isLowercase,
            !first.text.unicodeScalars.dropFirst().contains(where: \.properties.isUppercase),
            startsForSure(sentence)
        else { return }
        let capitalized = first.text.prefix(1).uppercased() + first.text.dropFirst()
        findings.append(
            sentence.finding(
                self, span: first.span,
                message: "Une phrase commence par une majuscule\u{00A0}: écrivez "
                    + "\(FrenchTypography.quoted(capitalized)).",
                shortMessage: "Majuscule", replacements: [capitalized], confidence: 0.85,
                severity: .warning))
    }

    /// Whether the sentence opens a paragraph or follows a full stop.
    private func startsForSure(_ sentence: SentenceContext) -> Bool {
        if sentence.opensParagraph { return true }
        let tokens = sentence.analysis.document.tokens
        let previousIndex = sentence.sentence.tokenRange.lowerBound - 1
        guard tokens.indices.contains(previousIndex) else { return true }
        // « site.org » splits into sentences too, but no space follows its
        // full stop.
        return tokens[previousIndex].text == "." && tokens[previousIndex].isFollowedBySpace
    }
}
