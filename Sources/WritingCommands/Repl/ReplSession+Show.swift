import Reporting
import WritingModel

extension ReplSession {
    /// `montre COPIE`: the text with marked findings, then each criterion
    /// and the numbered notes.
    func show(_ arguments: [String]) throws {
        guard arguments.count == 1 else {
            throw ReplError("Indiquez une copie\u{00A0}: «\u{00A0}montre NOM\u{00A0}» ou «\u{00A0}montre NUMÉRO\u{00A0}».")
        }
        let essay = try essay(arguments[0])
        let statistics = essay.report.statistics
        write(
            "Copie n° \(number(of: essay)) \(FrenchTypography.quoted(essay.name)) (\(essay.source)) — "
                + "\(ReplMessages.count(statistics.words, "mot", "mots")), "
                + "\(ReplMessages.count(statistics.sentences, "phrase", "phrases")), "
                + "\(ReplMessages.count(statistics.paragraphs, "paragraphe", "paragraphes"))\n\n")
        let marker = MarkedTextRenderer(useColor: usesColor)
        let findings = essay.report.matches
        var text = marker.marked(essay.text, findings: findings)
        while text.last?.isNewline == true { text.removeLast() }
        write(text + "\n\n")
        var output = OutputChannelStream(channel: context.output)
        TextReportRenderer(useColor: usesColor).renderCriteria(essay.report, to: &output)
        if findings.isEmpty {
            write("Aucune remarque sur le texte.\n")
        } else {
            write("Remarques (\(findings.count))\n")
            write(marker.notes(essay.text, findings: findings))
        }
    }
}
