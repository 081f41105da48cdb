import Foundation

/// One benchmark of the suite, run by name from the command line.
protocol Benchmark {
    /// Name given on the command line.
    static var name: String { get }
    /// One line for the list of benchmarks.
    static var summary: String { get }
    /// Runs the benchmark and prints its figures as Markdown to stdout.
    static func run(arguments: [String]) throws
}

/// Wall-clock timing and resource readings for benchmarks.
enum Measure {
    /// Seconds taken by `body`.
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// Peak resident memory of the process so far, in MiB (Linux reports
    /// `ru_maxrss` in KiB).
    static var peakMemoryMiB: Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// User and system CPU time of the whole process so far, in seconds.
    static var processCPUSeconds: Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return user + system
    }

    /// Involuntary context switches of the process so far: how often the
    /// kernel preempted its threads to run something else.
    static var involuntaryContextSwitches: Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_nivcsw
    }

    /// The `fraction` quantile of `values` by linear interpolation.
    static func quantile(_ values: [Double], _ fraction: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        let position = fraction * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - Double(lower))
    }

    /// A short description of the machine for benchmark records.
    static var machine: String {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let memory = Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824
        var model = "unknown CPU"
        if let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
            let line = info.split(separator: "\n").first(where: { $0.hasPrefix("model name") }),
            let colon = line.firstIndex(of: ":")
        {
            model = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return "\(model), \(cores) cores, \(String(format: "%.0f", memory)) GiB"
    }

    /// Resolves a path under the checkout's `corpora/`.
    static func corpus(_ relativePath: String, root: URL) -> URL {
        root.appendingPathComponent("corpora").appendingPathComponent(relativePath)
    }
}
