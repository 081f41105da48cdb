import WritingModel

/// French messages of the fluence and révision reports.
enum ProcessMessages {
    private static let colon = "\u{00A0}:"

    static func notMeasured(_ criterion: Criterion) -> String {
        "\(criterion.displayName) non mesurée\(colon) le journal de frappe ne contient "
            + "aucune frappe datée."
    }

    static func fluence(level: Int, measures: ProcessMeasures) -> String {
        let burst = FrenchTypography.decimal(
            ProcessMeasures.mean(measures.pBursts.map(\.length)) ?? 0, decimals: 0)
        let seconds = FrenchTypography.decimal(Double(measures.settings.pauseThreshold) / 1000)
        let detail =
            "en moyenne \(burst)\u{00A0}caractères entre deux pauses de "
            + "\(seconds)\u{00A0}secondes ou plus."
        switch level {
        case 1:
            return "Vous écrivez par petits morceaux\(colon) \(detail) Préparez vos idées au "
                + "brouillon pour écrire chaque phrase d’un seul élan."
        case 2:
            return "Votre écriture s’interrompt souvent\(colon) \(detail) Essayez de finir votre "
                + "phrase avant de vous arrêter pour réfléchir."
        case 3:
            return "Votre écriture est assez fluide\(colon) \(detail)"
        default:
            return "Votre écriture est fluide\(colon) \(detail)"
        }
    }

    static func revision(level: Int, tooMuchDeleted: Bool, measures: ProcessMeasures) -> String {
        let inside = measures.deletions.insideCount + measures.insertions.count
        let per100 =
            measures.finalWords > 0 ? Double(inside) * 100 / Double(measures.finalWords) : 0
        let distant =
            "\(FrenchTypography.decimal(per100)) révisions dans le texte déjà écrit "
            + "pour 100\u{00A0}mots"
        if tooMuchDeleted {
            let share = FrenchTypography.percent(measures.deletedShare ?? 0)
            return "Vous avez effacé \(share) de ce que vous avez écrit\(colon) prenez le temps "
                + "de formuler votre phrase avant de la taper pour moins recommencer."
        }
        switch level {
        case 1, 2:
            return "Vous revenez rarement sur ce que vous avez déjà écrit (\(distant)). "
                + "Relisez chaque paragraphe et améliorez-le avant de passer au suivant."
        default:
            return "Vous relisez et améliorez votre texte au fil de l’écriture (\(distant))."
        }
    }

    static func largePaste(length: Int) -> String {
        "Ce passage de \(length)\u{00A0}caractères a été collé d’un seul bloc au lieu d’être "
            + "tapé\(colon) votre enseignant en est informé."
    }
}
