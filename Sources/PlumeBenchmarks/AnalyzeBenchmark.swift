import Foundation
import Lexicon
import Plume

/// Throughput of `Analyzer.analyze` on one thread, in words per second, on
/// the bundled learner texts and on ELTeC novels.
enum AnalyzeBenchmark: Benchmark {
    static let name = "analyze"
    static let summary = "Words per second of analyze on the bundled corpora (one thread)."

    static func run(arguments: [String]) throws {
        let analyzer = try Analyzer()
        let root = analyzer.resources.directory.root
        let learner = try FileManager.default.contentsOfDirectory(
            at: Measure.corpus("learner/texts", root: root), includingPropertiesForKeys: nil
        ).filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
        let novels = ["FRA02701_Maupassant.txt", "FRA01302_Flaubert.txt"].map {
            Measure.corpus("eltec/\($0)", root: root)
        }
        print("### analyze throughput (one thread)\n")
        print("| corpus | words | first pass s | words/s | second pass s | words/s |")
        print("|---|---|---|---|---|---|")
        try report("learner texts (6)", files: learner, analyzer: analyzer)
        for novel in novels {
            try report(novel.lastPathComponent, files: [novel], analyzer: analyzer)
        }
        print(
            "\nThe first pass pays for Hunspell suggestions of each new unknown word; the "
                + "second finds them cached, as a long-running server does.\n")
        print("Peak memory: \(String(format: "%.0f", Measure.peakMemoryMiB)) MiB\n")
    }

    static func report(_ label: String, files: [URL], analyzer: Analyzer) throws {
        let texts = try files.map { try String(contentsOf: $0, encoding: .utf8) }
        var words = 0
        let first = try Measure.seconds {
            for text in texts {
                words += try analyzer.analyze(text).statistics.words
            }
        }
        let second = try Measure.seconds {
            for text in texts {
                _ = try analyzer.analyze(text)
            }
        }
        let rate = { (seconds: Double) in String(format: "%.0f", Double(words) / seconds) }
        print(
            "| \(label) | \(words) | \(String(format: "%.2f", first)) | \(rate(first)) | "
                + "\(String(format: "%.2f", second)) | \(rate(second)) |")
    }
}
