import Foundation

/// Counts of a batch run: the files done so far, in any order, for the
/// progress line, and the outcomes written, for the summary.
struct ScoreProgress {
    var totalFiles: Int
    var totalBytes: Int
    var jobs: Int
    /// Essays analysed and written.
    var analyzed = 0
    /// Words of the essays analysed and written.
    var words = 0
    var alreadyScored = 0
    var failedEarlier = 0
    var duplicates = 0
    var failures: [(source: String, error: String)] = []
    /// Files done, written or still waiting for an earlier file.
    var doneFiles = 0
    var doneBytes = 0
    private var doneWords = 0
    private var analyzedBytes = 0
    private let start = DispatchTime.now()

    init(totalFiles: Int, totalBytes: Int, jobs: Int) {
        self.totalFiles = totalFiles
        self.totalBytes = totalBytes
        self.jobs = jobs
    }

    var elapsedSeconds: Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    /// Counts a file as done, with its words when it was analysed.
    mutating func finishFile(bytes: Int, analyzedWords: Int?) {
        doneFiles += 1
        doneBytes += bytes
        if let analyzedWords {
            doneWords += analyzedWords
            analyzedBytes += bytes
        }
    }

    /// The progress line: files done, share of the bytes, rate and an
    /// estimate of the time left.
    var line: String {
        let elapsed = max(elapsedSeconds, 0.001)
        let percent = totalBytes > 0 ? doneBytes * 100 / totalBytes : doneFiles * 100 / max(1, totalFiles)
        var text = "\(doneFiles)/\(totalFiles) files \(percent)%"
        text += "  \(Int(Double(doneWords) / elapsed)) words/s"
        // Time left assumes the remaining bytes go at the rate analysed
        // bytes went so far; files skipped on resume cost almost nothing.
        if analyzedBytes > 0 && doneBytes < totalBytes {
            let left = Double(totalBytes - doneBytes) / (Double(analyzedBytes) / elapsed)
            text += "  \(Self.duration(left)) left"
        }
        if !failures.isEmpty {
            text += "  \(failures.count) failed"
        }
        return text
    }

    /// The summary printed when the run ends.
    func summary(output: String) -> String {
        let elapsed = elapsedSeconds
        let rate = elapsed > 0 ? Int(Double(words) / elapsed) : 0
        var text = "plume score: \(Self.count(analyzed, "essay")) scored "
        text += "(\(Self.count(words, "word"))) in "
        text += String(format: "%.1f s, %d words/s on ", elapsed, rate)
        text += Self.count(jobs, "job")
        text += "; results in \(output)\n"
        var skipped: [String] = []
        if alreadyScored > 0 { skipped.append("\(alreadyScored) already scored by an earlier run") }
        if duplicates > 0 { skipped.append("\(duplicates) identical to an earlier file") }
        if failedEarlier > 0 {
            skipped.append("\(failedEarlier) failed in an earlier run (pass --retry-failures to retry)")
        }
        if !skipped.isEmpty {
            text += "  skipped: \(skipped.joined(separator: ", "))\n"
        }
        if !failures.isEmpty {
            text += "  \(failures.count) failed:\n"
            for failure in failures.prefix(20) {
                text += "    \(failure.error)\n"
            }
            if failures.count > 20 {
                text += "    … and \(failures.count - 20) more, recorded in \(output)\n"
            }
        }
        return text
    }

    /// Formats `value` with `noun`, adding an s unless the value is 1.
    static func count(_ value: Int, _ noun: String) -> String {
        value == 1 ? "1 \(noun)" : "\(value) \(noun)s"
    }

    static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite else { return "?" }
        let total = Int(seconds.rounded())
        if total < 60 { return "\(total) s" }
        if total < 3600 { return "\(total / 60) min \(total % 60) s" }
        return "\(total / 3600) h \(total % 3600 / 60) min"
    }
}
