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
        /// Tags from the list's third column (`announces-conclusion`).
        public var tags: Set<String> = []
    }

    private struct Entry {
        var tokens: [String]
        var connective: String
        var function: String
        var tags: Set<String>
    }

    /// Entries grouped by lowercased first token for matching.
    private var byFirstToken: [String: [Entry]]
    /// Connectives of each function, in file order.
    private let byFunction: [String: [String]]

    /// Every function named in the list, sorted.
    public let functions: [String]

    /// Tag of connectives that announce a conclusion (« en conclusion »).
    public static let announcesConclusion = "announces-conclusion"

    /// Reads the list and splits each connective with `pipeline`'s tokenizer,
    /// so that « c'est pourquoi » matches the tokens « c' » « est » « pourquoi ».
    /// - Throws: `LexiconError.malformedLine` for a row without a function.
    public init(list: WordList, pipeline: TextPipeline) throws {
        var byFirstToken: [String: [Entry]] = [:]
        var byFunction: [String: [String]] = [:]
        for row in try list.rows(withAtLeast: 2) {
            let tokens = try pipeline.tokens(of: row.fields[0]).map { $0.text.lowercased() }
            guard let first = tokens.first else { continue }
            let tags =
                row.fields.count > 2
                ? Set(
                    row.fields[2].split(separator: ",").map {
                        String($0.filter { !$0.isWhitespace })
                    }) : []
            byFirstToken[first, default: []].append(
                Entry(
                    tokens: tokens, connective: row.fields[0], function: row.fields[1], tags: tags))
            byFunction[row.fields[1], default: []].append(row.fields[0])
        }
        // Longest first, so « parce que » wins over a one-word entry.
        for key in byFirstToken.keys {
            byFirstToken[key]!.sort { $0.tokens.count > $1.tokens.count }
        }
        self.byFirstToken = byFirstToken
        self.byFunction = byFunction
        functions = byFunction.keys.sorted()
    }

    /// Connectives listed for `function`, in file order.
    public func connectives(for function: String) -> [String] {
        byFunction[function] ?? []
    }

    /// Connectives in `tokens`, left to right, without overlaps.
    /// - Complexity: O(n) in the number of tokens.
    public func matches(in tokens: [Token]) -> [Match] {
        var result: [Match] = []
        var index = 0
        let lowered = tokens.map { $0.text.lowercasedIfNeeded }
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
            result.append(
                Match(
                    connective: found.connective, function: found.function, tokenRange: range,
                    tags: found.tags))
            index = range.upperBound
        }
        return result
    }
}
