import WritingModel

/// Findings and the summary message of the syntaxe criterion, in French a
/// lycée student can act on.
enum SyntaxFindings {
    static func findings(
        for sentence: Sentence, _ structure: SentenceStructure, _ flags: SentenceFlags
    ) -> [Finding] {
        var result: [Finding] = []
        if flags.isFragment {
            result.append(
                finding(
                    "syntax.no-finite-verb", sentence.span,
                    "Cette phrase ne semble pas contenir de verbe conjugué\u{202F}; vérifiez qu’elle est complète.",
                    short: "Phrase sans verbe conjugué", confidence: 0.7, severity: .hint))
        }
        if flags.isLong {
            result.append(
                finding(
                    "syntax.long-sentence", sentence.span,
                    "Cette phrase compte \(structure.words) mots\u{00A0}: coupez-la en deux phrases pour qu’elle reste claire.",
                    short: "Phrase très longue", confidence: 0.9, severity: .warning))
        }
        if flags.isRunOn {
            let clauses = structure.finiteVerbs + structure.infinitiveClauses
            result.append(
                finding(
                    "syntax.run-on-sentence", sentence.span,
                    "Cette phrase enchaîne \(clauses) propositions avec très peu de ponctuation\u{00A0}: "
                        + "séparez-les par des virgules ou coupez la phrase.",
                    short: "Phrase sans pause", confidence: 0.7, severity: .warning))
        }
        if flags.lacksFinalPunctuation {
            result.append(
                finding(
                    "syntax.missing-final-punctuation", sentence.span,
                    "Cette phrase ne se termine pas par un point\u{00A0}: ajoutez la ponctuation finale.",
                    short: "Ponctuation finale manquante", confidence: 0.8, severity: .warning))
        }
        return result
    }

    /// One finding on each sentence that makes `minimumRun` or more
    /// consecutive sentences open with the same word.
    static func repeatedOpenings(
        _ sentences: [Sentence], _ openings: [String?], minimumRun: Int
    ) -> [Finding] {
        var result: [Finding] = []
        var runStart = 0
        for index in openings.indices {
            if index > 0, openings[index] == nil || openings[index] != openings[index - 1] {
                runStart = index
            }
            guard let opening = openings[index], index - runStart + 1 >= minimumRun else {
                continue
            }
            let count = index - runStart + 1
            result.append(
                finding(
                    "syntax.repeated-opening", sentences[index].span,
                    "\(countWord(count)) phrases de suite commencent par \(FrenchTypography.quoted(opening))\u{00A0}: "
                        + "variez le début de vos phrases.",
                    short: "Débuts de phrase répétés", confidence: 0.8, severity: .hint))
        }
        return result
    }

    private static func countWord(_ count: Int) -> String {
        let words = ["Trois", "Quatre", "Cinq", "Six", "Sept", "Huit", "Neuf", "Dix"]
        return count >= 3 && count - 3 < words.count ? words[count - 3] : String(count)
    }

    private static func finding(
        _ ruleID: String, _ span: TextSpan, _ message: String, short: String,
        confidence: Double, severity: Severity
    ) -> Finding {
        Finding(
            ruleID: ruleID, category: .syntaxe, criterion: .syntaxe, span: span, message: message,
            shortMessage: short, confidence: confidence, severity: severity)
    }

    /// The report message: average length and clauses, then the most
    /// pressing advice.
    static func message(level: Int, tally: SyntaxTally) -> String {
        let clauses = Double(tally.clauseCounts.reduce(0, +)) / Double(max(tally.sentenceCount, 1))
        let summary =
            "Vos phrases comptent en moyenne \(FrenchTypography.counted(tally.meanLength, "mot", "mots")) "
            + "et \(FrenchTypography.counted(clauses, "proposition", "propositions"))."
        if let advice = advice(tally) { return "\(summary) \(advice)" }
        if tally.subordinateClauses == 0 && tally.sentenceCount >= 3 {
            return "\(summary) Reliez certaines idées par des subordonnées "
                + "(«\u{00A0}parce que\u{00A0}», «\u{00A0}qui\u{00A0}», «\u{00A0}lorsque\u{00A0}»)."
        }
        return level >= 3
            ? "\(summary) Vos phrases sont complètes, variées et bien ponctuées."
            : "\(summary) Variez la longueur et la construction de vos phrases."
    }

    private static func advice(_ tally: SyntaxTally) -> String? {
        if tally.runOn == 1 {
            return "Une phrase enchaîne les propositions sans pause\u{00A0}: ponctuez-la."
        }
        if tally.runOn > 1 {
            return
                "\(tally.runOn) phrases enchaînent les propositions sans pause\u{00A0}: ponctuez-les."
        }
        if tally.long == 1 {
            return "Une phrase est très longue\u{00A0}: découpez-la pour rester clair."
        }
        if tally.long > 1 {
            return
                "\(tally.long) phrases sont très longues\u{00A0}: découpez-les pour rester clair."
        }
        if tally.fragments == 1 {
            return "Une phrase semble sans verbe conjugué\u{00A0}: vérifiez qu’elle est complète."
        }
        if tally.fragments > 1 {
            return "\(tally.fragments) phrases semblent sans verbe conjugué\u{00A0}: "
                + "vérifiez qu’elles sont complètes."
        }
        if tally.missingFinalPunctuation == 1 {
            return "Une phrase n’a pas de ponctuation finale."
        }
        if tally.missingFinalPunctuation > 1 {
            return "\(tally.missingFinalPunctuation) phrases n’ont pas de ponctuation finale."
        }
        if let variety = tally.openingVariety, variety < 0.5, tally.sentenceCount >= 4 {
            return "Beaucoup de phrases commencent par le même mot\u{00A0}: variez leurs débuts."
        }
        return nil
    }
}
