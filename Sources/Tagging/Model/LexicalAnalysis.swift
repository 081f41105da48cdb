/// One way to read a word form, from the treebanks or from Lexique: a part
/// of speech, a feature bundle and a lemma.
struct LexicalAnalysis: Hashable, Sendable {
    /// Part of speech.
    var partOfSpeech: UniversalPOS
    /// Whether the analysis was seen in the training treebanks (otherwise it
    /// comes from Lexique).
    var isFromTreebank: Bool
    /// Index in the model's bundle table.
    var bundle: UInt16
    /// Index in the model's lemma table, or -1 for « the form as written ».
    var lemma: Int32
    /// Occurrences in the treebanks, or Lexique's frequency per million.
    var weight: Float
}

/// How a contraction splits: the words of « du » read as « de » + « le ».
struct Expansion: Hashable, Sendable {
    /// One word of the contraction.
    struct Part: Hashable, Sendable {
        var form: String
        var lemma: Int32
        var partOfSpeech: UniversalPOS
        var bundle: UInt16
    }

    /// Form id of the contracted token.
    var form: Int32
    /// Token class that the contraction was tagged with.
    var tokenClass: UInt8
    /// Its words in order.
    var parts: [Part]

    /// Lookup key of a (form, class) pair.
    static func key(form: Int32, tokenClass: UInt8) -> UInt64 {
        UInt64(UInt32(bitPattern: form)) << 8 | UInt64(tokenClass)
    }
}

/// Guesses for words the lexicons do not list, by part of speech and final
/// letters: likely feature bundles and the most frequent lemma rule.
struct SuffixGuess: Hashable, Sendable {
    /// Bundle ids with their weights, most likely first.
    var bundles: [(UInt16, Float)]
    /// Index of the lemma rule.
    var rule: Int32

    static func == (lhs: SuffixGuess, rhs: SuffixGuess) -> Bool {
        lhs.rule == rhs.rule && lhs.bundles.map(\.0) == rhs.bundles.map(\.0)
            && lhs.bundles.map(\.1) == rhs.bundles.map(\.1)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(rule)
        for (bundle, _) in bundles { hasher.combine(bundle) }
    }

    /// Lookup key of a part of speech and a suffix of the folded form.
    static func key(_ partOfSpeech: UniversalPOS, suffixHash: UInt64) -> UInt64 {
        FeatureKey.make(901, UInt64(partOfSpeech.rawValue), suffixHash)
    }
}
