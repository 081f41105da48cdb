import Foundation
import Plume
import TextAnalysis
import WritingModel

/// Throughput of the orthographe checks (`OrthographeCriterion`: the
/// unknown-word check, then every grammar and typography rule of
/// `CheckingRuleSet`) on one thread, on texts already tokenized and tagged.
/// Times are the thread's CPU time.
enum CheckingBenchmark: Benchmark {
    static let name = "checking"
    static let summary = "Words/s of spelling + grammar + typography on tagged text (one core)."

    static func run(arguments: [String]) throws {
        let analyzer = try Analyzer()
        let resources = analyzer.resources
        let texts = try corpus(root: resources.directory.root)
        var documents: [Document] = []
        let tokenizing = try threadSeconds {
            documents = try texts.map { try resources.pipeline.document(for: $0) }
        }
        var contexts: [AnalysisContext] = []
        let tagging = threadSeconds {
            contexts = documents.map {
                AnalysisContext(document: $0, prompt: nil, resources: resources)
            }
        }
        let words = documents.reduce(0) { $0 + $1.wordCount }
        let criterion = OrthographeCriterion()
        var findings = 0
        // The first pass looks up every distinct word in Hunspell and searches
        // suggestions for unknown ones, and later passes find both in the cache.
        let cold = threadSeconds { findings = check(contexts, criterion) }
        let warm = (0..<3).map { _ in threadSeconds { _ = check(contexts, criterion) } }
        let spelling = threadSeconds {
            for context in contexts { _ = criterion.spelling.findings(in: context) }
        }
        let rules = threadSeconds {
            for context in contexts { _ = resources.checkingRules.check(context) }
        }
        print("### Orthographe checks (one thread, CPU time of the thread)\n")
        print(
            "Input: \(texts.count) texts (the ELTeC novels and the learner texts), "
                + "\(words) words, \(findings) findings; "
                + "\(resources.checkingRules.rules.count) rules in the rule set.\n")
        print("| step | seconds | words/s |")
        print("|---|---|---|")
        row("tokenizing and segmenting (not in the checks)", tokenizing, words)
        row("tagging and Lexique annotation (not in the checks)", tagging, words)
        row("checks, cold Hunspell cache (first pass)", cold, words)
        row("checks, warm cache, best of 3", warm.min()!, words)
        row("of which unknown-word check, warm", spelling, words)
        row("of which grammar and typography rules, warm", rules, words)
        print("\nTarget: at least 500,000 words/s for the warm checks.\n")
        printSlowestRules(resources.checkingRules, contexts, words)
    }

    /// Times each rule alone on every sentence and prints the slowest, so a
    /// regression points to its rule. A rule alone also pays for building
    /// each sentence's context, which the rule set builds once for all.
    private static func printSlowestRules(
        _ ruleSet: CheckingRuleSet, _ contexts: [AnalysisContext], _ words: Int
    ) {
        let timed = ruleSet.rules.map { rule in
            let single = CheckingRuleSet(rules: [rule])
            let seconds = threadSeconds {
                for context in contexts { _ = single.check(context) }
            }
            return (id: rule.id, seconds: seconds)
        }
        print("| slowest rules, each alone (warm) | seconds | words/s |")
        print("|---|---|---|")
        for entry in timed.sorted(by: { $0.seconds > $1.seconds }).prefix(8) {
            row(entry.id, entry.seconds, words)
        }
        print("")
    }

    /// Reads the novels under `corpora/eltec` and the learner texts, in name order.
    static func corpus(root: URL) throws -> [String] {
        var texts: [String] = []
        for folder in ["eltec", "learner/texts"] {
            let url = root.appendingPathComponent("corpora").appendingPathComponent(folder)
            let names = try FileManager.default.contentsOfDirectory(atPath: url.path)
                .filter { $0.hasSuffix(".txt") }.sorted()
            for name in names {
                texts.append(
                    try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8))
            }
        }
        return texts
    }

    private static func check(_ contexts: [AnalysisContext], _ criterion: OrthographeCriterion)
        -> Int
    {
        contexts.reduce(0) { $0 + criterion.evaluate($1).findings.count }
    }

    private static func row(_ label: String, _ seconds: Double, _ words: Int) {
        let rate = Int((Double(words) / seconds).rounded())
        print("| \(label) | \(String(format: "%.2f", seconds)) | \(rate.formatted()) |")
    }

    /// CPU time of the calling thread running `body`, in seconds: on a
    /// shared machine wall-clock time also counts other processes' turns.
    private static func threadSeconds(_ body: () throws -> Void) rethrows -> Double {
        let start = threadTime()
        try body()
        return threadTime() - start
    }

    private static func threadTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
