import Foundation

/// Lexique 3.83 in memory: every analysis of every French word form.
///
/// Loaded once (about 140,000 rows) and then read-only, so one instance is
/// shared by all threads.
public final class Lexique: Sendable {
    /// Path of the table inside the resource folder's `lexicons/`.
    public static let relativePath = "lexique383/lexique383_selected.tsv"

    private let entries: [LexicalEntry]
    /// Form → first row and row count, for forms whose rows are contiguous.
    private let index: [String: EntryRange]
    /// Rows of forms that reappear after other forms (a handful in 3.83).
    private let scatteredRows: [String: [Int32]]

    struct EntryRange {
        var start: Int32
        var count: Int32
    }

    /// Number of (form, lemma, part of speech) rows.
    public var entryCount: Int { entries.count }

    /// Number of distinct forms.
    public var formCount: Int { index.count }

    /// Loads Lexique from `resources`.
    public convenience init(resources: ResourceDirectory) throws {
        try self.init(contentsOf: resources.lexicon(Self.relativePath))
    }

    /// Loads the tab-separated table with the columns of
    /// `lexique383_selected.tsv`; columns are found by their header names.
    /// - Throws: `LexiconError.fileNotFound`, or `.malformedLine` naming the
    ///   line when a required column is missing or a number does not parse.
    /// - Complexity: O(n) in the file size.
    public init(contentsOf url: URL) throws {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw LexiconError.fileNotFound(
                path: url.path, hint: "the checkout's lexicons/lexique383/ folder is incomplete")
        }
        let parsed = try data.withUnsafeBytes { buffer in
            try LexiqueParser(bytes: buffer.bindMemory(to: UInt8.self), path: url.path).parse()
        }
        entries = parsed.entries
        var index: [String: EntryRange] = [:]
        var scattered: [String: [Int32]] = [:]
        index.reserveCapacity(parsed.forms.count)
        var previous: String? = nil
        for (row, form) in parsed.forms.enumerated() {
            if form == previous {
                index[form]!.count += 1
            } else if index[form] != nil {
                scattered[form, default: []].append(Int32(row))
            } else {
                index[form] = EntryRange(start: Int32(row), count: 1)
            }
            previous = form
        }
        self.index = index
        scatteredRows = scattered
    }

    /// Every analysis of exactly `form` (case and accents matter).
    // TODO: each call copies the entries, with a retain per field. The
    // agreement rules call it several times per word, so this copy keeps the
    // orthographe checks under 500,000 words/s. Return a slice or memoize
    // per sentence.
    public func entries(for form: String) -> [LexicalEntry] {
        var result: [LexicalEntry] = []
        if let range = index[form] {
            result = Array(entries[Int(range.start)..<Int(range.start + range.count)])
        }
        if let rows = scatteredRows[form] {
            result += rows.map { entries[Int($0)] }
        }
        return result
    }

    /// Calls `body` with every (form, analysis) row, forms in no set order.
    /// - Complexity: O(n) in the number of rows.
    public func forEachEntry(_ body: (_ form: String, _ entry: LexicalEntry) throws -> Void) rethrows {
        for (form, range) in index {
            for row in Int(range.start)..<Int(range.start + range.count) {
                try body(form, entries[row])
            }
        }
        for (form, rows) in scatteredRows {
            for row in rows { try body(form, entries[Int(row)]) }
        }
    }

    /// Returns whether Lexique lists `form` exactly.
    public func contains(_ form: String) -> Bool {
        index[form] != nil
    }

    /// Analyses of `word` as written, or of its lowercase form when the
    /// written form is unknown (« Le » at a sentence start).
    public func lookup(_ word: String) -> [LexicalEntry] {
        let exact = entries(for: word)
        if !exact.isEmpty { return exact }
        let lowered = word.lowercased()
        return lowered == word ? [] : entries(for: lowered)
    }

    /// The highest form frequency among the analyses of `word`, in
    /// occurrences per million words, or nil when Lexique does not list it.
    public func frequency(of word: String) -> Double? {
        lookup(word).map(\.formFrequency).max()
    }
}
