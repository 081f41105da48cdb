import Foundation
import WritingModel

/// The REPL's commands, with French names and English aliases.
enum ReplCommands {
    static let all: [ReplCommandSpec] = [
        ReplCommandSpec(
            name: "charger", english: "load", aliases: [], arguments: "CHEMIN...",
            summary: "Charge des copies (.txt, dossiers), des journaux de frappe ou des résultats.",
            details: """
                Un dossier est parcouru avec ses sous-dossiers\u{202F}; seuls ses fichiers .txt
                sont pris. Les copies sont analysées sur tous les cœurs. Un journal de
                frappe (JSON lines de Plume, CSV Kaggle, TSV ScriptLog) donne une copie
                par session, avec la fluence et la révision. Un fichier de résultats
                de «\u{00A0}plume score\u{00A0}» (.jsonl, .sqlite) est chargé sans nouvelle
                analyse. Recharger un fichier remplace la copie.
                """,
            run: { try $0.load($1) }),
        ReplCommandSpec(
            name: "liste", english: "list", aliases: ["ls"], arguments: "[CRITÈRE]",
            summary: "Liste les copies sélectionnées avec leurs six niveaux.",
            details: """
                Sans argument, les copies sont rangées par nom. Avec un critère
                (orthographe, syntaxe, vocabulaire, sémantique, fluence, révision),
                elles sont rangées du niveau le plus faible au plus fort. Les numéros
                affichés désignent les copies dans les autres commandes.
                """,
            run: { try $0.list($1) }),
        ReplCommandSpec(
            name: "montre", english: "show", aliases: [], arguments: "COPIE",
            summary: "Affiche une copie avec ses remarques marquées dans le texte et le détail des critères.",
            details: """
                COPIE est un nom, le début d’un nom ou un numéro de «\u{00A0}liste\u{00A0}». Sur un
                terminal, les passages sont soulignés en couleur\u{202F}; sinon ils sont
                entourés de [crochets] suivis du numéro de la remarque entre {accolades}.
                Une remarque qui couvre une phrase entière est signalée par son numéro
                au début de la phrase.
                """,
            run: { try $0.show($1) }),
        ReplCommandSpec(
            name: "compare", english: "compare", aliases: ["diff"], arguments: "COPIE COPIE",
            summary: "Compare deux copies côte à côte\u{00A0}: niveaux, mesures, remarques et textes.",
            details: "", run: { try $0.compare($1) }),
        ReplCommandSpec(
            name: "stats", english: "stats", aliases: ["statistiques", "statistics"], arguments: "",
            summary: "Statistiques de la sélection\u{00A0}: niveaux par critère, erreurs les plus fréquentes.",
            details: "", run: { try $0.statistics($1) }),
        ReplCommandSpec(
            name: "cherche", english: "search", aliases: ["grep"],
            arguments: "[mot|regex|regle|categorie] MOTIF",
            summary: "Cherche dans les textes ou les remarques de la sélection, et n’en garde que les copies trouvées.",
            details: """
                mot (par défaut)\u{00A0}: le mot entier, sans tenir compte des majuscules.
                regex\u{00A0}: une expression régulière (ICU), aussi écrite /MOTIF/.
                regle\u{00A0}: les remarques d’une règle, par son identifiant ou son début
                (spell.unknown-word, syntax).
                categorie\u{00A0}: les remarques d’une catégorie (orthographe, syntaxe,
                vocabulaire…).
                """,
            run: { try $0.search($1) }),
        ReplCommandSpec(
            name: "filtre", english: "filter", aliases: [], arguments: "CRITÈRE<=N...",
            summary: "Garde dans la sélection les copies dont les niveaux vérifient les conditions.",
            details: """
                Conditions\u{00A0}: CRITÈRE suivi de <, <=, =, >= ou > et d’un niveau de 1 à 4,
                par exemple «\u{00A0}filtre orthographe<=2 syntaxe>=3\u{00A0}». «\u{00A0}tout\u{00A0}» annule la sélection.
                """,
            run: { try $0.filter($1) }),
        ReplCommandSpec(
            name: "tout", english: "all", aliases: [], arguments: "",
            summary: "Sélectionne de nouveau toutes les copies.", details: "",
            run: { session, arguments in try session.selectAll(arguments) }),
        ReplCommandSpec(
            name: "rejoue", english: "replay", aliases: [], arguments: "COPIE [VITESSE]",
            summary: "Rejoue en accéléré l’écriture d’une copie à partir de son journal de frappe.",
            details: """
                VITESSE multiplie le temps réel (10 par défaut\u{00A0}: dix fois plus vite)\u{202F};
                les longues pauses sont écourtées. Sur un terminal, le texte se réécrit
                dix fois par seconde jusqu’à la fin ou Ctrl-C. Dans un script, une ligne
                par seconde de relecture donne le temps, le nombre de mots et la fin
                du texte au curseur.
                """,
            run: { try $0.replay($1) }),
        ReplCommandSpec(
            name: "exporte", english: "export", aliases: [], arguments: "FICHIER(.csv|.json|.jsonl)",
            summary: "Exporte la sélection en CSV (niveaux), JSON ou JSON lines (analyses complètes).",
            details: "Un fichier .jsonl exporté se recharge avec «\u{00A0}charger\u{00A0}».",
            run: { try $0.export($1) }),
        ReplCommandSpec(
            name: "aide", english: "help", aliases: ["?"], arguments: "[COMMANDE]",
            summary: "Affiche l’aide d’une commande, ou la liste des commandes.", details: "",
            run: { try $0.help($1) }),
        ReplCommandSpec(
            name: "quitte", english: "quit", aliases: ["exit", "q"], arguments: "",
            summary: "Quitte Plume.", details: "",
            run: { session, _ in session.finish() }),
    ]

    /// The command named `name` or one of its aliases, ignoring case.
    static func find(_ name: String) -> ReplCommandSpec? {
        let lowered = name.lowercased()
        return all.first { $0.names.contains(lowered) }
    }

    /// The French error for an unknown command, with the closest name.
    static func unknownCommandMessage(_ name: String) -> String {
        let names = all.flatMap(\.names)
        var message = "Commande inconnue \(FrenchTypography.quoted(name))"
        if let hint = EditDistance.closest(to: name.lowercased(), in: names) {
            let command = find(hint)!
            message += "\u{202F}; vouliez-vous dire \(FrenchTypography.quoted(command.name))\u{202F}?"
        } else {
            message += "."
        }
        return message + " Tapez «\u{00A0}aide\u{00A0}» pour la liste des commandes."
    }
}
