import Foundation

/// A thesaurus in the MyThes format that LibreOffice and Debian's
/// `mythes-*` packages ship: Debian's `mythes-fr` installs the French one
/// (LGPL 2.1 or later) as `/usr/share/mythes/thes_fr.idx` and `.dat`.
///
/// Format: both files start with a line naming the encoding. The `.idx`
/// then has the entry count and one `word|byte offset` line per entry. At
/// that offset, the `.dat` has `word|n` followed by n meaning lines
/// `(part of speech)|synonym|synonym…`. Only the index is parsed when the
/// thesaurus loads; an entry is read from the data when it is looked up.
public final class Thesaurus: Sendable {
    /// Path of Debian's French thesaurus, without `.idx`/`.dat`.
    public static let defaultPath = "/usr/share/mythes/thes_fr"

    /// One meaning of an entry: a part-of-speech label and its synonyms.
    public struct Meaning: Sendable, Hashable {
        /// The label between the parentheses, as written (« Nom »,
        /// « Adjectif Nom », « ? »); empty when the line has none.
        public var partOfSpeech: String
        /// Synonyms in file order, as written (some carry notes, such as
        /// « plier(se) », or are several words).
        public var synonyms: [String]
    }

    /// Path without extension.
    public let path: String
    private let data: [UInt8]
    private let offsets: [String: Int]

    /// Number of entries in the index.
    public var entryCount: Int { offsets.count }

    /// Reads the index and the data of the thesaurus at `path` (without
    /// extension).
    /// - Throws: `LexiconError.fileNotFound` when a file is missing, or
    ///   `.malformedLine` for an encoding other than UTF-8 or an index line
    ///   that is not `word|offset`.
    /// - Complexity: O(n) in the size of the index.
    public init(path: String = defaultPath) throws {
        self.path = path
        let indexPath = path + ".idx"
        let dataPath = path + ".dat"
        let index = try Self.read(indexPath)
        data = try Self.read(dataPath)
        try Self.checkEncoding(data, path: dataPath)
        offsets = try Self.parseIndex(index, path: indexPath, dataSize: data.count)
    }

    /// Meanings of `word`, looked up as written and then in lowercase; empty
    /// when the thesaurus has no such entry.
    public func meanings(of word: String) -> [Meaning] {
        guard let offset = offsets[word] ?? offsets[word.lowercased()] else { return [] }
        var lines = LineReader(bytes: data, position: offset)
        guard let head = lines.next(), let bar = head.lastIndex(of: "|"),
            let count = Int(head[head.index(after: bar)...])
        else { return [] }
        var meanings: [Meaning] = []
        for _ in 0..<count {
            guard let line = lines.next() else { break }
            let fields = line.split(separator: "|", omittingEmptySubsequences: false)
            var label = fields.first.map(String.init) ?? ""
            if label.hasPrefix("(") && label.hasSuffix(")") {
                label = String(label.dropFirst().dropLast())
            }
            let synonyms = fields.dropFirst().map(String.init).filter { !$0.isEmpty }
            meanings.append(Meaning(partOfSpeech: label, synonyms: synonyms))
        }
        return meanings
    }

    private static func read(_ path: String) throws -> [UInt8] {
        guard let contents = FileManager.default.contents(atPath: path) else {
            throw LexiconError.fileNotFound(
                path: path,
                hint: "install Debian's French thesaurus with `apt-get install mythes-fr` "
                    + "or pass --thesaurus PATH_WITHOUT_EXTENSION")
        }
        return [UInt8](contents)
    }

    private static func checkEncoding(_ bytes: [UInt8], path: String) throws {
        var lines = LineReader(bytes: bytes, position: 0)
        let encoding = lines.next() ?? ""
        let normalized = encoding.uppercased().filter { $0 != "-" }
        guard normalized == "UTF8" else {
            throw LexiconError.malformedLine(
                path: path, line: 1,
                reason: "thesaurus encoding \"\(encoding)\" is not supported; "
                    + "convert the file to UTF-8 and write UTF-8 on its first line")
        }
    }

    private static func parseIndex(_ bytes: [UInt8], path: String, dataSize: Int) throws
        -> [String: Int]
    {
        try checkEncoding(bytes, path: path)
        var lines = LineReader(bytes: bytes, position: 0)
        _ = lines.next()
        let declared = lines.next().flatMap { Int($0) } ?? 0
        var offsets: [String: Int] = [:]
        offsets.reserveCapacity(declared)
        var lineNumber = 2
        while let line = lines.next() {
            lineNumber += 1
            if line.isEmpty { continue }
            guard let bar = line.lastIndex(of: "|"),
                let offset = Int(line[line.index(after: bar)...]), (0..<dataSize).contains(offset)
            else {
                throw LexiconError.malformedLine(
                    path: path, line: lineNumber,
                    reason: "expected word|offset with an offset inside the .dat file")
            }
            offsets[String(line[..<bar])] = offset
        }
        return offsets
    }
}

/// Reads UTF-8 lines from a byte array, from a position to the end.
private struct LineReader {
    let bytes: [UInt8]
    var position: Int

    mutating func next() -> String? {
        guard position < bytes.count else { return nil }
        let start = position
        var end = start
        while end < bytes.count && bytes[end] != 0x0A {
            end += 1
        }
        position = end + 1
        var lineEnd = end
        if lineEnd > start && bytes[lineEnd - 1] == 0x0D {
            lineEnd -= 1
        }
        return String(decoding: bytes[start..<lineEnd], as: UTF8.self)
    }
}
