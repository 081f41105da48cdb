import Foundation

/// A plain-text resource list: one entry per line, fields separated by tabs,
/// `#` starting a comment, blank lines ignored.
///
/// French word lists live in such files under `lexicons/fr/`, never in
/// engine code, so linguists can edit them without touching Swift.
public struct WordList: Sendable {
    /// One non-comment line, split on tabs, with its 1-based line number.
    public struct Row: Sendable, Hashable {
        public var fields: [String]
        public var line: Int
    }

    /// Rows in file order.
    public let rows: [Row]
    /// Path the list was read from, for error messages.
    public let path: String

    /// Reads a list. Text is NFC-normalized by the caller's data, not here:
    /// resource files are kept in NFC.
    /// - Throws: `LexiconError.fileNotFound` or `.malformedLine` (invalid UTF-8).
    public init(contentsOf url: URL) throws {
        path = url.path
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw LexiconError.fileNotFound(
                path: url.path, hint: "check that the checkout or installation is complete")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LexiconError.malformedLine(path: url.path, line: 0, reason: "file is not UTF-8")
        }
        var rows: [Row] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated()
        {
            var line = Substring(rawLine)
            if let hash = line.firstIndex(of: "#") {
                line = line[..<hash]
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            let fields = trimmed.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            rows.append(Row(fields: fields, line: index + 1))
        }
        self.rows = rows
    }

    /// Reads `lexicons/<relativePath>` from `resources`.
    public init(_ relativePath: String, in resources: ResourceDirectory) throws {
        try self.init(contentsOf: resources.lexicon(relativePath))
    }

    /// The first field of every row.
    public var entries: [String] { rows.map { $0.fields[0] } }

    /// Rows checked to have at least `count` fields.
    /// - Throws: `LexiconError.malformedLine` naming the first short row.
    public func rows(withAtLeast count: Int) throws -> [Row] {
        for row in rows where row.fields.count < count {
            throw LexiconError.malformedLine(
                path: path, line: row.line,
                reason: "expected \(count) tab-separated fields, found \(row.fields.count)")
        }
        return rows
    }
}
