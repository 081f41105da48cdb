import Lexicon
import WritingModel

/// Logical connectives (« en effet », « c'est pourquoi ») and their
/// functions, matched on token sequences.
public struct ConnectiveLexicon: Sendable {
    /// Relative path of the list under `lexicons/`.
    public static let relativePath = "fr/connectives.tsv"

    /// One connective found in a text.
    public struct Match: Sendable, Hashable {
        /// The connective as listed (« parce que »).
        public var connective: String
        /// Its function (« cause », « opposition »…).
        public var function: String
        /// Indices of its tokens in the document.
        public var tokenRange: Range<Int>
    }

    /// Lowercased token sequences → (connective, function), grouped by
    /// first token for matching.
    private var byFirstToken: [String: [(tokens: [String], connective: String, function: String)]]

    /// Every function named in the list, sorted.
    public let functions: [String]

    /// Reads the list and splits each connective with `pipeline`'s tokenizer,
    /// so that « c'est pourquoi » matches the tokens « c' » « est » « pourquoi ».
    /// - Throws: `LexiconError.malformedLine` for a row without a function.
    public init(list: WordList, pipeline: TextPipeline) throws {
        var byFirstToken: [String: [(tokens: [String], connective: String, function: String)]] =
            [:]
        var functions = Set<String>()
        for row in try list.rows(withAtLeast: 2) {
            let tokens = try pipeline.tokens(of: row.fields[0]).map { $0.text.lowercased() }
            guard let first = tokens.first else { continue }
            byFirstToken[first, default: []].append((tokens, row.fields[0], row.fields[1]))
            functions.insert(row.fields[1])
        }
        // Longest first, so « parce que » wins over a one-word entry.
        for key in byFirstToken.keys {
            byFirstToken[key]!.sort { $0.tokens.count > $1.tokens.count }
        }
        self.byFirstToken = byFirstToken
        self.functions = functions.sorted()
    }

    /// Connectives in `tokens`, left to right, without overlaps.
    /// - Complexity: O(n) in the number of tokens.
    public func matches(in tokens: [Token]) -> [Match] {
        var result: [Match] = []
        var index = 0
        let lowered = tokens.map { $0.text.lowercased() }
        while index < tokens.count {
            guard let candidates = byFirstToken[lowered[index]],
                let found = candidates.first(where: { candidate in
                    index + candidate.tokens.count <= tokens.count
                        && Array(lowered[index..<index + candidate.tokens.count])
                            == candidate.tokens
                })
            else {
                index += 1
                continue
            }
            let range = index..<index + found.tokens.count
            result.append(Match(connective: found.connective, function: found.function, tokenRange: range))
            index = range.upperBound
        }
        return result
    }
}
