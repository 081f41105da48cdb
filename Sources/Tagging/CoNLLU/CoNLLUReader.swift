import Foundation

/// Reads CoNLL-U files (Universal Dependencies format): ten tab-separated
/// columns per word, `# ` comments, a blank line after each sentence.
///
/// Multiword token lines (`3-4 du`) become one `SurfaceToken` over their
/// words; empty nodes (`8.1`) are skipped because they are not in the text.
/// Columns HEAD, DEPREL, DEPS and XPOS are not kept.
public struct CoNLLUReader {
    /// Path shown in error messages.
    public let path: String

    /// Creates a reader whose errors name `path`.
    public init(path: String) {
        self.path = path
    }

    /// Reads the file at `url`.
    /// - Throws: `TaggingError.fileUnreadable`, or `.malformedCoNLLU` naming
    ///   the file and line.
    /// - Complexity: O(n) in the file size.
    public static func read(contentsOf url: URL) throws -> [AnnotatedSentence] {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw TaggingError.fileUnreadable(path: url.path, reason: "no such file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw TaggingError.fileUnreadable(path: url.path, reason: "not valid UTF-8")
        }
        return try CoNLLUReader(path: url.path).sentences(in: text)
    }

    /// Parses CoNLL-U text.
    /// - Throws: `TaggingError.malformedCoNLLU` naming the line.
    public func sentences(in text: String) throws -> [AnnotatedSentence] {
        var builder = SentenceBuilder(path: path)
        var sentences: [AnnotatedSentence] = []
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            if trimmed.allSatisfy(\.isWhitespace) {
                if let sentence = try builder.finish(line: lineNumber) {
                    sentences.append(sentence)
                }
            } else if trimmed.hasPrefix("#") {
                builder.comment(trimmed)
            } else {
                try builder.add(trimmed, line: lineNumber)
            }
        }
        if let sentence = try builder.finish(line: lineNumber) { sentences.append(sentence) }
        return sentences
    }
}

/// Accumulates the lines of one sentence and checks their IDs.
private struct SentenceBuilder {
    let path: String
    var identifier: String?
    var tokens: [SurfaceToken] = []
    var words: [AnnotatedWord] = []
    /// The open multiword token: its form, last word ID and spacing.
    var pendingRange: (form: String, last: Int, spaceAfter: Bool, start: Int)?

    init(path: String) {
        self.path = path
    }

    mutating func comment(_ line: Substring) {
        let body = line.dropFirst().drop { $0 == " " }
        if body.hasPrefix("sent_id"), let equals = body.firstIndex(of: "=") {
            identifier = body[body.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        }
    }

    mutating func add(_ line: Substring, line number: Int) throws {
        let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard columns.count == 10 else {
            throw error(number, "expected 10 tab-separated columns, found \(columns.count)")
        }
        let id = columns[0]
        if id.contains(".") { return }
        if let dash = id.firstIndex(of: "-") {
            try openRange(columns, first: id[..<dash], last: id[id.index(after: dash)...], number)
            return
        }
        guard let wordID = Int(id), wordID == words.count + 1 else {
            throw error(number, "word ID \"\(id)\" should be \(words.count + 1)")
        }
        words.append(try word(columns, number))
        let spaceAfter = !columns[9].split(separator: "|").contains("SpaceAfter=No")
        if let range = pendingRange {
            if wordID == range.last {
                tokens.append(
                    SurfaceToken(
                        form: range.form, words: range.start..<words.count,
                        isFollowedBySpace: range.spaceAfter))
                pendingRange = nil
            }
        } else {
            tokens.append(
                SurfaceToken(
                    form: words[words.count - 1].form, words: (words.count - 1)..<words.count,
                    isFollowedBySpace: spaceAfter))
        }
    }

    private mutating func openRange(
        _ columns: [Substring], first: Substring, last: Substring, _ number: Int
    ) throws {
        guard pendingRange == nil else {
            throw error(number, "multiword token starts inside another one")
        }
        guard let start = Int(first), let end = Int(last), start == words.count + 1, end > start
        else {
            throw error(
                number,
                "multiword token range \"\(columns[0])\" does not start at word \(words.count + 1)")
        }
        guard !columns[1].isEmpty, columns[1] != "_" else {
            throw error(number, "multiword token \"\(columns[0])\" has no form")
        }
        let spaceAfter = !columns[9].split(separator: "|").contains("SpaceAfter=No")
        pendingRange = (String(columns[1]), end, spaceAfter, words.count)
    }

    private func word(_ columns: [Substring], _ number: Int) throws -> AnnotatedWord {
        guard !columns[1].isEmpty else { throw error(number, "empty FORM column") }
        guard let tag = UniversalPOS(name: columns[3]) else {
            throw error(number, "unknown UPOS \"\(columns[3])\"")
        }
        guard let features = MorphFeatures(conllu: columns[5]) else {
            throw error(number, "invalid FEATS \"\(columns[5])\", expected Name=Value|Name=Value")
        }
        return AnnotatedWord(
            form: String(columns[1]), lemma: String(columns[2]), partOfSpeech: tag,
            features: features)
    }

    mutating func finish(line number: Int) throws -> AnnotatedSentence? {
        defer {
            identifier = nil
            tokens = []
            words = []
        }
        if let range = pendingRange {
            throw error(number, "multiword token ending at word \(range.last) is incomplete")
        }
        guard !words.isEmpty else { return nil }
        return AnnotatedSentence(identifier: identifier, tokens: tokens, words: words)
    }

    private func error(_ line: Int, _ reason: String) -> TaggingError {
        .malformedCoNLLU(path: path, line: line, reason: reason)
    }
}
