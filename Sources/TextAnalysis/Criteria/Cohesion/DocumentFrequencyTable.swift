import Foundation
import Lexicon

/// In how many documents of a reference corpus each lemma appears, for
/// inverse document frequency (IDF) weights: a lemma found everywhere
/// (« homme », « jour ») says less about a text's topic than a rare one
/// (« vitesse », « clonage »).
///
/// File format (`lexicons/fr/document-frequencies.tsv`): `#` comments, a
/// `@documents<TAB>N` row with the number of documents, then
/// `lemma<TAB>documents containing it` rows. `plume document-frequencies`
/// writes it.
public struct DocumentFrequencyTable: Sendable {
    /// Relative path of the shipped table under `lexicons/`.
    public static let relativePath = "fr/document-frequencies.tsv"
    /// Key of the row that holds the number of documents.
    public static let documentCountKey = "@documents"

    /// Number of documents counted.
    public let documentCount: Int
    /// Documents containing each lemma.
    public let frequencies: [String: Int]

    /// Creates a table from counts.
    public init(documentCount: Int, frequencies: [String: Int]) {
        self.documentCount = documentCount
        self.frequencies = frequencies
    }

    /// Reads a table.
    /// - Throws: `LexiconError.malformedLine` for a row whose count is not
    ///   a non-negative integer, or when the `@documents` row is missing.
    public init(list: WordList) throws {
        var documentCount: Int?
        var frequencies: [String: Int] = [:]
        for row in try list.rows(withAtLeast: 2) {
            guard let count = Int(row.fields[1]), count >= 0 else {
                throw LexiconError.malformedLine(
                    path: list.path, line: row.line,
                    reason: "expected a document count, found \"\(row.fields[1])\"")
            }
            if row.fields[0] == Self.documentCountKey {
                documentCount = count
            } else {
                frequencies[row.fields[0]] = count
            }
        }
        guard let documentCount, documentCount > 0 else {
            throw LexiconError.malformedLine(
                path: list.path, line: 0,
                reason: "missing \(Self.documentCountKey) row with the number of documents")
        }
        self.init(documentCount: documentCount, frequencies: frequencies)
    }

    /// Smoothed inverse document frequency: ln((N + 1) / (df + 1)) + 1, the
    /// form scikit-learn uses, so a lemma absent from the corpus gets the
    /// largest weight and none gets zero.
    public func idf(_ lemma: String) -> Double {
        let documents = Double(frequencies[lemma] ?? 0)
        return log((Double(documentCount) + 1) / (documents + 1)) + 1
    }

    /// The table in its file format, lemmas sorted by decreasing count then
    /// alphabetically, after `header` lines (written as `#` comments).
    public func rendered(header: [String]) -> String {
        var text = header.map { "# \($0)\n" }.joined()
        text += "\(Self.documentCountKey)\t\(documentCount)\n"
        for (lemma, count) in frequencies.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
            text += "\(lemma)\t\(count)\n"
        }
        return text
    }
}
