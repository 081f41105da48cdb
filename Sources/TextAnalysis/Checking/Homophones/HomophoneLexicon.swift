import Lexicon

/// The word classes the homophone and verb-form rules look for, read from
/// `lexicons/fr/checking/homophones.tsv` (« avoir-a » → « a »,
/// « subject-clitic » → « il », « elle », « on »…), so that rule types hold
/// logic only.
struct HomophoneLexicon: Sendable {
    /// Path of the table inside `lexicons/`.
    static let relativePath = "fr/checking/homophones.tsv"

    private let classes: [String: [String]]
    private let path: String

    /// Reads the table.
    /// - Throws: `LexiconError` when the file is missing or a row lacks its
    ///   word.
    init(directory: ResourceDirectory) throws {
        let list = try WordList(Self.relativePath, in: directory)
        var classes: [String: [String]] = [:]
        for row in try list.rows(withAtLeast: 2) {
            classes[row.fields[0], default: []].append(row.fields[1].lowercased())
        }
        self.classes = classes
        path = list.path
    }

    /// The words of class `name`.
    /// - Throws: `LexiconError.malformedLine` when the table has no row of
    ///   that class, so a renamed class fails at start-up, not silently.
    func words(_ name: String) throws -> FoldedWordSet {
        FoldedWordSet(try list(name))
    }

    /// The words of class `name`, in file order.
    /// - Throws: `LexiconError.malformedLine` when the class has no row.
    func list(_ name: String) throws -> [String] {
        guard let words = classes[name], !words.isEmpty else {
            throw LexiconError.malformedLine(
                path: path, line: 0,
                reason: "no row of class \(name); add lines `\(name)<TAB>word`")
        }
        return words
    }
}
