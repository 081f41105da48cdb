import Foundation
import Lexicon
import Tagging
import TextAnalysis
import WritingModel

/// Tagger benchmark: model load time and tagging throughput on one core,
/// on the tokens of the bundled ELTeC novels (tokenization not timed).
/// Times are the thread's CPU time.
enum TaggerBenchmark: Benchmark {
    static let name = "tagger"
    static let summary = "Tagger model load time and tagging throughput on one core."

    static func run(arguments: [String]) throws {
        let resources = try ResourceDirectory.locate()
        let modelURL = resources.lexicon(TaggerModel.relativePath)
        var model: TaggerModel? = nil
        var loadTimes: [Double] = []
        for _ in 0..<5 {
            loadTimes.append(try measure { model = try TaggerModel.load(contentsOf: modelURL) })
        }
        let tagger = FrenchTagger(model: model!)
        let lexique = try Lexique(resources: resources)
        let pipeline = try TextPipeline(
            rules: FrenchTokenizerRules(resources: resources, lexique: lexique))
        let folder = resources.root.appendingPathComponent("corpora/eltec")
        var documents: [Document] = []
        // PLUME_BENCHMARK_NOVELS limits the novels, for runs under valgrind.
        let limit = ProcessInfo.processInfo.environment["PLUME_BENCHMARK_NOVELS"].flatMap {
            Int($0)
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            .filter { $0.hasSuffix(".txt") }.prefix(limit ?? Int.max)
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            documents.append(try pipeline.document(for: text))
        }
        let tokenCount = documents.reduce(0) { $0 + $1.tokens.count }
        // The first pass fills the per-type weight cache, as a long-running server would.
        var words = 0
        let warmUp = measure { words = tagAll(documents, tagger) }
        var passes: [Double] = []
        for _ in 0..<3 { passes.append(measure { _ = tagAll(documents, tagger) }) }
        let best = passes.min()!
        print("### Tagger (one thread, CPU time of the thread)\n")
        print("| measure | value |")
        print("|---|---|")
        print("| model load, best of 5 | \(milliseconds(loadTimes.min()!)) ms |")
        print("| input | \(tokenCount) tokens, \(words) words, \(documents.count) ELTeC novels |")
        print("| first pass (per-type cache filling) | \(rate(tokenCount, warmUp)) tokens/s |")
        print("| warm pass, best of 3 | \(rate(tokenCount, best)) tokens/s |")
        print(
            "| warm passes, all | \(passes.map { rate(tokenCount, $0) }.joined(separator: ", ")) tokens/s |"
        )
        print("")
    }

    private static func tagAll(_ documents: [Document], _ tagger: FrenchTagger) -> Int {
        var words = 0
        for document in documents {
            let tagged = tagger.tag(
                document.tokens, sentences: document.sentences.map(\.tokenRange))
            for sentence in tagged { words += sentence.count }
        }
        return words
    }

    /// CPU time of the calling thread, in seconds: on a shared two-core
    /// machine wall-clock time also counts other processes' turns.
    private static func measure(_ body: () throws -> Void) rethrows -> Double {
        let start = threadTime()
        try body()
        return threadTime() - start
    }

    private static func threadTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private static func milliseconds(_ seconds: Double) -> String {
        String(format: "%.1f", seconds * 1000)
    }

    private static func rate(_ count: Int, _ seconds: Double) -> String {
        String(format: "%.2f M", Double(count) / seconds / 1e6)
    }
}
