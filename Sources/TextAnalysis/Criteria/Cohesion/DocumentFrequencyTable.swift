import Foundation
import Lexicon

/// In how many documents of a reference corpus each lemma appears, for
/// inverse document frequency (IDF) weights: a lemma found everywhere
/// (« homme », « jour ») tells less about a text's topic than a rare one
/// (« vitesse », « clonage »).
///
/// File format (`lexicons/fr/document-frequencies.tsv`): `#` comments, a
/// `@documents<TAB>N` row with the number of documents, then
/// `lemma<TAB>documents containing it` rows. `plume document-frequencies`
/// writes it.
public struct DocumentFrequencyTable: Sendable {
    /// Relative path of the shipped table under `lexicons/`.
    public static let relativePath = "fr/document-frequencies.tsv"
    /// Key of the row that contains the number of documents.
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

    /// Reads a table from `url`. Parsed from bytes rather than through
    /// `WordList`, which is several times slower on its 10,000 rows.
    /// - Throws: `LexiconError.fileNotFound`, or `.malformedLine` for a row
    ///   that is not `lemma<TAB>count` with a non-negative count, or when
    ///   the `@documents` row is missing.
    public init(contentsOf url: URL) throws {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw LexiconError.fileNotFound(
                path: url.path,
                hint: "rebuild it with `plume document-frequencies corpora/eltec --out \(url.path)`"
            )
        }
        var documentCount: Int?
        var frequencies: [String: Int] = [:]
        frequencies.reserveCapacity(16_384)
        var lineNumber = 0
        for rawLine in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.last == 0x0D ? rawLine.dropLast() : rawLine
            guard let first = line.first, first != UInt8(ascii: "#") else { continue }
            guard let tab = line.firstIndex(of: 0x09),
                let count = Int(String(decoding: line[(tab + 1)...], as: UTF8.self)), count >= 0
            else {
                throw LexiconError.malformedLine(
                    path: url.path, line: lineNumber,
                    reason: "expected lemma<TAB>document count")
            }
            let key = String(decoding: line[..<tab], as: UTF8.self)
            if key == Self.documentCountKey {
                documentCount = count
            } else {
                frequencies[key] = count
            }
        }
        guard let documentCount, documentCount > 0 else {
            throw LexiconError.malformedLine(
                path: url.path, line: 0,
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

    /// Returns the table in its file format, lemmas sorted by decreasing
    /// count then alphabetically, after `header` lines written as `#`
    /// comments.
    public func rendered(header: [String]) -> String {
        var text = header.map { "# \($0)\n" }.joined()
        text += "\(Self.documentCountKey)\t\(documentCount)\n"
        for (lemma, count) in frequencies.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
            text += "\(lemma)\t\(count)\n"
        }
        return text
    }
}
