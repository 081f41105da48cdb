import Foundation
import Lexicon
import Plume
import TextAnalysis

/// Start-up time of the whole analyser: Lexique, Hunspell and the French
/// lists, loaded as `Analyzer()` does at the start of every command, and
/// the resources it loads in the background afterwards.
enum StartupBenchmark: Benchmark {
    static let name = "startup"
    static let summary = "Analyser start-up time (Lexique and dictionary included)."

    static func run(arguments: [String]) throws {
        let runs = 7
        var lexique: [Double] = []
        var hunspell: [Double] = []
        var analyzer: [Double] = []
        var thesaurus: [Double] = []
        var documentFrequencies: [Double] = []
        var deferred: [Double] = []
        var suggestionIndex: [Double] = []
        let directory = try ResourceDirectory.locate()
        let idfTable = directory.lexicon(DocumentFrequencyTable.relativePath)
        for _ in 0..<runs {
            var loaded: Lexique?
            lexique.append(try Measure.seconds { loaded = try Lexique(resources: directory) })
            if let loaded {
                suggestionIndex.append(Measure.seconds { _ = SpellingIndex(lexique: loaded) })
            }
            hunspell.append(try Measure.seconds { _ = try SpellChecker() })
            thesaurus.append(try Measure.seconds { _ = try Thesaurus() })
            documentFrequencies.append(
                try Measure.seconds { _ = try DocumentFrequencyTable(contentsOf: idfTable) })
            var created: Analyzer?
            analyzer.append(try Measure.seconds { created = try Analyzer() })
            // The thesaurus and the IDF table load in the background after
            // start-up; waiting for them keeps that load out of the next run.
            deferred.append(try Measure.seconds { try created?.resources.loadDeferredResources() })
        }
        print("### Start-up (\(runs) runs, milliseconds)\n")
        print("| part | min | median | max |")
        print("|---|---|---|---|")
        for (label, values) in [
            ("Lexique 3.83 alone", lexique), ("Hunspell fr alone", hunspell),
            ("mythes-fr thesaurus alone", thesaurus),
            ("document-frequency table alone", documentFrequencies),
            ("spelling-suggestion index alone (deferred)", suggestionIndex),
            ("whole analyser (parallel load)", analyzer),
            ("wait for the deferred loads after start-up", deferred),
        ] {
            let row = [0.0, 0.5, 1.0].map {
                String(format: "%.0f", Measure.quantile(values, $0) * 1000)
            }
            print("| \(label) | \(row.joined(separator: " | ")) |")
        }
        print("\nPeak memory: \(String(format: "%.0f", Measure.peakMemoryMiB)) MiB\n")
    }
}
