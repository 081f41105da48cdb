import Foundation

/// Lexique 3.83 in memory: every analysis of every French word form.
///
/// Loaded once (about 140,000 rows) and then read-only, so one instance is
/// shared by all threads.
public final class Lexique: Sendable {
    /// Path of the table inside the resource folder's `lexicons/`.
    public static let relativePath = "lexique383/lexique383_selected.tsv"

    /// Rows grouped by form: every form's rows are contiguous.
    private let entries: [LexicalEntry]
    /// Form → first row and row count.
    private let index: [String: EntryRange]

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
        var entries = parsed.entries
        var index: [String: EntryRange] = [:]
        var scattered: [String: [Int32]] = [:]
        index.reserveCapacity(parsed.forms.count)
        for (row, form) in parsed.forms.enumerated() {
            if let range = index[form] {
                // A row right after the form's range extends it; any other
                // row of the form is scattered.
                if range.start + range.count == Int32(row) {
                    index[form]!.count += 1
                } else {
                    scattered[form, default: []].append(Int32(row))
                }
            } else {
                index[form] = EntryRange(start: Int32(row), count: 1)
            }
        }
        // A form whose rows reappear after other forms (none in 3.83, which
        // is sorted, but an edited table may be) gets a contiguous copy of
        // all its rows at the end, so that a lookup is one slice.
        for (form, rows) in scattered.sorted(by: { $0.key < $1.key }) {
            let range = index[form]!
            // A temporary array, so that appending does not copy the table.
            let grouped =
                Array(entries[Int(range.start)..<Int(range.start + range.count)])
                + rows.map { entries[Int($0)] }
            index[form] = EntryRange(start: Int32(entries.count), count: Int32(grouped.count))
            entries.append(contentsOf: grouped)
        }
        self.entries = entries
        self.index = index
    }

    /// Returns every analysis of exactly `form` (case and accents matter),
    /// as a slice of the shared table. The agreement rules look words up
    /// several times each, and a slice copies no row.
    /// - Complexity: O(1) on average.
    public func entries(for form: String) -> LexicalEntries {
        guard let range = index[form] else { return [] }
        return entries[Int(range.start)..<Int(range.start + range.count)]
    }

    /// Calls `body` with every (form, analysis) row, forms in no set order.
    /// - Complexity: O(n) in the number of rows.
    public func forEachEntry(_ body: (_ form: String, _ entry: LexicalEntry) throws -> Void) rethrows {
        for (form, range) in index {
            for row in Int(range.start)..<Int(range.start + range.count) {
                try body(form, entries[row])
            }
        }
    }

    /// Calls `body` once per distinct form with all its analyses, forms in
    /// no set order.
    /// - Complexity: O(n) in the number of forms.
    public func forEachForm(_ body: (_ form: String, _ entries: LexicalEntries) throws -> Void) rethrows {
        for (form, range) in index {
            try body(form, entries[Int(range.start)..<Int(range.start + range.count)])
        }
    }

    /// Returns whether Lexique lists `form` exactly.
    public func contains(_ form: String) -> Bool {
        index[form] != nil
    }

    /// Analyses of `word` as written, or of its lowercase form when the
    /// written form is unknown (« Le » at a sentence start).
    public func lookup(_ word: String) -> LexicalEntries {
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
