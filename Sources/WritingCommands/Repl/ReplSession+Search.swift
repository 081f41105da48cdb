import Foundation
import Reporting
import WritingModel

extension ReplSession {
    /// The kind of thing `cherche` looks for.
    enum SearchKind {
        case mot, regex, regle, categorie

        /// French kinds and their English aliases.
        static let names: [String: SearchKind] = [
            "mot": .mot, "word": .mot, "regex": .regex, "regle": .regle, "règle": .regle,
            "rule": .regle, "categorie": .categorie, "catégorie": .categorie, "category": .categorie,
        ]
    }

    /// `cherche [mot|regex|regle|categorie] MOTIF`: prints what matches in
    /// the selection and narrows the selection to the essays found.
    func search(_ arguments: [String]) throws {
        var words = arguments
        var kind = SearchKind.mot
        if words.count > 1, let named = SearchKind.names[words[0].lowercased()] {
            kind = named
            words.removeFirst()
        }
        guard !words.isEmpty else {
            throw ReplError("Indiquez ce qu’il faut chercher, par exemple «\u{00A0}cherche etait\u{00A0}».")
        }

        var pattern = words.joined(separator: " ")
        if kind == .mot || kind == .regex, pattern.count > 2, pattern.hasPrefix("/"),
            pattern.hasSuffix("/")
        {
            kind = .regex
            pattern = String(pattern.dropFirst().dropLast())
        }

        var found: [String] = []
        var total = 0
        for essay in selectedEssays {
            let lines = try matchLines(in: essay, kind: kind, pattern: pattern)
            guard !lines.isEmpty else { continue }
            found.append(essay.name)
            total += lines.count
            write("\(essay.name) (\(lines.count))\n")
            for line in lines.prefix(10) { write("  \(line)\n") }
            if lines.count > 10 { write("  … et \(lines.count - 10) de plus\n") }
        }

        guard !found.isEmpty else {
            write("Aucun résultat\u{202F}; la sélection ne change pas.\n")
            return
        }
        selection = Set(found)
        write(
            "\(ReplMessages.count(total, "résultat", "résultats")) dans "
                + "\(ReplMessages.count(found.count, "copie", "copies"))\u{202F}; "
                + "la sélection compte maintenant \(ReplMessages.count(found.count, "copie", "copies")).\n")
    }

    private func matchLines(in essay: ReplEssay, kind: SearchKind, pattern: String) throws
        -> [String]
    {
        switch kind {
        case .mot:
            let escaped = NSRegularExpression.escapedPattern(for: pattern)
            // Whole words: no letter or digit right before or after.
            let word = "(?<![\\p{L}\\p{N}])\(escaped)(?![\\p{L}\\p{N}])"
            return try textMatches(in: essay, regex: word, options: [.caseInsensitive])
        case .regex:
            return try textMatches(in: essay, regex: pattern, options: [])
        case .regle:
            let rule = pattern.lowercased()
            return findingLines(in: essay) { $0.ruleID.hasPrefix(rule) }
        case .categorie:
            let folded = Self.fold(pattern)
            let categories = FindingCategory.allCases.filter {
                $0.rawValue.hasPrefix(folded) || Self.fold($0.displayName).hasPrefix(folded)
            }
            guard !categories.isEmpty else {
                let names = FindingCategory.allCases.map(\.rawValue).joined(separator: ", ")
                throw ReplError(
                    "Catégorie inconnue \(FrenchTypography.quoted(pattern))\u{00A0}: "
                        + "choisissez parmi \(names).")
            }
            return findingLines(in: essay) { categories.contains($0.category) }
        }
    }

    private func textMatches(
        in essay: ReplEssay, regex pattern: String, options: NSRegularExpression.Options
    ) throws -> [String] {
        let regex: NSRegularExpression
        do {
            regex = try NSRegularExpression(pattern: pattern, options: options)
        } catch {
            throw ReplError(
                "Expression régulière invalide \(FrenchTypography.quoted(pattern))\u{00A0}: "
                    + "vérifiez les parenthèses, crochets et barres obliques inverses.")
        }
        let text = essay.text
        let locator = LineLocator(text: text)
        let whole = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: whole).compactMap { match in
            guard match.range.length > 0 else { return nil }
            // NSRange counts UTF-16 code units, as spans do.
            let span = TextSpan(start: match.range.location, end: NSMaxRange(match.range))
            let (line, column) = locator.position(of: span.start)
            let (before, marked, after) = locator.context(of: span, width: 30)
            return "\(line):\(column)  \(before)\(highlight(marked))\(after)"
        }
    }

    private func findingLines(in essay: ReplEssay, where include: (Finding) -> Bool) -> [String] {
        let locator = LineLocator(text: essay.text)
        return essay.report.matches.enumerated().compactMap { index, finding in
            guard include(finding) else { return nil }
            let (line, column) = locator.position(of: finding.span.start)
            return "{\(index + 1)} \(line):\(column)  \(Self.example(finding, in: essay))  "
                + finding.shortMessage
        }
    }

    private func highlight(_ text: String) -> String {
        usesColor ? "\u{1B}[4;1m\(text)\u{1B}[0m" : "[\(text)]"
    }
}
