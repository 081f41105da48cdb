import Foundation
import Lexicon
import Tagging

/// `plume train-tagger`: trains the part-of-speech tagger from CoNLL-U files.
enum TrainTaggerCommand: Command {
    static let name = "train-tagger"
    static let summary = "Train the French tagger from CoNLL-U treebanks and Lexique."
    static let usage = "train-tagger FILE.conllu... --output MODEL [--tags-only FILE]... [options]"
    static let discussion = """
        Reads every FILE (Universal Dependencies CoNLL-U), trains the token and
        morphology classifiers and writes a model that `plume analyze` and
        `plume eval-tagger` load. The same files, options and seed give the
        same model. Progress goes to standard error when it is a terminal.
        """

    static var options: [OptionSpec] {
        [
            .value("output", "MODEL", "Path of the model file to write."),
            .value(
                "tags-only", "FILE",
                "CoNLL-U file that trains parts of speech but not features or lemmas.",
                repeatable: true),
            .value("epochs", "N", "Passes of the token classifier (default 12)."),
            .value("morph-epochs", "N", "Passes of the morphology classifier (default 10)."),
            .value("seed", "N", "Seed of the sentence shuffling (default 20240601)."),
            .value(
                "prune", "W",
                "Drop averaged weights smaller than W in magnitude (default \(TaggerTrainingOptions().pruningThreshold))."
            ),
            AnalyzerOptions.specs[0],
        ]
    }

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
        guard !arguments.positionals.isEmpty else {
            throw CommandError.usage("missing training FILE.conllu")
        }
        guard let output = arguments.value("output") else {
            throw CommandError.usage("missing --output MODEL")
        }
        var options = TaggerTrainingOptions()
        options.tokenEpochs = try arguments.integer("epochs", in: 1...200) ?? options.tokenEpochs
        options.morphEpochs =
            try arguments.integer("morph-epochs", in: 1...200) ?? options.morphEpochs
        options.seed = UInt64(try arguments.integer("seed", in: 0...Int.max) ?? Int(options.seed))
        if let text = arguments.value("prune") {
            guard let threshold = Float(text), threshold >= 0, threshold.isFinite else {
                throw CommandError.usage("invalid --prune \(text), expected a number >= 0")
            }
            options.pruningThreshold = threshold
        }
        let showsProgress = context.errors.isTerminal
        do {
            let resources = try TaggerCommandSupport.resources(arguments, context: context)
            let lexique = try Lexique(resources: resources)
            var sentences: [AnnotatedSentence] = []
            for path in arguments.positionals {
                sentences += try CoNLLUReader.read(contentsOf: URL(fileURLWithPath: path))
            }
            let tagOnlyPaths = arguments.values["tags-only"] ?? []
            var tagOnly: [AnnotatedSentence] = []
            for path in tagOnlyPaths {
                tagOnly += try CoNLLUReader.read(contentsOf: URL(fileURLWithPath: path))
            }
            func names(_ paths: [String]) -> String {
                paths.map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: ", ")
            }
            let notes = [
                "data": names(arguments.positionals), "tags-only data": names(tagOnlyPaths),
                "sentences": String(sentences.count + tagOnly.count),
            ]
            let model = try TaggerTrainer(lexique: lexique, options: options).train(
                on: sentences, tagOnlySentences: tagOnly, notes: notes,
                progress: { line in if showsProgress { context.errors.write(line + "\n") } })
            try model.write(to: URL(fileURLWithPath: output))
            context.output.write("wrote \(output) (\(sentences.count) training sentences)\n")
        } catch let error as TaggingError {
            throw CommandError.failure(error.description)
        } catch let error as LexiconError {
            throw CommandError.failure(error.description)
        }
        return .success
    }
}

/// Helpers shared by the tagger commands.
enum TaggerCommandSupport {
    static func resources(_ arguments: ParsedArguments, context: CommandContext) throws
        -> ResourceDirectory
    {
        try ResourceDirectory.locate(
            explicitPath: arguments.value("resources")
                ?? context.environment[ResourceDirectory.environmentVariable])
    }
}
