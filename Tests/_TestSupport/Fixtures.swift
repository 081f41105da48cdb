import Foundation
import Lexicon
import Plume
import TextAnalysis

/// Real resources shared by the test suites, loaded once per test process:
/// the checkout's Lexique and word lists, and Debian's French dictionary.
public enum Fixtures {
    /// The analyser with the checkout's resources and the installed dictionary.
    public static let analyzer: Analyzer = {
        do {
            return try Analyzer()
        } catch {
            fatalError("tests need the checkout's lexicons/ and hunspell-fr-comprehensive: \(error)")
        }
    }()

    /// The checkout's resource folder.
    public static var resources: ResourceDirectory { analyzer.resources.directory }

    /// Lexique 3.83 from `lexicons/`.
    public static var lexique: Lexique { analyzer.resources.lexique }

    /// The French tokenizer rules.
    public static var rules: FrenchTokenizerRules { analyzer.resources.pipeline.rules }

    /// Tokenizer and segmenter.
    public static var pipeline: TextPipeline { analyzer.resources.pipeline }

    /// Hunspell with the installed French dictionary.
    public static var spellChecker: SpellChecker { analyzer.resources.spellChecker }

    /// Builds the analysis context of `text`, with `prompt` as its assignment.
    public static func context(_ text: String, prompt: String? = nil) throws -> AnalysisContext {
        let resources = analyzer.resources
        return AnalysisContext(
            document: try resources.pipeline.document(for: text),
            prompt: try prompt.map { try resources.pipeline.document(for: $0) },
            resources: resources)
    }

    /// The repository root, where `corpora/` lives.
    public static var repositoryRoot: URL { resources.root }

    /// URL of a file under `corpora/`.
    public static func corpusURL(_ relativePath: String) -> URL {
        repositoryRoot.appendingPathComponent("corpora").appendingPathComponent(relativePath)
    }

    /// Contents of a file under `corpora/`.
    public static func corpusText(_ relativePath: String) -> String {
        let url = corpusURL(relativePath)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            fatalError("corpus file \(url.path) is missing or not UTF-8")
        }
        return text
    }

    /// A new empty temporary folder, removed by the caller or at reboot.
    public static func temporaryDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "plume-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
