import Foundation
import Plume
import TextAnalysis

/// `plume document-frequencies`: counts in how many paragraphs of a corpus
/// each lemma appears, for the IDF weights of prompt relevance.
enum DocumentFrequenciesCommand: Command {
    static let name = "document-frequencies"
    static let summary = "Count the paragraphs of a corpus that contain each lemma (IDF table)."
    static let usage =
        "document-frequencies CORPUS [--out FILE] [--min-words N] [--min-documents N]"
    static let discussion = """
        Reads every .txt file of the folder CORPUS, takes each paragraph (a
        non-blank line) of at least --min-words words as one document, and
        counts the documents that contain each lemma of a known content word
        (noun, verb, adjective, adverb). Lemmas found in fewer than
        --min-documents documents are left out. The table goes to standard
        output or to --out FILE, in the format of
        lexicons/fr/document-frequencies.tsv, which was made with:

            plume document-frequencies corpora/eltec --out lexicons/fr/document-frequencies.tsv
        """

    static var options: [OptionSpec] {
        [
            .value("out", "FILE", "Write the table to FILE instead of standard output."),
            .value("min-words", "N", "Shortest paragraph counted, in words (default 20)."),
            .value(
                "min-documents", "N",
                "Fewest documents a lemma must appear in to be listed (default 2)."),
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
        let minimumWords = try arguments.integer("min-words", in: 1...100_000) ?? 20
        let minimumDocuments = try arguments.integer("min-documents", in: 1...1_000_000) ?? 2
        let resources = try AnalyzerOptions.makeAnalyzer(arguments, context: context).resources
        var counter = DocumentFrequencyCounter(minimumWords: minimumWords)
        for (number, file) in corpus.files.enumerated() {
            TextCorpus.progress(number + 1, of: corpus.files.count, file, context: context)
            guard let text = TextCorpus.read(file, context: context) else { continue }
            let document = try resources.pipeline.document(for: text)
            counter.add(document, annotations: resources.annotator.annotate(document.tokens))
        }
        guard counter.documentCount > 0 else {
            throw CommandError.failure(
                "\(corpus.path): no paragraph of \(minimumWords) words or more; lower --min-words")
        }
        let table = counter.table(minimumDocuments: minimumDocuments)
        let header = [
            "Document frequencies of content lemmas, for IDF weights of prompt relevance.",
            "Written by `plume document-frequencies` from \(corpus.files.count) files of "
                + "\(corpus.name): one document per paragraph of \(minimumWords) words or more,",
            "lemmas of known content words as Plume's annotator reads them (Lexique 3.83), "
                + "lemmas in fewer than \(minimumDocuments) documents left out.",
            "Format: @documents<TAB>number of documents, then lemma<TAB>documents containing it.",
        ]
        try OutputFile.write(
            table.rendered(header: header), to: arguments.value("out"), context: context)
        return .success
    }
}
