import Foundation
import WritingModel

extension ReplSession {
    /// The essay `reference` names: a number from `liste`, a name, or the
    /// start of exactly one name, ignoring case.
    /// - Throws: `ReplError` naming the reference, with the closest name.
    func essay(_ reference: String) throws -> ReplEssay {
        guard !essays.isEmpty else {
            throw ReplError("Aucune copie n’est chargée\u{00A0}: commencez par «\u{00A0}charger CHEMIN\u{00A0}».")
        }
        if let number = Int(reference) {
            guard (1...essays.count).contains(number) else {
                throw ReplError(
                    "Il n’y a pas de copie numéro \(number)\u{00A0}: les numéros vont de 1 à "
                        + "\(essays.count) (voir «\u{00A0}liste\u{00A0}»).")
            }
            return essays[number - 1]
        }
        let lowered = reference.lowercased()
        if let exact = essays.first(where: { $0.name.lowercased() == lowered }) {
            return exact
        }
        let prefixed = essays.filter { $0.name.lowercased().hasPrefix(lowered) }
        if prefixed.count == 1 {
            return prefixed[0]
        }
        if prefixed.count > 1 {
            let names = prefixed.prefix(5).map { FrenchTypography.quoted($0.name) }
            throw ReplError(
                "\(FrenchTypography.quoted(reference)) désigne plusieurs copies "
                    + "(\(names.joined(separator: ", ")))\u{202F}; précisez le nom.")
        }
        var message = "Aucune copie ne s’appelle \(FrenchTypography.quoted(reference))"
        if let hint = EditDistance.closest(to: reference, in: essays.map(\.name)) {
            message += "\u{202F}; vouliez-vous dire \(FrenchTypography.quoted(hint))\u{202F}?"
        } else {
            message += "\u{202F}; «\u{00A0}liste\u{00A0}» montre les copies chargées."
        }
        throw ReplError(message)
    }

    /// The position of `essay` in `essays`, counted from 1 as `liste` shows it.
    func number(of essay: ReplEssay) -> Int {
        (essays.firstIndex { $0.name == essay.name } ?? 0) + 1
    }

    /// The criterion `name` names: its key or French name, with or without
    /// accents, or the start of one (« ortho »).
    /// - Throws: `ReplError` listing the criteria.
    static func criterion(_ name: String) throws -> Criterion {
        let folded = fold(name)
        let matches = Criterion.allCases.filter {
            $0.rawValue.hasPrefix(folded) || fold($0.displayName).hasPrefix(folded)
        }
        guard !folded.isEmpty, matches.count == 1 else {
            let names = Criterion.allCases.map { $0.displayName.lowercased() }
            if let hint = EditDistance.closest(to: folded, in: Criterion.allCases.map(\.rawValue)) {
                throw ReplError(
                    "Critère inconnu \(FrenchTypography.quoted(name))\u{202F}; vouliez-vous dire "
                        + "\(FrenchTypography.quoted(hint))\u{202F}?")
            }
            throw ReplError(
                "Critère inconnu \(FrenchTypography.quoted(name))\u{00A0}: choisissez parmi "
                    + "\(names.joined(separator: ", ")).")
        }
        return matches[0]
    }

    /// `text` in lowercase without accents, for lenient matching.
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
