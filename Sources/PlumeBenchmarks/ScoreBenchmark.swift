import Foundation
import Plume

/// Throughput of batch scoring (`BatchScorer`, as `plume score` runs it) on
/// the ELTeC novels with 1 and 2 worker threads, and the scaling between them.
///
/// Each configuration runs `rounds` times, 1 and 2 jobs alternately, and
/// the table gives the median and the best (shortest) wall time: on a
/// shared machine the best run shows what the code does when it has the
/// cores to itself, the median what a busy machine gives.
enum ScoreBenchmark: Benchmark {
    static let name = "score"
    static let summary = "Words per second of batch scoring on ELTeC with 1 and 2 jobs."
    static let rounds = 3

    /// One timed pass over the corpus.
    struct Pass {
        var seconds: Double
        var cpuSeconds: Double
        var preempted: Int
    }

    static func run(arguments: [String]) throws {
        let root = try Analyzer().resources.directory.root
        let inputs = try CorpusFiles.list([Measure.corpus("eltec", root: root).path])
        var words = 0
        var passes: [String: [Pass]] = [:]
        for _ in 0..<rounds {
            for jobs in [1, 2] {
                // A fresh analyser per cold pass, so that it starts with
                // empty spelling caches.
                let scorer = BatchScorer(analyzer: try Analyzer(), jobs: jobs)
                let (cold, count) = try pass(scorer, inputs)
                let (warm, _) = try pass(scorer, inputs)
                words = count
                passes["cold \(jobs)", default: []].append(cold)
                passes["warm \(jobs)", default: []].append(warm)
            }
        }
        printTable(passes, words: words, files: inputs.count)
    }

    /// Runs one pass and returns its timing and the words analysed.
    static func pass(_ scorer: BatchScorer, _ inputs: [BatchInput]) throws -> (Pass, Int) {
        var words = 0
        let cpuBefore = Measure.processCPUSeconds
        let preemptedBefore = Measure.involuntaryContextSwitches
        let seconds = try Measure.seconds {
            try scorer.run(inputs) { outcome in
                if case .analyzed(let analysis) = outcome {
                    words += analysis.report.statistics.words
                } else if case .failed(let source, let error) = outcome {
                    throw BenchmarkError.failed("\(source): \(error)")
                }
            }
        }
        let pass = Pass(
            seconds: seconds, cpuSeconds: Measure.processCPUSeconds - cpuBefore,
            preempted: Measure.involuntaryContextSwitches - preemptedBefore)
        return (pass, words)
    }

    static func printTable(_ passes: [String: [Pass]], words: Int, files: Int) {
        print("### score throughput (\(files) ELTeC novels, \(words) words, \(rounds) rounds)\n")
        print("| pass | jobs | median s | best s | best words/s | CPU s (best) | preempted (best) | scaling (median) | scaling (best) |")
        print("|---|---|---|---|---|---|---|---|---|")
        for label in ["cold", "warm"] {
            let single = passes["\(label) 1"] ?? []
            for jobs in [1, 2] {
                let runs = passes["\(label) \(jobs)"] ?? []
                guard let best = runs.min(by: { $0.seconds < $1.seconds }) else { continue }
                let median = Measure.quantile(runs.map(\.seconds), 0.5)
                let scaling = { (mine: Double, theirs: Double) in
                    jobs == 1 ? "—" : String(format: "%.2f×", theirs / mine)
                }
                let singleBest = single.map(\.seconds).min() ?? .nan
                let singleMedian = Measure.quantile(single.map(\.seconds), 0.5)
                print(
                    "| \(label) | \(jobs) | \(String(format: "%.1f", median)) | "
                        + "\(String(format: "%.1f", best.seconds)) | "
                        + "\(String(format: "%.0f", Double(words) / best.seconds)) | "
                        + "\(String(format: "%.1f", best.cpuSeconds)) | \(best.preempted) | "
                        + "\(scaling(median, singleMedian)) | \(scaling(best.seconds, singleBest)) |")
            }
        }
        print(
            "\nCold: a new analyser with empty spelling caches, as in one `plume score` run. "
                + "Warm: the same analyser again, every word's spelling answer cached, as in a "
                + "long-running server. Scaling = 1-job time ÷ 2-job time. Preempted = times the "
                + "kernel took a core from the process for another one (involuntary context "
                + "switches): a large count means a busy machine and longer wall times.\n")
        print("Peak memory: \(String(format: "%.0f", Measure.peakMemoryMiB)) MiB\n")
    }
}

/// A benchmark that could not measure what it meant to.
enum BenchmarkError: Error, CustomStringConvertible {
    case failed(String)

    var description: String {
        switch self {
        case .failed(let message): message
        }
    }
}
