import Foundation
import Plume
import TextAnalysis

/// Time of each text criterion on its own, on a short essay and on a novel,
/// once the analyser's caches and deferred resources are warm.
enum CriteriaBenchmark: Benchmark {
    static let name = "criteria"
    static let summary = "Milliseconds per text criterion on an essay and a novel (warm caches)."

    static func run(arguments: [String]) throws {
        let analyzer = try Analyzer()
        try analyzer.resources.loadDeferredResources()
        let root = analyzer.resources.directory.root
        let texts = [
            ("S10-R- essay", "learner/texts/S10-R-.txt", "learner/prompts/S10-R-.txt"),
            ("Madame Bovary", "eltec/FRA01302_Flaubert.txt", nil),
        ]
        let criteria: [any TextCriterion] = [
            OrthographeCriterion(), SyntaxeCriterion(), VocabulaireCriterion(),
            SemantiqueCriterion(),
        ]
        print("### Time per text criterion (median of 5 runs, milliseconds)\n")
        print(
            "| text | words | context | "
                + criteria.map { $0.criterion.rawValue }.joined(separator: " | ") + " |")
        print("|---|---|---|" + String(repeating: "---|", count: criteria.count))
        for (label, path, promptPath) in texts {
            let text = try String(contentsOf: Measure.corpus(path, root: root), encoding: .utf8)
            let prompt = try promptPath.map {
                try String(contentsOf: Measure.corpus($0, root: root), encoding: .utf8)
            }
            _ = try analyzer.analyze(text, prompt: prompt)
            var context: AnalysisContext?
            let contextTime = try median {
                context = AnalysisContext(
                    document: try analyzer.resources.pipeline.document(for: text),
                    prompt: try prompt.map { try analyzer.resources.pipeline.document(for: $0) },
                    resources: analyzer.resources)
            }
            guard let context else { continue }
            let times = try criteria.map { criterion in
                try median { _ = criterion.evaluate(context) }
            }
            let cells = ([contextTime] + times).map { String(format: "%.1f", $0 * 1000) }
            print(
                "| \(label) | \(context.document.wordCount) | \(cells.joined(separator: " | ")) |")
        }
        print()
    }

    static func median(_ body: () throws -> Void) throws -> Double {
        var runs: [Double] = []
        for _ in 0..<5 {
            runs.append(try Measure.seconds(body))
        }
        return Measure.quantile(runs, 0.5)
    }
}
