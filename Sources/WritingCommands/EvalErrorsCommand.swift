import ErrorEvaluation
import Foundation
import Lexicon
import Plume
import Tagging

/// `plume eval-errors`: recall, precision, false alarms and suggestion
/// accuracy of Plume's orthographe checks on errors injected into treebank
/// sentences.
enum EvalErrorsCommand: Command {
    static let name = "eval-errors"
    static let summary = "Score the spelling, grammar and typography checks on injected errors."
    static let usage =
        "eval-errors FILE.conllu... [--seed N] [--per-category N] [--format text|json] "
        + "[--export DIR]"
    static let discussion = """
        Puts each sentence of the CoNLL-U files in French typography, injects
        one error into a copy of it (non-word, homophone, verb form, noun
        phrase, subject-verb and participle agreement, conjugation,
        typography) and checks the corrupted and the clean sentences, each as
        its own text. An injected error is found when a finding of the same
        category overlaps it; precision counts the findings of a category on
        the corrupted sentences that hit an error of that category; false
        alarms are errors and warnings (not hints) on the clean sentences per
        1,000 words; top-1 is the share of non-word errors found whose first
        suggestion is the original word. EVALUATION.md has the details.
        --export writes both sets with their gold errors, and Plume's
        findings, as JSON lines for a peer tool (bench/grammalecte_eval.py).
        """
    static let formats = ["text", "json"]

    static var options: [OptionSpec] {
        [
            .value("seed", "N", "Seed of the error generator (default: 1)."),
            .value(
                "per-category", "N",
                "Most errors per category (default: one error for every sentence)."),
            .value("format", "FORMAT", "Output format: text (default) or json."),
            .value("export", "DIR", "Folder to write the sets and findings to, as JSON lines."),
            AnalyzerOptions.specs[0], AnalyzerOptions.specs[1],
        ]
    }

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
        guard !arguments.positionals.isEmpty else {
            throw CommandError.usage("missing FILE.conllu to inject errors into")
        }
        let format = try arguments.choice("format", in: formats) ?? "text"
        let seed = try arguments.integer("seed", in: 0...Int.max) ?? 1
        let perCategory = try arguments.integer("per-category", in: 1...Int.max)
        let files = try arguments.positionals.map(existingFile)

        let analyzer = try AnalyzerOptions.makeAnalyzer(arguments, context: context)
        let resources = analyzer.resources
        let sets: EvaluationSets
        do {
            let generator = ErrorGenerator(
                tables: try ErrorTables(directory: resources.directory), lexique: resources.lexique,
                spellChecker: resources.spellChecker)
            sets = try EvaluationSets(
                files: files, generator: generator, seed: UInt64(seed), perCategory: perCategory)
        } catch let error as TaggingError {
            throw CommandError.failure(error.description)
        } catch let error as LexiconError {
            throw CommandError.failure(error.description)
        }

        let checker = PlumeChecker(resources: resources)
        let cleanFindings = try checker.check(sets.clean)
        let corruptedFindings = try checker.check(sets.corrupted)
        let score = ErrorScore(
            corrupted: sets.corrupted, corruptedFindings: corruptedFindings, clean: sets.clean,
            cleanFindings: cleanFindings)

        if let directory = arguments.value("export") {
            try export(sets, cleanFindings, corruptedFindings, to: directory)
        }
        let report = EvalErrorsReport(
            files: arguments.positionals, seed: seed, perCategory: perCategory, score: score)
        context.output.write(format == "json" ? try report.json() : report.text())
        return .success
    }

    private static func existingFile(_ path: String) throws -> URL {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
            !isDirectory.boolValue
        else {
            throw CommandError.failure(
                "\(path): no such CoNLL-U file; pass treebank files such as "
                    + "corpora/treebanks/fr_sequoia-ud-dev.conllu")
        }
        return URL(fileURLWithPath: path)
    }

    private static func export(
        _ sets: EvaluationSets, _ clean: [SentenceFindings], _ corrupted: [SentenceFindings],
        to path: String
    ) throws {
        do {
            try EvaluationExport.write(
                sets, cleanFindings: clean, corruptedFindings: corrupted,
                to: URL(fileURLWithPath: path))
        } catch {
            throw CommandError.failure(
                "cannot write the sets to \(path): \(error.localizedDescription); "
                    + "pass a writable folder to --export")
        }
    }
}
