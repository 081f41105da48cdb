import WritingModel

extension ReplSession {
    /// `aide [COMMANDE]`: the command list or one command's help.
    func help(_ arguments: [String]) throws {
        guard let name = arguments.first else {
            write("Commandes\u{00A0}:\n")
            for command in ReplCommands.all {
                write("  \(command.usage)\n      \(command.summary)\n")
            }
            let english = ReplCommands.all.map(\.english)
            write("Noms anglais\u{00A0}: \(english.joined(separator: ", ")).\n")
            write(
                "Une COPIE se désigne par son nom, le début de son nom ou son numéro dans "
                    + "«\u{00A0}liste\u{00A0}». «\u{00A0}aide COMMANDE\u{00A0}» détaille une commande.\n")
            return
        }
        guard let command = ReplCommands.find(name) else {
            throw ReplError(ReplCommands.unknownCommandMessage(name))
        }
        write("\(command.usage)\n  \(command.summary)\n")
        if !command.details.isEmpty {
            for line in command.details.split(separator: "\n") {
                write("  \(line)\n")
            }
        }
        let others = command.names.dropFirst()
        if !others.isEmpty {
            write("  Autres noms\u{00A0}: \(others.joined(separator: ", ")).\n")
        }
    }

    /// Completions for libedit: command names first, then what the command
    /// takes; nil lets libedit complete file names.
    func completions(lineBeforeWord: String, word: String) -> [String]? {
        let words = (try? ReplLineSplitter.split(lineBeforeWord)) ?? []
        guard let first = words.first else {
            return ReplCommands.all.flatMap(\.names)
        }
        switch ReplCommands.find(first)?.name {
        case "montre", "compare", "rejoue": return essays.map(\.name)
        case "liste", "filtre": return Criterion.allCases.map(\.rawValue)
        case "cherche": return words.count == 1 ? ["mot", "regex", "regle", "categorie"] : []
        case "aide": return ReplCommands.all.map(\.name)
        case "charger", "exporte": return nil
        default: return []
        }
    }
}
