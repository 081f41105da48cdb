import Foundation
import Plume
import TextAnalysis
import WritingModel

/// `plume calibrate`: recomputes the level table as percentiles of a
/// school's own essays.
enum CalibrateCommand: Command {
    static let name = "calibrate"
    static let summary = "Recompute level cut points as percentiles of a corpus of essays."
    static let usage = "calibrate CORPUS [--out FILE] [--prompts DIR] [--min-values N]"
    static let discussion = """
        Analyses every .txt file of the folder CORPUS and, for each measure of
        the current level table (--levels, or lexicons/fr/levels.tsv), sets
        the cut points from the corpus: where a higher value is better, level 2
        starts at the 25th percentile, level 3 at the median and level 4 at
        the 75th percentile (mirrored where lower is better), so each level
        holds about a quarter of the essays. A measure with fewer than
        --min-values values keeps its current cut points. The table goes to
        standard output or to --out FILE; use it with `plume analyze --levels FILE`.
        With --prompts DIR, an essay's prompt is the file of DIR with the same name.
        """

    static var options: [OptionSpec] {
        [
            .value("out", "FILE", "Write the table to FILE instead of standard output."),
            .value(
                "prompts", "DIR", "Folder of prompts, one per essay, with the essay's file name."),
            .value(
                "min-values", "N",
                "Fewest essays with a value for a measure to be recalibrated (default 5)."),
        ] + AnalyzerOptions.specs
    }

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
        guard arguments.positionals.count == 1 else {
            throw CommandError.usage(
                arguments.positionals.isEmpty
                    ? "missing CORPUS folder"
                    : "expected one CORPUS folder, got \(arguments.positionals.count)")
        }
        let corpus = try TextCorpus(path: arguments.positionals[0])
        let minimumValues = try arguments.integer("min-values", in: 1...1_000_000) ?? 5
        let analyzer = try AnalyzerOptions.makeAnalyzer(arguments, context: context)
        var calibrator = LevelCalibrator(
            base: analyzer.resources.levels, minimumValues: minimumValues)
        for (number, file) in corpus.files.enumerated() {
            TextCorpus.progress(number + 1, of: corpus.files.count, file, context: context)
            guard let text = TextCorpus.read(file, context: context) else { continue }
            let prompt = arguments.value("prompts").flatMap { folder in
                promptText(for: file, in: folder, context: context)
            }
            calibrator.add(try analyzer.analyze(text, prompt: prompt).criteria)
        }
        guard calibrator.reportCount > 0 else {
            throw CommandError.failure(
                "\(corpus.path): no text could be read; nothing to calibrate")
        }
        let table = calibrator.calibrated(corpusName: corpus.name).rendered(
            header: LevelScale.formatHeader + [
                "",
                "Calibrated by `plume calibrate` on \(calibrator.reportCount) texts of "
                    + "\(corpus.name): percentiles 25, 50 and 75 of each measure.",
            ])
        try OutputFile.write(table, to: arguments.value("out"), context: context)
        return .success
    }

    /// Reads the prompt of `essay`: the file of `folder` with the same name,
    /// or nil with a warning when there is none.
    static func promptText(for essay: URL, in folder: String, context: CommandContext)
        -> String?
    {
        let url = URL(fileURLWithPath: folder).appendingPathComponent(essay.lastPathComponent)
        guard FileManager.default.fileExists(atPath: url.path) else {
            context.warn(
                "no prompt \(url.path) for \(essay.lastPathComponent); analysed without one")
            return nil
        }
        return TextCorpus.read(url, context: context)
    }
}
