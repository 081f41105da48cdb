import WritingModel

/// Accuracy of a tagger on gold CoNLL-U sentences.
///
/// Scores are fractions of the gold syntactic words. A token whose
/// predicted split differs from the gold one (« des » read as an article
/// where the treebank has « de » + « les ») counts all its gold words as
/// wrong. `ufeats` compares the universal features only, as the CoNLL 2018
/// shared task evaluation script does; `allFeatures` compares the whole
/// FEATS column. Lemmas are compared exactly, case included.
public struct TaggerEvaluation: Codable, Sendable {
    /// Gold syntactic words scored.
    public var words: Int
    /// Gold surface tokens.
    public var tokens: Int
    /// Fraction of words with the right UPOS.
    public var upos: Double
    /// Fraction with the right universal features.
    public var ufeats: Double
    /// Fraction with the right FEATS column, every feature included.
    public var allFeatures: Double
    /// Fraction with the right lemma.
    public var lemma: Double
    /// Fraction of tokens split into the right number of words.
    public var contractionSplits: Double
    /// Accuracy of single features (Gender, Number, Person, Tense, Mood,
    /// VerbForm): the predicted value, or its absence, matches the gold one.
    public var featureAccuracy: [String: Double]
    /// UPOS confusion: gold tag → predicted tag → count, errors only;
    /// `split` stands for a word lost to a wrong contraction split.
    public var confusion: [String: [String: Int]]

    /// Features the CoNLL 2018 evaluation script counts as universal.
    public static let universalFeatures: Set<String> = [
        "PronType", "NumType", "Poss", "Reflex", "Foreign", "Abbr", "Gender", "Animacy",
        "Number", "Case", "Definite", "Degree", "VerbForm", "Mood", "Tense", "Aspect", "Voice",
        "Evident", "Polarity", "Person", "Polite",
    ]

    /// Features reported one by one.
    public static let reportedFeatures = [
        "Gender", "Number", "Person", "Tense", "Mood", "VerbForm",
    ]
}

/// Counts behind a `TaggerEvaluation`.
public struct TaggerScorer: Sendable {
    private var words = 0
    private var tokens = 0
    private var rightTags = 0
    private var rightUniversal = 0
    private var rightAll = 0
    private var rightLemmas = 0
    private var rightSplits = 0
    private var rightFeatures: [String: Int] = [:]
    private var confusion: [String: [String: Int]] = [:]

    /// Creates an empty scorer.
    public init() {}

    /// Adds one sentence: `predicted` holds the words tagged from its
    /// tokens, with `tokenIndex` pointing into `gold.tokens`.
    public mutating func add(gold: AnnotatedSentence, predicted: [TaggedWord]) {
        var byToken = [[TaggedWord]](repeating: [], count: gold.tokens.count)
        for word in predicted where word.tokenIndex < byToken.count {
            byToken[word.tokenIndex].append(word)
        }
        for (index, token) in gold.tokens.enumerated() {
            tokens += 1
            let goldWords = gold.words[token.words]
            words += goldWords.count
            guard byToken[index].count == goldWords.count else {
                for word in goldWords {
                    confusion[word.partOfSpeech.name, default: [:]]["split", default: 0] += 1
                }
                continue
            }
            rightSplits += 1
            for (goldWord, word) in zip(goldWords, byToken[index]) { compare(goldWord, word) }
        }
    }

    private mutating func compare(_ gold: AnnotatedWord, _ word: TaggedWord) {
        if gold.partOfSpeech == word.partOfSpeech {
            rightTags += 1
        } else {
            confusion[gold.partOfSpeech.name, default: [:]][word.partOfSpeech.name, default: 0] += 1
        }
        let universal = TaggerEvaluation.universalFeatures
        if gold.features.filtered(universal.contains) == word.features.filtered(universal.contains)
        {
            rightUniversal += 1
        }
        if gold.features == word.features { rightAll += 1 }
        if gold.lemma == word.lemma { rightLemmas += 1 }
        for name in TaggerEvaluation.reportedFeatures
        where gold.features[name] == word.features[name] {
            rightFeatures[name, default: 0] += 1
        }
    }

    /// The accuracies so far.
    public var result: TaggerEvaluation {
        let total = Double(max(words, 1))
        return TaggerEvaluation(
            words: words, tokens: tokens, upos: Double(rightTags) / total,
            ufeats: Double(rightUniversal) / total, allFeatures: Double(rightAll) / total,
            lemma: Double(rightLemmas) / total,
            contractionSplits: Double(rightSplits) / Double(max(tokens, 1)),
            featureAccuracy: Dictionary(
                uniqueKeysWithValues: TaggerEvaluation.reportedFeatures.map {
                    ($0, Double(rightFeatures[$0] ?? 0) / total)
                }),
            confusion: confusion)
    }
}

extension FrenchTagger {
    /// Tags the tokens of gold sentences and scores the result.
    /// - Complexity: O(n) in the number of words.
    public func evaluate(on sentences: [AnnotatedSentence]) -> TaggerEvaluation {
        var scorer = TaggerScorer()
        for sentence in sentences {
            scorer.add(gold: sentence, predicted: tag(sentence.plumeTokens()[...]))
        }
        return scorer.result
    }
}

extension AnnotatedSentence {
    /// The sentence's tokens as Plume tokens, with spans into `text`.
    public func plumeTokens() -> [Token] {
        var offset = 0
        return tokens.map { token in
            let length = token.form.utf16.count
            let span = TextSpan(start: offset, end: offset + length)
            offset += length + (token.isFollowedBySpace ? 1 : 0)
            let kind: TokenKind
            if token.form.allSatisfy(\.isNumber) {
                kind = .number
            } else if token.form.contains(where: \.isLetter) {
                kind = .word
            } else {
                kind = .punctuation
            }
            return Token(
                text: token.form, span: span, kind: kind, isElided: token.form.hasSuffix("'"),
                isFollowedBySpace: token.isFollowedBySpace)
        }
    }
}
