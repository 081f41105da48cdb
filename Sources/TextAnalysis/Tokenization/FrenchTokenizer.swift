import UnicodeSupport
import WritingModel

/// Splits French text into tokens with exact UTF-16 spans.
///
/// ICU's word boundaries come first; French rules follow, because ICU keeps
/// « l'élève » whole and splits « peut-être » apart: elided clitics are
/// split off unless Lexique lists the whole form (« aujourd'hui »); hyphen
/// chains stay one word unless they end in postverbal pronouns (« a-t-il »
/// → « a » « -t-il »); abbreviation periods stay with their word (« M. »,
/// « etc. »); digit groups separated by a no-break space form one number.
/// Safe to share between threads.
public final class FrenchTokenizer: Sendable {
    /// ICU locale for word boundaries. French has no word tailoring in ICU
    /// 72, so this equals the root rules.
    static let locale = "fr"

    private let rules: FrenchTokenizerRules
    private let breakers: ObjectPool<BreakIterator>

    /// Creates a tokenizer with the given French rules.
    public init(rules: FrenchTokenizerRules) throws {
        self.rules = rules
        let first = try BreakIterator(.word, locale: Self.locale)
        breakers = ObjectPool(initial: [first]) {
            try BreakIterator(.word, locale: FrenchTokenizer.locale)
        }
    }

    /// Tokenizes a whole text.
    /// - Complexity: O(n) in the length of the text.
    public func tokenize(_ view: SegmentationView) throws -> [Token] {
        let boundaries = try breakers.withResource { try $0.boundaries(of: view.units) }
        let raw = RawSegmenter(view: view).segments(from: boundaries)
        var pass = FrenchTokenPass(view: view, rules: rules)
        return try pass.apply(to: raw)
    }

    /// Tokenizes a whole text given as a string.
    public func tokenize(_ text: String) throws -> [Token] {
        try tokenize(SegmentationView(text))
    }
}
