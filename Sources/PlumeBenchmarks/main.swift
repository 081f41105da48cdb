import Foundation

// plume-benchmark: Plume's release-built benchmark suite. Figures go to
// stdout as Markdown, ready for BENCHMARKS.md.
let benchmarks: [any Benchmark.Type] = [
    StartupBenchmark.self,
    AnalyzeBenchmark.self,
    CriteriaBenchmark.self,
    StreamBenchmark.self,
    TaggerBenchmark.self,
    ScoreBenchmark.self,
    CheckingBenchmark.self,
]

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--help" || arguments.first == "-h" {
    print("Usage: plume-benchmark [NAME ...]\n\nBenchmarks (all when no NAME is given):")
    for benchmark in benchmarks {
        print("  \(benchmark.name.padding(toLength: 14, withPad: " ", startingAt: 0))\(benchmark.summary)")
    }
    exit(0)
}
#if DEBUG
    FileHandle.standardError.write(
        Data("plume-benchmark: warning: debug build; use `swift build -c release`\n".utf8))
#endif
let selected = arguments.isEmpty ? benchmarks : benchmarks.filter { arguments.contains($0.name) }
let unknown = arguments.filter { name in !benchmarks.contains { $0.name == name } }
if !unknown.isEmpty {
    FileHandle.standardError.write(
        Data("plume-benchmark: error: unknown benchmark \(unknown.joined(separator: ", "))\n".utf8))
    exit(64)
}
print("Machine: \(Measure.machine). Date: \(Date()).\n")
for benchmark in selected {
    do {
        try benchmark.run(arguments: arguments)
    } catch {
        FileHandle.standardError.write(Data("plume-benchmark: \(benchmark.name) failed: \(error)\n".utf8))
        exit(1)
    }
}
