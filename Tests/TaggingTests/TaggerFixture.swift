import Foundation
import Tagging
import WritingModel
import _TestSupport

/// The shipped tagger model, loaded once per test process.
enum TaggerFixture {
    static let tagger: FrenchTagger = {
        do {
            return try FrenchTagger(resources: Fixtures.resources)
        } catch {
            fatalError("tests need lexicons/tagger/french-tagger.bin: \(error)")
        }
    }()

    /// Tokenizes `text` with Plume's pipeline and tags it as one sentence.
    static func tag(_ text: String) throws -> [TaggedWord] {
        let tokens = try Fixtures.pipeline.tokens(of: text)
        return tagger.tag(tokens[...])
    }

    /// The first tagged word whose form is `form`.
    static func word(_ form: String, in text: String) throws -> TaggedWord? {
        try tag(text).first { $0.form == form }
    }

    /// A treebank file under `corpora/treebanks/`.
    static func treebank(_ name: String) throws -> [AnnotatedSentence] {
        try CoNLLUReader.read(
            contentsOf: Fixtures.repositoryRoot.appendingPathComponent("corpora/treebanks/\(name)"))
    }
}
