import Foundation

/// Rows of a delimited text file, with fields found by header name.
///
/// Handles two dialects: tab-separated without quoting (fields never contain
/// a tab or line break), and RFC 4180 CSV, where a field in double quotes may
/// hold commas, line breaks and doubled quotes.
struct DelimitedTable {
    /// A data row and the file line it starts on.
    struct Row {
        var line: Int
        var fields: [Substring]
    }

    var source: String
    var header: [String: Int]
    var rows: [Row]

    /// Splits a tab-separated file.
    static func tabSeparated(_ text: String, source: String) -> DelimitedTable {
        var rows: [Row] = []
        var lineNumber = 0
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isLineBreak) {
            lineNumber += 1
            if line.isEmpty { continue }
            rows.append(
                Row(
                    line: lineNumber,
                    fields: line.split(
                        separator: "\t", omittingEmptySubsequences: false)))
        }
        return DelimitedTable(source: source, headerRow: rows.first, rows: Array(rows.dropFirst()))
    }

    /// Splits an RFC 4180 comma-separated file.
    /// - Throws: `KeystrokeAnalysisError.malformedLine` for a quote left open.
    static func commaSeparated(_ text: String, source: String) throws -> DelimitedTable {
        var scanner = CSVScanner(text: Substring(text))
        var rows: [Row] = []
        while let row = try scanner.nextRecord(source: source) {
            if row.fields.count == 1 && row.fields[0].isEmpty { continue }
            rows.append(row)
        }
        return DelimitedTable(source: source, headerRow: rows.first, rows: Array(rows.dropFirst()))
    }

    private init(source: String, headerRow: Row?, rows: [Row]) {
        self.source = source
        var header: [String: Int] = [:]
        for (index, name) in (headerRow?.fields ?? []).enumerated() {
            header[name.trimmingCharacters(in: .whitespaces), default: index] = index
        }
        self.header = header
        self.rows = rows
    }

    /// Index of a column that must exist.
    func column(_ name: String) throws -> Int {
        guard let index = header[name] else {
            throw KeystrokeAnalysisError.missingColumn(source: source, column: name)
        }
        return index
    }

    /// Returns the field of `row` in `column`, or an empty string when the row is short.
    func field(_ row: Row, _ column: Int) -> Substring {
        column < row.fields.count ? row.fields[column] : ""
    }

    /// Parses an integer field.
    func integer(_ row: Row, _ column: Int, name: String) throws -> Int {
        let text = field(row, column).trimmingCharacters(in: .whitespaces)
        if let value = Int(text) { return value }
        // Some exports write whole numbers as decimals ("4526.0").
        if let value = Double(text), value == value.rounded(), abs(value) < 1e15 {
            return Int(value)
        }
        throw KeystrokeAnalysisError.invalidValue(
            source: source, line: row.line, field: name, value: "\"\(text)\"",
            expected: "an integer")
    }
}

/// Reads CSV records one by one, tracking line numbers.
private struct CSVScanner {
    var text: Substring
    var line = 1

    mutating func nextRecord(source: String) throws -> DelimitedTable.Row? {
        guard !text.isEmpty else { return nil }
        let startLine = line
        var fields: [Substring] = []
        while true {
            let (field, terminator) = try nextField(source: source, startLine: startLine)
            fields.append(field)
            if terminator != "," { break }
        }
        return DelimitedTable.Row(line: startLine, fields: fields)
    }

    /// Returns the next field and what ended it: a comma, a line break or nil at the end.
    private mutating func nextField(source: String, startLine: Int) throws
        -> (Substring, Character?)
    {
        if text.first == "\"" {
            return try quotedField(source: source, startLine: startLine)
        }
        let end = text.firstIndex { $0 == "," || $0 == "\n" || $0 == "\r\n" } ?? text.endIndex
        let field = text[text.startIndex..<end]
        return (field, consumeTerminator(at: end))
    }

    private mutating func quotedField(source: String, startLine: Int) throws
        -> (Substring, Character?)
    {
        var value = ""
        var index = text.index(after: text.startIndex)
        while true {
            guard index < text.endIndex else {
                throw KeystrokeAnalysisError.malformedLine(
                    source: source, line: startLine,
                    problem: "a quoted field is never closed; check the quotes of this record")
            }
            let character = text[index]
            if character == "\"" {
                let next = text.index(after: index)
                if next < text.endIndex && text[next] == "\"" {
                    value.append("\"")
                    index = text.index(after: next)
                    continue
                }
                index = next
                break
            }
            if character == "\n" || character == "\r\n" { line += 1 }
            value.append(character)
            index = text.index(after: index)
        }
        let end =
            text[index...].firstIndex { $0 == "," || $0 == "\n" || $0 == "\r\n" }
            ?? text.endIndex
        return (Substring(value), consumeTerminator(at: end))
    }

    private mutating func consumeTerminator(at end: Substring.Index) -> Character? {
        guard end < text.endIndex else {
            text = text[text.endIndex...]
            return nil
        }
        let terminator = text[end]
        if terminator != "," { line += 1 }
        text = text[text.index(after: end)...]
        return terminator == "," ? "," : "\n"
    }
}

extension Character {
    /// Whether the character ends a line: a line feed or a CR LF pair, which
    /// Swift treats as one character.
    var isLineBreak: Bool { self == "\n" || self == "\r\n" }
}
