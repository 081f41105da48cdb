import Foundation
import WritingModel

extension ReplSession {
    /// Short French column headers for the six criteria.
    static let criterionAbbreviations: [Criterion: String] = [
        .orthographe: "orth.", .syntaxe: "synt.", .vocabulaire: "voc.",
        .semantique: "sém.", .fluence: "flu.", .revision: "rév.",
    ]

    /// `liste [CRITÈRE]`: the selected essays with their levels.
    func list(_ arguments: [String]) throws {
        guard arguments.count <= 1 else {
            throw ReplError("«\u{00A0}liste\u{00A0}» prend au plus un critère de tri, par exemple «\u{00A0}liste orthographe\u{00A0}».")
        }
        var shown = selectedEssays
        if let name = arguments.first {
            let criterion = try Self.criterion(name)
            // Weakest first; unmeasured last; ties by name.
            shown.sort {
                ($0.report.criteria[criterion]?.level ?? 5, $0.name)
                    < ($1.report.criteria[criterion]?.level ?? 5, $1.name)
            }
        }
        guard !shown.isEmpty else {
            write(essays.isEmpty ? "Aucune copie chargée.\n" : "Aucune copie sélectionnée.\n")
            return
        }
        var table = ReplTable([.right, .left, .right] + Criterion.allCases.map { _ in .right } + [.right])
        table.append(
            ["n°", "copie", "mots"] + Criterion.allCases.map { Self.criterionAbbreviations[$0]! }
                + ["remarques"])
        for essay in shown {
            let levels = Criterion.allCases.map { criterion in
                essay.report.criteria[criterion]?.level.map(String.init) ?? "—"
            }
            table.append(
                [String(number(of: essay)), essay.name,
                 FrenchTypography.integer(essay.report.statistics.words)]
                    + levels + [String(essay.report.matches.count)])
        }
        write(table.render())
        if selection != nil {
            write("(\(shown.count) copies sélectionnées sur \(essays.count)\u{202F}; «\u{00A0}tout\u{00A0}» les montre toutes.)\n")
        }
    }

    /// `filtre CRITÈRE<=N...`: narrows the selection by levels.
    func filter(_ arguments: [String]) throws {
        guard !arguments.isEmpty else {
            throw ReplError("Indiquez au moins une condition, par exemple «\u{00A0}filtre orthographe<=2\u{00A0}».")
        }
        let conditions = try arguments.map(Self.levelCondition)
        let kept = selectedEssays.filter { essay in
            conditions.allSatisfy { criterion, test in
                essay.report.criteria[criterion]?.level.map(test) ?? false
            }
        }
        selection = Set(kept.map(\.name))
        write(
            "\(ReplMessages.count(kept.count, "copie sélectionnée", "copies sélectionnées")) "
                + "sur \(essays.count).\n")
    }

    /// `tout`: selects every essay again.
    func selectAll(_ arguments: [String]) throws {
        guard arguments.isEmpty else {
            throw ReplError("«\u{00A0}tout\u{00A0}» ne prend pas d’argument.")
        }
        selection = nil
        write("Toutes les copies sont sélectionnées (\(essays.count)).\n")
    }

    /// Parses `orthographe<=2` into a criterion and a test on levels.
    static func levelCondition(_ text: String) throws -> (Criterion, (Int) -> Bool) {
        let operators: [(String, (Int, Int) -> Bool)] = [
            ("<=", (<=)), (">=", (>=)), ("<", (<)), (">", (>)), ("=", (==)),
        ]
        for (symbol, compare) in operators {
            guard let range = text.range(of: symbol) else { continue }
            let name = String(text[..<range.lowerBound])
            guard let level = Int(text[range.upperBound...]), CriterionReport.levels.contains(level)
            else {
                throw ReplError(
                    "Niveau invalide dans \(FrenchTypography.quoted(text))\u{00A0}: "
                        + "indiquez un niveau de 1 à 4.")
            }
            return (try criterion(name), { compare($0, level) })
        }
        throw ReplError(
            "Condition invalide \(FrenchTypography.quoted(text))\u{00A0}: écrivez par exemple "
                + "«\u{00A0}orthographe<=2\u{00A0}» (opérateurs <, <=, =, >=, >).")
    }
}
