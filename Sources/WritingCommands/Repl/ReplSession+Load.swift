import Foundation
import KeystrokeAnalysis
import Plume
import Storage
import WritingModel

extension ReplSession {
    /// `charger CHEMIN...`: loads text files, folders and result stores.
    func load(_ arguments: [String]) throws {
        guard !arguments.isEmpty else {
            throw ReplError("Indiquez quoi charger\u{00A0}: «\u{00A0}charger CHEMIN...\u{00A0}» (fichiers, dossiers ou résultats).")
        }
        var inputs: [BatchInput] = []
        var problems: [String] = []
        var added: [ReplEssay] = []
        for argument in arguments {
            let path =
                PostgreSQLResultStore.isConnectionURI(argument)
                ? argument : (argument as NSString).expandingTildeInPath
            do {
                switch try Self.kind(of: path) {
                case .results(let format): added += try loadResults(path, format: format)
                case .keystrokeLog: added += try loadKeystrokeLog(path)
                case .texts: inputs += try CorpusFiles.list([path])
                }
            } catch {
                problems.append(ReplMessages.describe(error))
            }
        }
        if !inputs.isEmpty {
            let (analyzed, failures) = try analyze(inputs)
            added += analyzed
            problems += failures
        }
        for essay in added {
            insert(essay)
        }
        try reportLoad(added, problems: problems)
    }

    /// What a path given to `charger` holds.
    enum LoadedKind: Equatable {
        case texts
        case results(ResultFormat)
        case keystrokeLog
    }

    /// Tells result stores and keystroke logs from essays: by extension,
    /// and for `.jsonl`, `.csv` and `.tsv` by the first line, since Plume's
    /// result records carry a `record` key and logs have known headers.
    static func kind(of path: String) throws -> LoadedKind {
        let format = ResultFormat(path: path)
        let extensionName = URL(fileURLWithPath: path).pathExtension.lowercased()
        guard format == .jsonLines || format == .csv || extensionName == "tsv" else {
            return format.map(LoadedKind.results) ?? .texts
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw PlumeError.fileNotFound(path: path)
        }
        defer { try? handle.close() }
        let head = String(decoding: (try? handle.read(upToCount: 65_536)) ?? Data(), as: UTF8.self)
        let firstLine = head.split(whereSeparator: \.isNewline).first { !$0.isEmpty } ?? ""
        if format == .jsonLines && firstLine.contains("\"record\"") {
            return .results(.jsonLines)
        }
        if KeystrokeLogFormat.detect(firstLine: firstLine) != nil {
            return .keystrokeLog
        }
        return format.map(LoadedKind.results) ?? .texts
    }

    /// Loads each session of a keystroke log as an essay: the text it
    /// rebuilds, analysed with fluence and révision.
    private func loadKeystrokeLog(_ path: String) throws -> [ReplEssay] {
        let logs = try KeystrokeLog.loadAll(contentsOf: URL(fileURLWithPath: path))
        let analyzer = try self.analyzer
        return try logs.map { log in
            let process = analyzer.processAnalysis(of: log, finalText: nil)
            let text = process.rebuiltText
            let report = try analyzer.analyze(text, process: process)
            return ReplEssay(
                name: logs.count == 1 ? Self.baseName(path) : log.sessionID,
                source: logs.count == 1 ? path : "\(path)#\(log.sessionID)", text: text,
                essayID: SHA256.hexDigest(of: text), report: report, keystrokes: log)
        }
    }

    private func loadResults(_ path: String, format: ResultFormat) throws -> [ReplEssay] {
        if format == .csv {
            throw ReplError(
                "\(FrenchTypography.quoted(path)) est un CSV, qui ne contient que les niveaux\u{00A0}: "
                    + "chargez plutôt le fichier .jsonl ou .sqlite écrit par «\u{00A0}plume score\u{00A0}».")
        }
        guard format == .postgreSQL || FileManager.default.fileExists(atPath: path) else {
            throw PlumeError.fileNotFound(path: path)
        }
        return try ResultFormat.load(path).analyses.map { stored in
            ReplEssay(
                name: Self.baseName(stored.source), source: stored.source, text: stored.text,
                essayID: stored.essayID, report: stored.report)
        }
    }

    /// Analyses `inputs` on every core, showing progress on a terminal.
    private func analyze(_ inputs: [BatchInput]) throws -> ([ReplEssay], [String]) {
        let scorer = BatchScorer(analyzer: try analyzer)
        var essays: [ReplEssay] = []
        var failures: [String] = []
        var done = 0
        let showsProgress = input.isInteractive && context.errors.isTerminal && inputs.count > 1
        try scorer.run(inputs) { outcome in
            done += 1
            switch outcome {
            case .analyzed(let analysis):
                essays.append(
                    ReplEssay(
                        name: Self.baseName(analysis.source), source: analysis.source,
                        text: analysis.text, essayID: analysis.essayID, report: analysis.report))
            case .failed(_, let error):
                failures.append(ReplMessages.describe(error))
            case .skipped:
                break
            }
            if showsProgress {
                context.errors.write("\r\u{1B}[KAnalyse\u{00A0}: \(done)/\(inputs.count) copies")
                context.errors.flush()
            }
        }
        if showsProgress {
            context.errors.write("\r\u{1B}[K")
        }
        return (essays, failures)
    }

    /// Adds `essay`, replacing an essay from the same source, and keeps
    /// names unique by adding -2, -3… to a name already taken.
    func insert(_ essay: ReplEssay) {
        var essay = essay
        if let index = essays.firstIndex(where: { $0.source == essay.source }) {
            essay.name = essays[index].name
            essays[index] = essay
            return
        }
        let taken = Set(essays.map(\.name))
        var name = essay.name
        var suffix = 2
        while taken.contains(name) {
            name = "\(essay.name)-\(suffix)"
            suffix += 1
        }
        essay.name = name
        essays.append(essay)
        essays.sort { $0.name < $1.name }
        selection?.insert(name)
    }

    private func reportLoad(_ added: [ReplEssay], problems: [String]) throws {
        let words = added.reduce(0) { $0 + $1.report.statistics.words }
        if !added.isEmpty || problems.isEmpty {
            write(
                "\(ReplMessages.count(added.count, "copie chargée", "copies chargées")) "
                    + "(\(ReplMessages.count(words, "mot", "mots")))\u{202F}; "
                    + "\(ReplMessages.count(essays.count, "copie", "copies")) en tout.\n")
        }
        guard !problems.isEmpty else { return }
        throw ReplError(
            problems.count == 1
                ? problems[0]
                : "\(problems.count) fichiers n’ont pas pu être chargés\u{00A0}:\n  "
                    + problems.joined(separator: "\n  "))
    }

    /// The file name of `source` without its extension.
    static func baseName(_ source: String) -> String {
        let name = URL(fileURLWithPath: source).deletingPathExtension().lastPathComponent
        return name.isEmpty ? source : name
    }
}
