import Foundation
import Lexicon
import TextAnalysis

/// Real resources shared by the test suites, loaded once per test process:
/// the checkout's Lexique and word lists, and Debian's French dictionary.
public enum Fixtures {
    /// The checkout's resource folder.
    public static let resources: ResourceDirectory = {
        do {
            return try ResourceDirectory.locate()
        } catch {
            fatalError("tests need the checkout's lexicons/ folder: \(error)")
        }
    }()

    /// Lexique 3.83 from `lexicons/`.
    public static let lexique: Lexique = load { try Lexique(resources: resources) }

    /// The French tokenizer rules.
    public static let rules: FrenchTokenizerRules = load {
        try FrenchTokenizerRules(resources: resources, lexique: lexique)
    }

    /// Tokenizer and segmenter.
    public static let pipeline: TextPipeline = load { try TextPipeline(rules: rules) }

    /// Hunspell with the installed French dictionary.
    public static let spellChecker: SpellChecker = load { try SpellChecker() }

    /// The repository root, where `corpora/` lives.
    public static var repositoryRoot: URL { resources.root }

    /// Contents of a file under `corpora/`.
    public static func corpusText(_ relativePath: String) -> String {
        let url = repositoryRoot.appendingPathComponent("corpora").appendingPathComponent(
            relativePath)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            fatalError("corpus file \(url.path) is missing or not UTF-8")
        }
        return text
    }

    private static func load<T>(_ body: () throws -> T) -> T {
        do {
            return try body()
        } catch {
            fatalError("test fixture failed to load: \(error)")
        }
    }
}
