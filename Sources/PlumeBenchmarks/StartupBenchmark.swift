import Foundation
import Lexicon
import Plume

/// Start-up time of the whole analyser: Lexique, Hunspell and the French
/// lists, loaded as `Analyzer()` does at the start of every command.
enum StartupBenchmark: Benchmark {
    static let name = "startup"
    static let summary = "Analyser start-up time (Lexique and dictionary included)."

    static func run(arguments: [String]) throws {
        let runs = 7
        var lexique: [Double] = []
        var hunspell: [Double] = []
        var analyzer: [Double] = []
        let directory = try ResourceDirectory.locate()
        for _ in 0..<runs {
            lexique.append(try Measure.seconds { _ = try Lexique(resources: directory) })
            hunspell.append(try Measure.seconds { _ = try SpellChecker() })
            analyzer.append(try Measure.seconds { _ = try Analyzer() })
        }
        print("### Start-up (\(runs) runs, milliseconds)\n")
        print("| part | min | median | max |")
        print("|---|---|---|---|")
        for (label, values) in [
            ("Lexique 3.83 alone", lexique), ("Hunspell fr alone", hunspell),
            ("whole analyser (parallel load)", analyzer),
        ] {
            let row = [0.0, 0.5, 1.0].map { String(format: "%.0f", Measure.quantile(values, $0) * 1000) }
            print("| \(label) | \(row.joined(separator: " | ")) |")
        }
        print("\nPeak memory: \(String(format: "%.0f", Measure.peakMemoryMiB)) MiB\n")
    }
}
