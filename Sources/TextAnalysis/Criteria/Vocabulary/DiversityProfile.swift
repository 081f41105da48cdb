import WritingModel

/// The six lexical diversity measures of one word list, computed together.
public struct DiversityProfile: Sendable, Hashable {
    /// Number of words.
    public var tokens: Int
    /// Number of distinct words.
    public var types: Int
    /// Type-token ratio.
    public var typeTokenRatio: Double?
    /// Guiraud's root type-token ratio.
    public var rootTypeTokenRatio: Double?
    /// MTLD with the 0.72 threshold.
    public var mtld: Double?
    /// HD-D with 42 draws.
    public var hdd: Double?
    /// Moving-average TTR with a 50-word window.
    public var mattr: Double?
    /// Yule's K.
    public var yulesK: Double?

    /// MTLD's factor threshold: McCarthy & Jarvis 2010 chose 0.72.
    public static let mtldThreshold = 0.72
    /// HD-D's sample size: McCarthy & Jarvis 2007 use 42 tokens.
    public static let hddDraws = 42
    /// MATTR's window: 50 words, as Covington & McFall 2010 and the
    /// lexical-diversity literature on short learner texts commonly use.
    public static let mattrWindow = 50

    /// Computes every measure of `words`.
    /// - Complexity: O(n).
    public init<Word: Hashable>(_ words: [Word]) {
        // Each measure hashes every word again; hashing small integers
        // instead of strings makes a novel's profile several times faster.
        var identifiers: [Word: Int] = [:]
        let numbered = words.map { word in
            if let known = identifiers[word] { return known }
            identifiers[word] = identifiers.count
            return identifiers.count - 1
        }
        tokens = numbered.count
        types = identifiers.count
        typeTokenRatio = LexicalDiversity.typeTokenRatio(numbered)
        rootTypeTokenRatio = LexicalDiversity.rootTypeTokenRatio(numbered)
        mtld = LexicalDiversity.mtld(numbered, threshold: Self.mtldThreshold)
        hdd = LexicalDiversity.hdd(numbered, draws: Self.hddDraws)
        mattr = LexicalDiversity.movingAverageTypeTokenRatio(numbered, window: Self.mattrWindow)
        yulesK = LexicalDiversity.yulesK(numbered)
    }

    /// The measures under stable keys, each prefixed with `prefix`
    /// (« lemma_ » gives `lemma_mtld`); undefined values stay `null`.
    public func measures(prefix: String = "") -> [String: MeasureValue] {
        [
            "\(prefix)type_token_ratio": .number(typeTokenRatio),
            "\(prefix)root_type_token_ratio": .number(rootTypeTokenRatio),
            "\(prefix)mtld": .number(mtld),
            "\(prefix)hdd": .number(hdd),
            "\(prefix)mattr": .number(mattr),
            "\(prefix)yules_k": .number(yulesK),
        ]
    }
}
