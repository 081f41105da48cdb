import WritingModel

/// Batch results as CSV for spreadsheets: one row per essay or failure,
/// with counts and the six levels, but not the findings or the text.
///
/// The file follows RFC 4180 with a header row. Line breaks inside a value
/// become spaces so that every record is one line, and a value starting
/// with `=`, `+`, `-` or `@` gets a leading `'` so that spreadsheets do not
/// run it as a formula. An unmeasured criterion has an empty level.
public final class CSVResultFile: ResultOutput {
    /// The header row.
    public static let columns =
        ["source", "essay_id", "status", "words", "sentences", "paragraphs"]
        + Criterion.allCases.map(\.rawValue) + ["findings", "error"]

    private let file: AppendOnlyLineFile
    private let recorded: RecordedResults

    /// Opens or creates `path` for appending, after dropping a torn tail.
    /// - Throws: `StorageError.notResultFile` when the file has another
    ///   header, `StorageError.outputLocked` when another process writes it.
    public init(path: String, syncPolicy: FileSyncPolicy = .standard) throws {
        file = try AppendOnlyLineFile(path: path, syncPolicy: syncPolicy)
        var recorded = RecordedResults()
        let expected = Self.columns.joined(separator: ",")
        recorded.droppedBytes = try file.recover(
            accepting: { bytes, number in
                let line = String(decoding: bytes, as: UTF8.self)
                if number == 1 {
                    return line == expected
                }
                guard let fields = Self.parse(line), let row = Row(fields) else { return false }
                row.apply(to: &recorded)
                return true
            },
            isPlausibleStart: { expected.utf8.starts(with: $0) })
        if try file.isEmpty {
            try file.append(line: expected)
        }
        self.recorded = recorded
    }

    public func recordedResults() throws -> RecordedResults { recorded }

    public func append(_ analysis: StoredAnalysis) throws {
        let report = analysis.report
        let statistics = report.statistics
        var fields = [
            analysis.source, analysis.essayID, "analyzed", String(statistics.words),
            String(statistics.sentences), String(statistics.paragraphs),
        ]
        fields += Criterion.allCases.map { criterion in
            report.criteria[criterion]?.level.map(String.init) ?? ""
        }
        fields += [String(report.matches.count), ""]
        try file.append(line: Self.format(fields))
    }

    public func append(_ failure: StoredFailure) throws {
        var fields = [failure.source, "", "failed"]
        fields += Array(repeating: "", count: Self.columns.count - 4)
        fields.append(failure.error)
        try file.append(line: Self.format(fields))
    }

    public func close() throws {
        try file.close()
    }

    /// One CSV line from `fields`.
    static func format(_ fields: [String]) -> String {
        fields.map(quote).joined(separator: ",")
    }

    private static func quote(_ field: String) -> String {
        var value = String(field.map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
        if let first = value.first, "=+-@".contains(first) {
            value = "'" + value
        }
        guard value.contains(where: { $0 == "," || $0 == "\"" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The fields of one CSV line, or nil when its quotes are unbalanced.
    static func parse(_ line: String) -> [String]? {
        var fields: [String] = []
        var field = ""
        var isQuoted = false
        var characters = line.makeIterator()
        while let character = characters.next() {
            switch (character, isQuoted) {
            case ("\"", true):
                // A doubled quote is a literal quote; a single one ends the value.
                var lookahead = characters
                if lookahead.next() == "\"" {
                    field.append("\"")
                    characters = lookahead
                } else {
                    isQuoted = false
                }
            case ("\"", false) where field.isEmpty: isQuoted = true
            case (",", false):
                fields.append(field)
                field = ""
            default: field.append(character)
            }
        }
        guard !isQuoted else { return nil }
        fields.append(field)
        return fields
    }

    /// A data row, checked enough to tell a complete row from a torn one.
    struct Row {
        var source: String
        var essayID: String
        var isAnalysis: Bool

        init?(_ fields: [String]) {
            guard fields.count == CSVResultFile.columns.count else { return nil }
            source = fields[0]
            // Undo the formula guard of `quote`.
            if source.hasPrefix("'"), let next = source.dropFirst().first, "=+-@".contains(next) {
                source.removeFirst()
            }
            essayID = fields[1]
            switch fields[2] {
            case "analyzed":
                guard SHA256.isHexDigest(essayID), Int(fields[3]) != nil else { return nil }
                isAnalysis = true
            case "failed":
                guard !fields[fields.count - 1].isEmpty else { return nil }
                isAnalysis = false
            default:
                return nil
            }
        }

        func apply(to recorded: inout RecordedResults) {
            if isAnalysis {
                recorded.essayIDs.insert(essayID)
                recorded.failedSources.remove(source)
            } else {
                recorded.failedSources.insert(source)
            }
        }
    }
}
