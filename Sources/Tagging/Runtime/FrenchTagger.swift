import Foundation
import Lexicon
import WritingModel

/// Part-of-speech tagger, lemmatizer and morphological analyser for French.
///
/// Takes Plume's tokens (« l' », « du », « -t-il ») one sentence at a time
/// and returns one `TaggedWord` per syntactic word: contractions such as
/// « du », « au », « aux », « des » and « auquel » are split as Universal
/// Dependencies splits them, and their words share the token's span.
/// Safe to share between threads: each thread borrows its own workspace.
public final class FrenchTagger: Sendable {
    /// The trained model.
    public let model: TaggerModel
    let scorer: MorphScorer
    let dense: DenseContextWeights
    private let workspaces: ObjectPool<TaggingWorkspaceBox>

    /// Creates a tagger with `model`.
    public init(model: TaggerModel) {
        self.model = model
        scorer = MorphScorer(bundles: model.bundles).withRankWeights(of: model)
        dense = DenseContextWeights(weights: model.tokenWeights, width: model.classCount)
        workspaces = ObjectPool { TaggingWorkspaceBox(model: model) }
    }

    /// Loads the shipped model from `resources` (`lexicons/tagger/`).
    /// - Throws: `TaggingError` when the model is missing, from another
    ///   version or corrupt.
    public convenience init(resources: ResourceDirectory) throws {
        try self.init(
            model: TaggerModel.load(contentsOf: resources.lexicon(TaggerModel.relativePath)))
    }

    /// Tags one sentence.
    /// - Complexity: O(n) in the number of tokens.
    public func tag(_ sentence: ArraySlice<Token>) -> [TaggedWord] {
        withWorkspace { tag(sentence, in: &$0) }
    }

    /// Tags each sentence of a text, given as ranges of `tokens`.
    /// - Complexity: O(n) in the number of tokens.
    public func tag(_ tokens: [Token], sentences: [Range<Int>]) -> [[TaggedWord]] {
        withWorkspace { workspace in sentences.map { tag(tokens[$0], in: &workspace) } }
    }

    private func withWorkspace<T>(_ body: (inout TaggingWorkspace) -> T) -> T {
        do {
            return try workspaces.withResource { box in body(&box.workspace) }
        } catch {
            // The pool's factory cannot throw; a fresh workspace is a safe fallback.
            var workspace = TaggingWorkspace(model: model)
            return body(&workspace)
        }
    }

    private func tag(
        _ sentence: ArraySlice<Token>, in workspace: inout TaggingWorkspace
    ) -> [TaggedWord] {
        guard !sentence.isEmpty else { return [] }
        workspace.startSentence()
        workspace.types.removeAll(keepingCapacity: true)
        workspace.vectorOffsets.removeAll(keepingCapacity: true)
        for token in sentence {
            var text = token.text
            let (type, offset) = text.withUTF8 { workspace.prepare($0) }
            workspace.types.append(type)
            workspace.vectorOffsets.append(offset)
        }
        decodeClasses(&workspace)
        return words(of: sentence, &workspace)
    }
}
