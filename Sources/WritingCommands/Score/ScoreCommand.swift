import Foundation
import Plume
import Storage

/// `plume score`: scores a corpus in parallel into a resumable result file.
enum ScoreCommand: Command {
    static let name = "score"
    static let summary = "Score a corpus of essays in parallel into a resumable result file."
    static let usage = "score PATHS... --out FILE(.jsonl|.csv|.sqlite)|postgresql://URI [--jobs N]"
    static let discussion = """
        Scores every file named and every .txt file under each folder, in path
        order, with one shared analyser on N threads. Results go to FILE as they
        complete: JSON lines (full reports and texts), CSV (levels and counts)
        or SQLite (full reports and texts), chosen by the extension, or a
        PostgreSQL database named by a postgresql:// URI.

        A rerun with the same FILE skips essays already scored (same text, by
        SHA-256) and files recorded as failures, so a run stopped at any moment,
        even with kill -9, resumes where it stopped: each record is written
        whole or not at all, and an incomplete last record is dropped on the
        next run. A damaged line with valid records after it stops the run
        before anything is written, naming the line to fix. A file or folder
        that cannot be read or analysed is recorded with its error and the
        run goes on. Progress goes to standard error when it is
        a terminal; a summary ends the run. Exit status 1 when a file failed.
        """

    static var options: [OptionSpec] {
        [
            .value(
                "out", "FILE",
                "Result file: .jsonl, .csv or .sqlite, or a postgresql:// URI (required)."),
            .value(
                "jobs", "N",
                "Worker threads (default: the number of cores, \(defaultJobs))."),
            .value("prompt", "FILE", "Assignment text, for relevance to the subject."),
            .flag("retry-failures", "Analyse again the files an earlier run recorded as failures."),
            .value(
                "sync", "POLICY",
                "When to fsync .jsonl and .csv files: record, second (default) or end."),
            .value(
                "max-bytes", "N",
                "Largest file accepted, in bytes (default \(TextFile.defaultByteLimit))."),
            .flag("quiet", "Print neither progress nor summary."),
        ] + AnalyzerOptions.specs
    }

    static var defaultJobs: Int { ProcessInfo.processInfo.activeProcessorCount }

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
        let outputPath = try self.outputPath(arguments)
        let jobs = try arguments.integer("jobs", in: 1...1024) ?? defaultJobs
        let limit =
            try arguments.integer("max-bytes", in: 1...Int(Int32.max)) ?? TextFile.defaultByteLimit
        let syncPolicy = try self.syncPolicy(arguments)
        let inputs = try listInputs(arguments.positionals, excluding: outputPath)
        let prompt = try arguments.value("prompt").map {
            try AnalyzeCommand.readText($0, limit: limit, context: context)
        }
        let output = try openOutput(outputPath, syncPolicy: syncPolicy, context: context)
        var resume = try output.recordedResults()
        if arguments.flag("retry-failures") {
            resume.failedSources = []
        }
        let analyzer = try AnalyzerOptions.makeAnalyzer(arguments, context: context)
        let scorer = BatchScorer(analyzer: analyzer, jobs: jobs, prompt: prompt, byteLimit: limit)
        let quiet = arguments.flag("quiet")
        let progress = try score(
            inputs, with: scorer, into: output,
            resume: BatchResumeState(essayIDs: resume.essayIDs, failedSources: resume.failedSources),
            showsProgress: !quiet && context.errors.isTerminal, context: context)
        if !quiet {
            context.errors.write(progress.summary(output: ResultFormat.displayName(of: outputPath)))
        }
        return progress.failures.isEmpty ? .success : .failure
    }

    /// The `--out` value, checked before any file is read.
    static func outputPath(_ arguments: ParsedArguments) throws -> String {
        guard !arguments.positionals.isEmpty else {
            throw CommandError.usage("missing PATHS: name essay files or folders to score")
        }
        guard let outputPath = arguments.value("out") else {
            throw CommandError.usage(
                "missing --out FILE (.jsonl, .csv or .sqlite, or a postgresql:// URI)")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: outputPath, isDirectory: &isDirectory),
            isDirectory.boolValue
        {
            throw CommandError.usage(
                "\(outputPath) given to --out is a folder; name a file inside it, ending in "
                    + ".jsonl, .csv or .sqlite")
        }
        guard ResultFormat(path: outputPath) != nil else {
            throw CommandError.usage(
                "invalid value \"\(outputPath)\" for --out; use a name ending in .jsonl, .csv "
                    + "or .sqlite, or a postgresql:// URI")
        }
        return outputPath
    }

    /// Runs the scorer, writing each outcome to `output` and the progress
    /// line to standard error when `showsProgress`.
    static func score(
        _ inputs: [BatchInput], with scorer: BatchScorer, into output: any ResultOutput,
        resume: BatchResumeState, showsProgress: Bool, context: CommandContext
    ) throws -> ScoreProgress {
        var counts = ScoreProgress(
            totalFiles: inputs.count, totalBytes: inputs.reduce(0) { $0 + $1.byteCount },
            jobs: scorer.jobs)
        let display = showsProgress ? ProgressDisplay(counts, channel: context.errors) : nil
        Platform.exitOnInterrupt(clearingLine: showsProgress)
        do {
            try scorer.run(
                inputs, resume: resume,
                finished: { input, words in
                    display?.finishFile(bytes: input.byteCount, words: words)
                },
                deliver: { outcome in
                    let tally = { (change: (inout ScoreProgress) -> Void) in
                        change(&counts)
                        display?.update(change)
                    }
                    try record(outcome, in: output, tally: tally)
                })
            try output.close()
        } catch let error as StorageError {
            _ = display?.stop()
            throw CommandError.failure(error.description)
        }
        return display?.stop() ?? counts
    }

    static func record(
        _ outcome: BatchOutcome, in output: any ResultOutput,
        tally: ((inout ScoreProgress) -> Void) -> Void
    ) throws {
        switch outcome {
        case .analyzed(let analysis):
            try output.append(
                StoredAnalysis(
                    essayID: analysis.essayID, source: analysis.source, text: analysis.text,
                    report: analysis.report))
            tally {
                $0.analyzed += 1
                $0.words += analysis.report.statistics.words
            }
        case .failed(let source, let error):
            let description = String(describing: error)
            try output.append(StoredFailure(source: source, error: description))
            tally { $0.failures.append((source, description)) }
        case .skipped(_, .alreadyScored):
            tally { $0.alreadyScored += 1 }
        case .skipped(_, .failedEarlier):
            tally { $0.failedEarlier += 1 }
        case .skipped(_, .duplicate):
            tally { $0.duplicates += 1 }
        }
    }

    static func syncPolicy(_ arguments: ParsedArguments) throws -> FileSyncPolicy {
        switch try arguments.choice("sync", in: ["record", "second", "end"]) {
        case "record": .everyRecord
        case "end": .onClose
        default: .standard
        }
    }

    static func listInputs(_ paths: [String], excluding outputPath: String) throws -> [BatchInput] {
        let inputs: [BatchInput]
        do {
            inputs = try CorpusFiles.list(paths)
        } catch let error as PlumeError {
            throw CommandError.failure(error.description)
        }
        let output = URL(fileURLWithPath: outputPath).standardizedFileURL.path
        return inputs.filter { URL(fileURLWithPath: $0.source).standardizedFileURL.path != output }
    }

    static func openOutput(_ path: String, syncPolicy: FileSyncPolicy, context: CommandContext)
        throws -> any ResultOutput
    {
        let output: any ResultOutput
        do {
            output = try ResultFormat.openOutput(path, syncPolicy: syncPolicy)
            let dropped = try output.recordedResults().droppedBytes
            if dropped > 0 {
                context.warn(
                    "\(ResultFormat.displayName(of: path)): dropped the last \(dropped) bytes, "
                        + "an incomplete record left by an interrupted run; it will be scored "
                        + "again")
            }
        } catch let error as StorageError {
            throw CommandError.failure(error.description)
        }
        return output
    }
}
