import Foundation
import Testing
import WritingModel
import _TestSupport

@testable import Plume

@Suite struct BatchScorerTests {
    /// A temporary corpus: the six learner texts, a copy of one of them, a
    /// Latin-1 file and an empty file, listed in path order.
    struct Corpus {
        let folder: URL
        let inputs: [BatchInput]
        let learnerNames: [String]
    }

    func makeCorpus() throws -> Corpus {
        let folder = Fixtures.temporaryDirectory()
        let learner = Fixtures.corpusURL("learner/texts")
        let names = try FileManager.default.contentsOfDirectory(atPath: learner.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        for name in names {
            try FileManager.default.copyItem(
                at: learner.appendingPathComponent(name),
                to: folder.appendingPathComponent(name))
        }
        try FileManager.default.copyItem(
            at: learner.appendingPathComponent("S27-F-.txt"),
            to: folder.appendingPathComponent("zz-copie.txt"))
        try Data([0x4C, 0x27, 0xE9, 0x6C, 0xE8, 0x76, 0x65]).write(
            to: folder.appendingPathComponent("latin1.txt"))
        try Data(" \n".utf8).write(to: folder.appendingPathComponent("vide.txt"))
        return Corpus(
            folder: folder, inputs: try CorpusFiles.list([folder.path]), learnerNames: names)
    }

    func run(_ scorer: BatchScorer, _ inputs: [BatchInput], resume: BatchResumeState = .empty)
        throws -> [BatchOutcome]
    {
        var outcomes: [BatchOutcome] = []
        try scorer.run(inputs, resume: resume) { outcomes.append($0) }
        return outcomes
    }

    @Test func outcomesArriveInInputOrder() throws {
        let corpus = try makeCorpus()
        defer { try? FileManager.default.removeItem(at: corpus.folder) }
        let scorer = BatchScorer(analyzer: Fixtures.analyzer, jobs: 2, window: 2)
        let outcomes = try run(scorer, corpus.inputs)
        #expect(outcomes.map(\.source) == corpus.inputs.map(\.source))
        var analyzed: [String] = []
        var failed: [String: any Error] = [:]
        var duplicates: [String: String] = [:]
        for outcome in outcomes {
            let name = URL(fileURLWithPath: outcome.source).lastPathComponent
            switch outcome {
            case .analyzed: analyzed.append(name)
            case .failed(_, let error): failed[name] = error
            case .skipped(_, .duplicate(_, let first)):
                duplicates[name] = URL(fileURLWithPath: first).lastPathComponent
            case .skipped: Issue.record("\(name) skipped without a resume state")
            }
        }
        #expect(analyzed == corpus.learnerNames)
        #expect(failed["latin1.txt"] as? PlumeError == .invalidUTF8(path: "\(corpus.folder.path)/latin1.txt", offset: 2, line: 1))
        #expect(failed["vide.txt"] as? PlumeError == .emptyText(path: "\(corpus.folder.path)/vide.txt"))
        #expect(duplicates == ["zz-copie.txt": "S27-F-.txt"])
    }

    @Test func reportsMatchSingleAnalyses() throws {
        let corpus = try makeCorpus()
        defer { try? FileManager.default.removeItem(at: corpus.folder) }
        let outcomes = try run(BatchScorer(analyzer: Fixtures.analyzer, jobs: 2), corpus.inputs)
        for case .analyzed(let analysis) in outcomes {
            let text = try String(contentsOfFile: analysis.source, encoding: .utf8)
            #expect(analysis.text == text)
            #expect(analysis.essayID == SHA256.hexDigest(of: text))
            let single = try Fixtures.analyzer.analyze(text)
            #expect(analysis.report.criteria == single.criteria, "\(analysis.source)")
            #expect(analysis.report.matches.map(\.span) == single.matches.map(\.span))
        }
    }

    @Test func finishedCallbackSeesEveryFile() throws {
        let corpus = try makeCorpus()
        defer { try? FileManager.default.removeItem(at: corpus.folder) }
        let seen = StartLog()
        let analyzedWords = StartLog()
        var delivered: [BatchOutcome] = []
        try BatchScorer(analyzer: Fixtures.analyzer, jobs: 2).run(
            corpus.inputs,
            finished: { input, words in
                seen.append(corpus.inputs.firstIndex(of: input)!)
                if let words { analyzedWords.append(words) }
            },
            deliver: { delivered.append($0) })
        #expect(seen.positions.sorted() == Array(corpus.inputs.indices))
        let deliveredWords = delivered.compactMap { outcome -> Int? in
            guard case .analyzed(let analysis) = outcome else { return nil }
            return analysis.report.statistics.words
        }
        // The copy is analysed only when it wins the race with its original.
        #expect(analyzedWords.positions.reduce(0, +) >= deliveredWords.reduce(0, +))
        #expect(analyzedWords.positions.count >= deliveredWords.count)
    }

    @Test func resumeStateSkipsRecordedWork() throws {
        let corpus = try makeCorpus()
        defer { try? FileManager.default.removeItem(at: corpus.folder) }
        let done = corpus.folder.appendingPathComponent("P04C6E2.txt").path
        let doneID = SHA256.hexDigest(of: try String(contentsOfFile: done, encoding: .utf8))
        let latin1 = corpus.folder.appendingPathComponent("latin1.txt").path
        let resume = BatchResumeState(essayIDs: [doneID], failedSources: [latin1])
        let outcomes = try run(BatchScorer(analyzer: Fixtures.analyzer, jobs: 2), corpus.inputs, resume: resume)
        let skipped = outcomes.compactMap { outcome -> String? in
            guard case .skipped(let source, let reason) = outcome else { return nil }
            switch reason {
            case .alreadyScored(let id): return id == doneID ? source : "wrong id"
            case .failedEarlier: return source
            case .duplicate: return nil
            }
        }
        #expect(skipped == [done, latin1].sorted())
    }

    @Test func throwingConsumerStopsRun() throws {
        let corpus = try makeCorpus()
        defer { try? FileManager.default.removeItem(at: corpus.folder) }
        struct DiskFull: Error {}
        var delivered = 0
        #expect(throws: DiskFull.self) {
            try BatchScorer(analyzer: Fixtures.analyzer, jobs: 2, window: 1).run(corpus.inputs) {
                _ in
                delivered += 1
                if delivered == 2 { throw DiskFull() }
            }
        }
        #expect(delivered == 2)
    }

    @Test func corpusListingTakesTextFilesInOrder() throws {
        let folder = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manager = FileManager.default
        for path in ["b/2.txt", "b/1.TXT", "a.txt", ".cache/x.txt", "notes.md", "c/.hidden.txt"] {
            let url = folder.appendingPathComponent(path)
            try manager.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("Texte.".utf8).write(to: url)
        }
        let root = folder.path
        let listed = try CorpusFiles.list([root, "\(root)/notes.md", "\(root)/a.txt"])
        #expect(
            listed.map(\.source) == ["\(root)/a.txt", "\(root)/b/1.TXT", "\(root)/b/2.txt", "\(root)/notes.md"])
        #expect(listed.allSatisfy { $0.byteCount == 6 })
        #expect(throws: PlumeError.fileNotFound(path: "\(root)/absent")) {
            _ = try CorpusFiles.list(["\(root)/absent"])
        }
    }

    @Test func unreadableFolderIsRecordedAsFailure() throws {
        let folder = Fixtures.temporaryDirectory()
        let locked = folder.appendingPathComponent("locked")
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path)
            try? FileManager.default.removeItem(at: folder)
        }
        for path in ["ok/a.txt", "locked/b.txt"] {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("Le chat dort.".utf8).write(to: url)
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked.path)
        let listed = try Unprivileged.run { try CorpusFiles.list([folder.path]) }
        #expect(listed.map(\.source) == ["\(folder.path)/locked", "\(folder.path)/ok/a.txt"])
        let error = try #require(listed.first?.listingError)
        guard case .unreadableFolder(let path, let reason) = error else {
            Issue.record("unexpected error \(error)")
            return
        }
        #expect(path == locked.path)
        #expect(reason.contains("ermission"))
        #expect(listed.last?.listingError == nil)
        let outcomes = try run(BatchScorer(analyzer: Fixtures.analyzer, jobs: 1), [listed[0]])
        guard case .failed(let source, let failure)? = outcomes.first else {
            Issue.record("expected a failure, got \(outcomes)")
            return
        }
        #expect(source == locked.path)
        #expect("\(failure)".contains("folder cannot be listed"))
    }

    @Test func corpusListingKeepsSymbolicLinks() throws {
        let folder = Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manager = FileManager.default
        let target = folder.appendingPathComponent("elsewhere.md")
        try Data("Texte.".utf8).write(to: target)
        let essays = folder.appendingPathComponent("essays")
        try manager.createDirectory(at: essays, withIntermediateDirectories: true)
        try manager.createSymbolicLink(
            at: essays.appendingPathComponent("linked.txt"), withDestinationURL: target)
        try manager.createSymbolicLink(
            at: essays.appendingPathComponent("broken.txt"),
            withDestinationURL: folder.appendingPathComponent("absent.txt"))
        let listed = try CorpusFiles.list([essays.path])
        #expect(listed.map(\.source) == ["\(essays.path)/broken.txt", "\(essays.path)/linked.txt"])
        #expect(listed.last?.byteCount == 6)
    }

    @Test(arguments: [1, 2, 3, 20])
    func scheduleDeliversEveryPosition(window: Int) {
        let count = 11
        let schedule = BatchSchedule(count: count, window: window)
        let started = StartLog()
        let finished = DispatchSemaphore(value: 0)
        Thread {
            while let position = schedule.nextPosition() {
                started.append(position)
                schedule.complete(
                    position, with: .failed(source: "\(position)", error: CancellationError()))
            }
            finished.signal()
        }.start()
        let delivered = (0..<count).map { _ in Int(schedule.takeNext().source)! }
        finished.wait()
        #expect(delivered == Array(0..<count))
        #expect(started.positions == Array(0..<count))
    }
}

/// Start order recorded by a worker thread.
final class StartLog: @unchecked Sendable {
    // `storage` is only touched with `lock` held.
    private let lock = NSLock()
    private var storage: [Int] = []

    func append(_ position: Int) {
        lock.withLock { storage.append(position) }
    }

    var positions: [Int] { lock.withLock { storage } }
}

/// glibc's setfsuid, which the Glibc module does not export.
@_silgen_name("setfsuid") private func setfsuid(_ uid: UInt32) -> Int32

/// Runs code with the file-system permissions of an ordinary user, so that
/// permission checks apply when the tests run as root.
enum Unprivileged {
    /// Runs `body` on the calling thread with the file-system user id of
    /// `nobody` when the process is root; Linux keeps that id per thread,
    /// so other threads keep root's rights.
    static func run<Result>(_ body: () throws -> Result) rethrows -> Result {
        guard getuid() == 0 else { return try body() }
        let previous = setfsuid(65_534)
        defer { _ = setfsuid(UInt32(previous)) }
        return try body()
    }
}
