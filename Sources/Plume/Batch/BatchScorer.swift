import Foundation
import Synchronization
import WritingModel

/// Scores a corpus of essay files on several threads with one shared
/// analyser, and hands the outcomes back in input order.
///
/// In-order delivery makes the output of a run deterministic, so a run that
/// was interrupted and resumed writes the same records as one that was not.
/// Files already recorded by an earlier run (same text, by SHA-256) are
/// skipped after reading, and files with the same text as an earlier file
/// of the corpus are analysed once.
public final class BatchScorer: Sendable {
    /// The shared analyser.
    public let analyzer: Analyzer
    /// Number of worker threads.
    public let jobs: Int
    /// Assignment text given to every analysis, if any.
    public let prompt: String?
    /// Largest file accepted, in bytes.
    public let byteLimit: Int
    /// Largest number of outcomes waiting in memory for an earlier file to
    /// finish; workers pause when it is reached.
    public let window: Int

    /// Creates a scorer.
    /// - Parameters:
    ///   - jobs: Worker threads; values below 1 count as 1.
    ///   - window: Outcomes held at most (nil: 16 per job, at least 32).
    ///     While a long file runs, the other workers go on with up to this
    ///     many later files, so a larger window idles them less and holds
    ///     more reports in memory.
    public init(
        analyzer: Analyzer, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
        prompt: String? = nil, byteLimit: Int = TextFile.defaultByteLimit, window: Int? = nil
    ) {
        self.analyzer = analyzer
        self.jobs = max(1, jobs)
        self.prompt = prompt
        self.byteLimit = byteLimit
        self.window = max(1, window ?? max(32, 16 * self.jobs))
    }

    /// Scores `inputs` and calls `deliver` once per input, in input order, on
    /// the calling thread.
    ///
    /// A file that cannot be read or analysed is delivered as `.failed` and
    /// the run goes on.
    /// - Parameters:
    ///   - resume: What an earlier run recorded, to skip.
    ///   - finished: Called on a worker thread as soon as each file is
    ///     done, in any order, with the words analysed (nil when the file
    ///     was skipped or failed): for progress displays, which would
    ///     otherwise wait behind a long file.
    ///   - deliver: Receives each outcome; when it throws, the workers stop
    ///     after their current file and `run` rethrows the error.
    /// - Complexity: O(total size of the files), spread over `jobs` threads.
    public func run(
        _ inputs: [BatchInput], resume: BatchResumeState = .empty,
        finished: (@Sendable (BatchInput, _ words: Int?) -> Void)? = nil,
        deliver: (BatchOutcome) throws -> Void
    ) throws {
        let schedule = BatchSchedule(count: inputs.count, window: window)
        let claims = EssayClaims()
        let workers = DispatchGroup()
        for _ in 0..<min(jobs, max(1, inputs.count)) {
            workers.enter()
            let thread = Thread { [self] in
                while let position = schedule.nextPosition() {
                    let outcome = process(
                        inputs, at: position, resume: resume, claims: claims)
                    if case .analyzed(let analysis) = outcome {
                        finished?(inputs[position], analysis.report.statistics.words)
                    } else {
                        finished?(inputs[position], nil)
                    }
                    schedule.complete(position, with: outcome)
                }
                workers.leave()
            }
            thread.start()
        }
        defer {
            schedule.cancel()
            workers.wait()
        }
        var firstSources: [String: String] = [:]
        for _ in inputs.indices {
            var outcome = schedule.takeNext()
            // Two files with the same text may both have been analysed when
            // their workers raced; the first in input order wins.
            if case .analyzed(let analysis) = outcome {
                if let first = firstSources[analysis.essayID] {
                    outcome = .skipped(
                        source: analysis.source,
                        reason: .duplicate(essayID: analysis.essayID, firstSource: first))
                } else {
                    firstSources[analysis.essayID] = analysis.source
                }
            }
            try deliver(outcome)
        }
    }

    private func process(
        _ inputs: [BatchInput], at position: Int, resume: BatchResumeState,
        claims: EssayClaims
    ) -> BatchOutcome {
        let source = inputs[position].source
        if resume.failedSources.contains(source) {
            return .skipped(source: source, reason: .failedEarlier)
        }
        if let error = inputs[position].listingError {
            return .failed(source: source, error: error)
        }
        let text: String
        do {
            text = try TextFile.read(source, byteLimit: byteLimit)
        } catch {
            return .failed(source: source, error: error)
        }
        let essayID = SHA256.hexDigest(of: text)
        if resume.essayIDs.contains(essayID) {
            return .skipped(source: source, reason: .alreadyScored(essayID: essayID))
        }
        if let earlier = claims.claim(essayID, at: position) {
            return .skipped(
                source: source,
                reason: .duplicate(essayID: essayID, firstSource: inputs[earlier].source))
        }
        do {
            let report = try analyzer.analyze(text, prompt: prompt)
            return .analyzed(
                BatchAnalysis(source: source, text: text, essayID: essayID, report: report))
        } catch {
            return .failed(source: source, error: error)
        }
    }
}

/// The first input position seen with each text, shared by the workers.
final class EssayClaims: Sendable {
    private let positions = Mutex<[String: Int]>([:])

    /// Records `position` for `essayID` and returns nil, or returns the
    /// earlier position that already has the same text.
    func claim(_ essayID: String, at position: Int) -> Int? {
        positions.withLock { positions -> Int? in
            if let claimed = positions[essayID], claimed < position { return claimed }
            positions[essayID] = position
            return nil
        }
    }
}
