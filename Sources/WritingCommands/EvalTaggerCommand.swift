import Foundation
import Lexicon
import Tagging

/// `plume eval-tagger`: accuracy of the tagger on a gold CoNLL-U file.
enum EvalTaggerCommand: Command {
    static let name = "eval-tagger"
    static let summary = "Measure the tagger's UPOS, feature and lemma accuracy on a CoNLL-U file."
    static let usage = "eval-tagger FILE.conllu [--model MODEL] [--format text|json]"
    static let discussion = """
        Tags the gold tokens of FILE and compares each syntactic word with the
        gold one. A token split into the wrong number of words (« des » as an
        article instead of « de » + « les ») counts all its words as wrong.
        UFeats compares the universal features, as the CoNLL 2018 evaluation
        script does; « all features » compares the whole FEATS column. Lemmas
        must match exactly, case included. JSON fractions are between 0 and 1.
        """
    static let formats = ["text", "json"]

    static var options: [OptionSpec] {
        [
            .value("model", "MODEL", "Model file (default: lexicons/\(TaggerModel.relativePath))."),
            .value("format", "FORMAT", "Output format: text (default) or json."),
            AnalyzerOptions.specs[0],
        ]
    }

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
        guard arguments.positionals.count == 1 else {
            throw CommandError.usage(
                arguments.positionals.isEmpty
                    ? "missing FILE.conllu to evaluate on"
                    : "expected one FILE, got \(arguments.positionals.count)")
        }
        let format = try arguments.choice("format", in: formats) ?? "text"
        let evaluation: TaggerEvaluation
        do {
            let modelURL: URL
            if let path = arguments.value("model") {
                modelURL = URL(fileURLWithPath: path)
            } else {
                let resources = try TaggerCommandSupport.resources(arguments, context: context)
                modelURL = resources.lexicon(TaggerModel.relativePath)
            }
            let tagger = FrenchTagger(model: try TaggerModel.load(contentsOf: modelURL))
            let gold = try CoNLLUReader.read(
                contentsOf: URL(fileURLWithPath: arguments.positionals[0]))
            evaluation = tagger.evaluate(on: gold)
        } catch let error as TaggingError {
            throw CommandError.failure(error.description)
        } catch let error as LexiconError {
            throw CommandError.failure(error.description)
        }
        if format == "json" {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let data = try encoder.encode(evaluation)
            context.output.write(String(decoding: data, as: UTF8.self) + "\n")
        } else {
            context.output.write(render(evaluation))
        }
        return .success
    }

    static func render(_ evaluation: TaggerEvaluation) -> String {
        func percent(_ value: Double) -> String { String(format: "%6.2f %%", 100 * value) }
        var text = "\(evaluation.words) words in \(evaluation.tokens) tokens\n"
        text += "UPOS          \(percent(evaluation.upos))\n"
        text += "UFeats        \(percent(evaluation.ufeats))\n"
        text += "All features  \(percent(evaluation.allFeatures))\n"
        text += "Lemma         \(percent(evaluation.lemma))\n"
        text += "Token splits  \(percent(evaluation.contractionSplits))\n\nSingle features:\n"
        for name in TaggerEvaluation.reportedFeatures {
            let padding = String(repeating: " ", count: 14 - name.count)
            text += "  \(name)\(padding)\(percent(evaluation.featureAccuracy[name] ?? 0))\n"
        }
        text += "\nUPOS confusion (gold → predicted: count), largest first:\n"
        let errors = evaluation.confusion.flatMap { gold, row in
            row.map { (gold, $0.key, $0.value) }
        }
        .sorted { ($0.2, $1.0, $1.1) > ($1.2, $0.0, $0.1) }
        for (gold, predicted, count) in errors.prefix(25) {
            text += "  \(gold) → \(predicted): \(count)\n"
        }
        return text
    }
}
