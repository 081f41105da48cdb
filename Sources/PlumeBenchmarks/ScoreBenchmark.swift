import Foundation
import Plume

/// Throughput of batch scoring (`BatchScorer`, as `plume score` runs it) on
/// the ELTeC novels with 1 and 2 worker threads, and the scaling between them.
enum ScoreBenchmark: Benchmark {
    static let name = "score"
    static let summary = "Words per second of batch scoring on ELTeC with 1 and 2 jobs."

    static func run(arguments: [String]) throws {
        let root = try Analyzer().resources.directory.root
        let inputs = try CorpusFiles.list([Measure.corpus("eltec", root: root).path])
        print("### score throughput (\(inputs.count) ELTeC novels)\n")
        print("| jobs | pass | words | wall s | words/s | CPU s | preempted | scaling |")
        print("|---|---|---|---|---|---|---|---|")
        var cold: [Int: Double] = [:]
        var warm: [Int: Double] = [:]
        for jobs in [1, 2] {
            // A fresh analyser per job count, so both cold passes start with
            // empty spelling caches.
            let analyzer = try Analyzer()
            let scorer = BatchScorer(analyzer: analyzer, jobs: jobs)
            cold[jobs] = try pass(scorer, inputs, label: "cold", baseline: cold[1])
            warm[jobs] = try pass(scorer, inputs, label: "warm", baseline: warm[1])
        }
        print(
            "\nCold: spelling caches empty, as in one `plume score` run. Warm: the same "
                + "analyser again, every word's spelling answer cached, as in a long-running "
                + "server. Scaling = words/s on 2 jobs ÷ words/s on 1 job. Preempted = times "
                + "the kernel took a core from a thread for another process (involuntary context "
                + "switches): a large count means the machine was busy and wall times are long.\n")
        print("Peak memory: \(String(format: "%.0f", Measure.peakMemoryMiB)) MiB\n")
    }

    /// Runs one pass, prints its row and returns its words per second.
    static func pass(
        _ scorer: BatchScorer, _ inputs: [BatchInput], label: String, baseline: Double?
    ) throws -> Double {
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
        let cpu = Measure.processCPUSeconds - cpuBefore
        let preempted = Measure.involuntaryContextSwitches - preemptedBefore
        let rate = Double(words) / seconds
        let scaling = baseline.map { String(format: "%.2f×", rate / $0) } ?? "—"
        print(
            "| \(scorer.jobs) | \(label) | \(words) | \(String(format: "%.1f", seconds)) | "
                + "\(String(format: "%.0f", rate)) | \(String(format: "%.1f", cpu)) | \(preempted) | "
                + "\(scaling) |")
        return rate
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
