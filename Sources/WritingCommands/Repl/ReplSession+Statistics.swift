import WritingModel

extension ReplSession {
    /// `stats`: level distribution per criterion, most frequent kinds of
    /// findings with examples, and most frequent misspelled words.
    func statistics(_ arguments: [String]) throws {
        guard arguments.isEmpty else {
            throw ReplError("«\u{00A0}stats\u{00A0}» ne prend pas d’argument\u{00A0}: elle porte sur la sélection.")
        }
        let selected = selectedEssays
        guard !selected.isEmpty else {
            throw ReplError("Aucune copie sélectionnée\u{00A0}: «\u{00A0}charger\u{00A0}» ou «\u{00A0}tout\u{00A0}» d’abord.")
        }
        let words = selected.reduce(0) { $0 + $1.report.statistics.words }
        let findings = selected.reduce(0) { $0 + $1.report.matches.count }
        write(
            "Statistiques de \(ReplMessages.count(selected.count, "copie", "copies")) "
                + "(\(ReplMessages.count(words, "mot", "mots")), "
                + "\(ReplMessages.count(findings, "remarque", "remarques")))\n\n")
        write(levelTable(selected) + "\n")
        write(frequentRules(selected))
        write(frequentMisspellings(selected))
    }

    private func levelTable(_ selected: [ReplEssay]) -> String {
        var table = ReplTable([.left, .right, .right, .right, .right, .right, .right])
        table.append(["Niveaux", "1", "2", "3", "4", "non mesuré", "moyenne"])
        for criterion in Criterion.allCases {
            let levels = selected.compactMap { $0.report.criteria[criterion]?.level }
            let counts = CriterionReport.levels.map { level in
                String(levels.filter { $0 == level }.count)
            }
            let mean =
                levels.isEmpty
                ? "—"
                : FrenchTypography.decimal(Double(levels.reduce(0, +)) / Double(levels.count))
            table.append(
                [criterion.displayName] + counts
                    + [String(selected.count - levels.count), mean])
        }
        return table.render()
    }

    /// The ten rules with the most findings, each with up to three examples
    /// from different essays where possible.
    private func frequentRules(_ selected: [ReplEssay]) -> String {
        var byRule: [String: [(essay: ReplEssay, finding: Finding)]] = [:]
        for essay in selected {
            for finding in essay.report.matches {
                byRule[finding.ruleID, default: []].append((essay, finding))
            }
        }
        guard !byRule.isEmpty else { return "Aucune remarque dans la sélection.\n" }
        let ranked = byRule.sorted { ($1.value.count, $0.key) < ($0.value.count, $1.key) }
        var text = "Remarques les plus fréquentes\n"
        for (rule, occurrences) in ranked.prefix(10) {
            let essays = Set(occurrences.map(\.essay.name)).count
            let first = occurrences[0].finding
            text += "  \(String(occurrences.count).leftPadded(to: 5))  \(first.shortMessage) ("
            text += "\(rule)), \(ReplMessages.count(essays, "copie", "copies"))\n"
            let examples = Self.examples(occurrences).map { essay, finding in
                Self.example(finding, in: essay) + " (\(essay.name))"
            }
            text += "         ex.\u{00A0}: \(examples.joined(separator: "\u{202F}; "))\n"
        }
        return text + "\n"
    }

    private static func examples(_ occurrences: [(essay: ReplEssay, finding: Finding)])
        -> [(ReplEssay, Finding)]
    {
        var chosen: [(ReplEssay, Finding)] = []
        var essays = Set<String>()
        var passages = Set<String>()
        // First pass: one per essay; second pass: fill up from any essay.
        for requireNewEssay in [true, false] {
            for (essay, finding) in occurrences where chosen.count < 3 {
                let passage = passageText(finding, in: essay)
                guard !passages.contains(passage), !requireNewEssay || !essays.contains(essay.name)
                else { continue }
                chosen.append((essay, finding))
                essays.insert(essay.name)
                passages.insert(passage)
            }
        }
        return chosen
    }

    /// « etait » → « était », or the start of a long passage.
    static func example(_ finding: Finding, in essay: ReplEssay) -> String {
        var shown = FrenchTypography.quoted(passageText(finding, in: essay))
        if let replacement = finding.replacements.first {
            shown += " → " + FrenchTypography.quoted(replacement)
        }
        return shown
    }

    static func passageText(_ finding: Finding, in essay: ReplEssay) -> String {
        let units = Array(essay.text.utf16)
        let span = finding.span
        guard span.end <= units.count else { return "" }
        var passage = String(decoding: units[span.start..<span.end], as: UTF16.self)
        passage = String(passage.map { $0.isNewline ? " " : $0 })
        return passage.count > 40 ? passage.prefix(40) + "…" : passage
    }

    /// The ten word forms flagged most often as misspelled.
    private func frequentMisspellings(_ selected: [ReplEssay]) -> String {
        var counts: [String: (count: Int, essays: Set<String>)] = [:]
        for essay in selected {
            for finding in essay.report.matches where finding.category == .orthographe {
                let word = Self.passageText(finding, in: essay).lowercased()
                counts[word, default: (0, [])].count += 1
                counts[word]!.essays.insert(essay.name)
            }
        }
        guard !counts.isEmpty else { return "" }
        let ranked = counts.sorted { ($1.value.count, $0.key) < ($0.value.count, $1.key) }
        var text = "Mots mal orthographiés les plus fréquents\n"
        for (word, entry) in ranked.prefix(10) {
            text += "  \(String(entry.count).leftPadded(to: 5))  \(FrenchTypography.quoted(word)), "
            text += ReplMessages.count(entry.essays.count, "copie", "copies") + "\n"
        }
        return text
    }
}

extension String {
    /// The string right-aligned in `width` characters.
    func leftPadded(to width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }
}
