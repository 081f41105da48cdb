import Foundation
import Reporting
import Storage
import WritingModel

extension ReplSession {
    /// `exporte FICHIER`: writes the selection as CSV, JSON or JSON lines,
    /// replacing the file at once so that a reader never sees half of it.
    func export(_ arguments: [String]) throws {
        guard arguments.count == 1 else {
            throw ReplError("Indiquez un fichier\u{00A0}: «\u{00A0}exporte classe.csv\u{00A0}» (ou .json, .jsonl).")
        }
        let path = (arguments[0] as NSString).expandingTildeInPath
        let selected = selectedEssays
        guard !selected.isEmpty else {
            throw ReplError("Aucune copie sélectionnée\u{00A0}: il n’y a rien à exporter.")
        }
        let extensionName = URL(fileURLWithPath: path).pathExtension.lowercased()
        let temporary = path + ".plume-\(ProcessInfo.processInfo.processIdentifier).tmp"
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        do {
            switch extensionName {
            case "json":
                try exportJSON(selected, to: temporary)
            case "csv", "jsonl":
                try exportRecords(selected, to: temporary, extension: extensionName)
            default:
                throw ReplError(
                    "Format inconnu pour \(FrenchTypography.quoted(path))\u{00A0}: "
                        + "terminez le nom par .csv, .json ou .jsonl.")
            }
            guard rename(temporary, path) == 0 else {
                throw ReplError(
                    "Impossible d’écrire \(FrenchTypography.quoted(path))\u{00A0}: "
                        + "\(String(cString: strerror(errno))).")
            }
        } catch let error as StorageError {
            throw ReplError(
                "Impossible d’écrire \(FrenchTypography.quoted(path)) (détail technique\u{00A0}: "
                    + "\(error.description)).")
        }
        write(
            "\(ReplMessages.count(selected.count, "copie exportée", "copies exportées")) dans "
                + "\(FrenchTypography.quoted(path)).\n")
    }

    private func exportRecords(_ selected: [ReplEssay], to path: String, extension: String) throws {
        let output: any ResultOutput =
            `extension` == "csv"
            ? try CSVResultFile(path: path, syncPolicy: .onClose)
            : try JSONLinesResultFile(path: path, syncPolicy: .onClose)
        for essay in selected {
            try output.append(
                StoredAnalysis(
                    essayID: essay.essayID, source: essay.source, text: essay.text,
                    report: essay.report))
        }
        try output.close()
    }

    /// One JSON array of `{name, source, essayID, report}` objects.
    private func exportJSON(_ selected: [ReplEssay], to path: String) throws {
        struct Entry: Encodable {
            var name: String
            var source: String
            var essayID: String
            var report: AnalysisReport
        }
        let entries = selected.map {
            Entry(name: $0.name, source: $0.source, essayID: $0.essayID, report: $0.report)
        }
        let data = try JSONReportRenderer.encoder(pretty: true).encode(entries)
        guard FileManager.default.createFile(atPath: path, contents: data + Data("\n".utf8)) else {
            throw ReplError(
                "Impossible d’écrire \(FrenchTypography.quoted(path))\u{00A0}: "
                    + "vérifiez que le dossier existe et que vous pouvez y écrire.")
        }
    }
}
