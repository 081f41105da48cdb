import Tagging
import TextAnalysis

extension Analyzer {
    /// Tags `text` and returns the analysis as CoNLL-U: one block per sentence,
    /// numbered from 1, with parts of speech, lemmas, features and
    /// contraction splits (see `CoNLLUWriter` for the columns).
    /// - Complexity: O(n) in the length of `text`.
    public func conllu(for text: String) throws -> String {
        let document = try resources.pipeline.document(for: text)
        let tagged = resources.tagger.tag(
            document.tokens, sentences: document.sentences.map(\.tokenRange))
        var output = ""
        for (index, (sentence, words)) in zip(document.sentences, tagged).enumerated() {
            output += CoNLLUWriter.sentence(
                identifier: String(index + 1), text: document.original(sentence.span),
                tokens: document.tokens[...], words: words)
        }
        return output
    }
}
