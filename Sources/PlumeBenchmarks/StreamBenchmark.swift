import Foundation
import KeystrokeAnalysis
import Plume
import WritingCommands

/// Per-event latency and memory of `plume stream`'s path (event applied,
/// measures, JSON line, sentence feedback when due) on the longest real
/// log, on a 1,000-word text typed event by event, and over a simulated
/// two-hour session.
enum StreamBenchmark: Benchmark {
    static let name = "stream"
    static let summary = "Latency per event and memory of the live stream."

    static func run(arguments: [String]) throws {
        let analyzer = try Analyzer()
        let root = analyzer.resources.directory.root
        let levels = analyzer.processLevels
        let logs = try KeystrokeLog.loadAll(
            contentsOf: Measure.corpus("keystrokes/scriptlog/events.tsv", root: root))
        guard let longest = logs.max(by: { $0.events.count < $1.events.count }) else {
            throw KeystrokeAnalysisError.emptyLog(source: "events.tsv")
        }
        let novel = try String(
            contentsOf: Measure.corpus("eltec/FRA02701_Maupassant.txt", root: root), encoding: .utf8
        )
        print("### stream: latency per event\n")
        print("Load average before the run: \(loadAverage).\n")
        print("| input | events | p50 µs | p99 µs | max µs | feedback lines | drain s |")
        print("|---|---|---|---|---|---|---|")
        let sentences = SentenceFeedbackService(analyzer: analyzer)
        let essay = TypingSimulator(text: words(novel, count: 1000)).events(until: nil)
        let session = { WritingSession(analyzer: analyzer, levels: levels) }
        let recorded = {
            WritingSession(
                analyzer: analyzer, levels: levels, initialText: longest.initialText,
                sessionStart: longest.sessionStart)
        }
        // Rows without sentence feedback come first: on the shared 2-core test
        // machines, latency spikes follow long bursts of full-core analysis.
        let essayLabel = "1,000 words typed (Maupassant, simulated)"
        let logLabel = "ScriptLog \(longest.sessionID) (longest)"
        report("\(essayLabel), measures only", essay, session(), sentences, feedback: false)
        report("\(logLabel), measures only", longest.events, recorded(), sentences, feedback: false)
        report("\(essayLabel), with feedback", essay, session(), sentences)
        report("\(logLabel), with feedback", longest.events, recorded(), sentences)
        print(
            "\nEach event is timed from its arrival to its flushed measures line. Sentence "
                + "feedback runs on a background queue; the last column is the time to drain "
                + "it after the last event.\n")
        twoHourMemory(
            novel: novel, session: WritingSession(analyzer: analyzer, levels: levels),
            sentences: sentences)
    }

    static func report(
        _ label: String, _ events: [KeystrokeEvent], _ session: WritingSession,
        _ sentences: SentenceFeedbackService, feedback: Bool = true
    ) {
        let output = CountingOutputChannel()
        let processor = StreamProcessor(
            session: session, sentences: sentences, output: output, sendsFeedback: feedback)
        var latencies: [Double] = []
        latencies.reserveCapacity(events.count)
        for event in events {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = processor.handle(event)
            latencies.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1000)
        }
        let drain = Measure.seconds { processor.waitForFeedback() }
        let format = { (value: Double) in String(format: "%.0f", value) }
        print(
            "| \(label) | \(events.count) | \(format(Measure.quantile(latencies, 0.5))) | "
                + "\(format(Measure.quantile(latencies, 0.99))) | \(format(latencies.max() ?? 0)) | "
                + "\(output.feedbackLines) | \(String(format: "%.2f", drain)) |")
    }

    /// Types prose for two hours of session time and records resident memory.
    static func twoHourMemory(
        novel: String, session: WritingSession, sentences: SentenceFeedbackService
    ) {
        let events = TypingSimulator(text: words(novel, count: 40_000)).events(until: 7_200_000)
        let output = CountingOutputChannel()
        let processor = StreamProcessor(session: session, sentences: sentences, output: output)
        print("### stream: memory over a two-hour session\n")
        print("| session time | events | text length | resident MiB |")
        print("|---|---|---|---|")
        var nextCheckpoint = 0
        for (index, event) in events.enumerated() {
            _ = processor.handle(event)
            if event.time >= nextCheckpoint || index == events.count - 1 {
                processor.waitForFeedback()
                let minutes = event.time / 60_000
                print(
                    "| \(minutes) min | \(index + 1) | \(session.text.count) | "
                        + "\(String(format: "%.1f", residentMiB)) |")
                nextCheckpoint += 1_200_000
            }
        }
        print()
    }

    static func words(_ text: String, count: Int) -> String {
        text.split(whereSeparator: \.isWhitespace).prefix(count).joined(separator: " ")
    }

    /// The 1-, 5- and 15-minute load averages, since other jobs on the
    /// machine show up as latency spikes.
    static var loadAverage: String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }

    /// Current resident memory from /proc/self/statm, in MiB.
    static var residentMiB: Double {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
            let pages = statm.split(separator: " ").dropFirst().first.flatMap({ Double($0) })
        else { return .nan }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }
}

/// Discards output, counting feedback lines.
final class CountingOutputChannel: OutputChannel, @unchecked Sendable {
    // `count` is only touched with `lock` held.
    private let lock = NSLock()
    private var count = 0
    let isTerminal = false

    var feedbackLines: Int { lock.withLock { count } }

    func write(_ string: String) {
        if string.contains("\"type\":\"feedback\"") {
            lock.withLock { count += 1 }
        }
    }

    func flush() {}
}

/// A deterministic typist: one insert per character, 120–280 ms between
/// keys, 2.5 s after a sentence, 1.2 s after a comma, and every 25th word
/// a wrong letter removed by Backspace.
struct TypingSimulator {
    var text: String

    func events(until limit: Int?) -> [KeystrokeEvent] {
        var events: [KeystrokeEvent] = []
        var time = 0
        var position = 0
        var seed: UInt64 = 7
        var wordIndex = 0
        var previous: Character = " "
        for character in text {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            var interval = 120 + Int((seed >> 33) % 160)
            if previous == "." || previous == "!" || previous == "?" { interval += 2_500 }
            if previous == "," { interval += 1_200 }
            if character == " " { wordIndex += 1 }
            if character.isLetter && previous == " " && wordIndex % 25 == 0 {
                time += interval
                events.append(KeystrokeEvent(time: time, action: .insert(at: position, text: "x")))
                time += 300
                events.append(
                    KeystrokeEvent(
                        time: time,
                        action: .delete(
                            .init(start: position, end: position + 1), direction: .backward,
                            expected: "x")))
                interval = 250
            }
            time += interval
            let typed = String(character)
            events.append(KeystrokeEvent(time: time, action: .insert(at: position, text: typed)))
            position += typed.utf16.count
            previous = character
            if let limit, time >= limit { break }
        }
        return events
    }
}
