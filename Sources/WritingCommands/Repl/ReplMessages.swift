import KeystrokeAnalysis
import Plume
import Storage
import WritingModel

/// French wording of the errors a teacher can meet in the REPL.
enum ReplMessages {
    /// Why `error` kept a file from loading, in one French sentence.
    static func describe(_ error: any Error) -> String {
        if let error = error as? PlumeError {
            return describe(error)
        }
        if let error = error as? KeystrokeAnalysisError {
            return "Journal de frappe illisible (détail technique\u{00A0}: \(error.description))."
        }
        if let error = error as? StorageError {
            return "Fichier de résultats illisible (détail technique\u{00A0}: \(error.description))."
        }
        return "Erreur inattendue (détail technique\u{00A0}: \(error))."
    }

    static func describe(_ error: PlumeError) -> String {
        let q = FrenchTypography.quoted
        switch error {
        case .emptyPath:
            return "Le chemin est vide\u{00A0}: indiquez un fichier."
        case .brokenLink(let path):
            return "\(q(path)) est un lien vers un fichier qui n’existe plus."
        case .noLetters(let path):
            return "\(q(path)) ne contient aucune lettre\u{00A0}: il n’y a rien à analyser."
        case .fileNotFound(let path):
            return "\(q(path)) est introuvable\u{00A0}: vérifiez le chemin."
        case .isDirectory(let path):
            return "\(q(path)) est un dossier, pas un fichier."
        case .unreadable(let path, _):
            return "\(q(path)) ne peut pas être lu\u{00A0}: vérifiez ses droits d’accès."
        case .unreadableFolder(let path, _):
            return
                "Le dossier \(q(path)) ne peut pas être parcouru\u{00A0}: vérifiez ses droits "
                + "d’accès."
        case .invalidUTF8(let path, let offset, let line):
            return "\(q(path)) n’est pas enregistré en UTF-8 (octet invalide en position \(offset), "
                + "ligne \(line))"
                + "\u{00A0}: réenregistrez-le en UTF-8, par exemple avec "
                + "\(q("iconv -f latin1 -t utf-8"))."
        case .binaryFile(let path):
            return "\(q(path)) est un fichier binaire, pas un texte."
        case .emptyText(let path):
            return "\(q(path)) est vide\u{00A0}: il n’y a rien à analyser."
        case .textTooLarge(let path, let bytes, let limit):
            let size = bytes.map { "\(FrenchTypography.integer($0)) octets, " } ?? ""
            return "\(q(path)) est trop gros (\(size)au plus \(FrenchTypography.integer(limit)) "
                + "octets permis)\u{00A0}: découpez-le en copies."
        case .invalidEdit:
            return "Modification invalide du texte (détail technique\u{00A0}: \(error.description))."
        }
    }

    /// « 1 copie », « 2 copies »: a count with its noun in the singular or plural.
    static func count(_ value: Int, _ singular: String, _ plural: String) -> String {
        "\(FrenchTypography.integer(value)) \(value == 1 || value == 0 ? singular : plural)"
    }
}
