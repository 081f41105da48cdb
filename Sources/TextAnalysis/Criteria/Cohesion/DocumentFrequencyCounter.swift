/// Counts, over the paragraphs of a corpus, how many paragraphs contain
/// each content lemma: the input of `DocumentFrequencyTable`.
///
/// A document is one paragraph (a non-blank line) of at least
/// `minimumWords` words, so that dialogue lines and titles of novels do
/// not count as documents. Lemmas are those of known content words
/// (nouns, verbs, adjectives, adverbs), as the annotator reads them.
public struct DocumentFrequencyCounter: Sendable {
    /// Shortest paragraph counted, in words.
    public var minimumWords: Int
    /// Documents counted so far.
    public private(set) var documentCount = 0
    /// Documents containing each lemma so far.
    public private(set) var frequencies: [String: Int] = [:]

    /// Creates an empty counter.
    public init(minimumWords: Int = 20) {
        self.minimumWords = minimumWords
    }

    /// Counts the paragraphs of `document`.
    /// - Complexity: O(n) in the number of tokens.
    public mutating func add(_ document: Document, annotations: [WordAnnotation?]) {
        for paragraph in document.paragraphs {
            var lemmas = Set<String>()
            var words = 0
            for sentence in paragraph.sentenceRange {
                for index in document.sentences[sentence].tokenRange
                where document.tokens[index].isWord {
                    words += 1
                    if let annotation = annotations[index], annotation.isKnown,
                        annotation.isContentWord
                    {
                        lemmas.insert(annotation.lemma)
                    }
                }
            }
            guard words >= minimumWords else { continue }
            documentCount += 1
            for lemma in lemmas {
                frequencies[lemma, default: 0] += 1
            }
        }
    }

    /// The table, without lemmas found in fewer than `minimumDocuments`
    /// documents: they would get almost the weight of an unseen lemma.
    public func table(minimumDocuments: Int = 2) -> DocumentFrequencyTable {
        DocumentFrequencyTable(
            documentCount: documentCount,
            frequencies: frequencies.filter { $0.value >= minimumDocuments })
    }
}
