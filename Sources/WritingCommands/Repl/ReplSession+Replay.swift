import WritingModel

extension ReplSession {
    /// `rejoue COPIE [VITESSE]`: the time-lapse of the essay's keystroke log.
    func replay(_ arguments: [String]) throws {
        guard (1...2).contains(arguments.count) else {
            throw ReplError("Indiquez une copie\u{00A0}: «\u{00A0}rejoue NOM [VITESSE]\u{00A0}».")
        }
        let essay = try essay(arguments[0])
        // TODO: load keystroke logs with essays and play them back once the
        // KeystrokeAnalysis replay is available to the REPL.
        throw ReplError(
            "Aucun journal de frappe n’est chargé pour \(FrenchTypography.quoted(essay.name))\u{00A0}: "
                + "seules les copies chargées avec leur journal peuvent être rejouées.")
    }
}
