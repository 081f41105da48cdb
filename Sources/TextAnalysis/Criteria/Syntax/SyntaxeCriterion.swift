import Tagging
import WritingModel

/// Sentence structure, from the tagger's parts of speech and features:
/// clauses and subordination, coordination, sentence length in words and
/// clauses, sentences without a finite verb, run-on sentences, punctuation,
/// variety of sentence types and openings, passive voice.
public struct SyntaxeCriterion: TextCriterion {
    public let criterion = Criterion.syntaxe
    /// Word count from which a sentence is flagged as very long. Lycée
    /// style guides commonly advise splitting sentences past 30–35 words.
    public var longSentenceWords = 35
    /// Shortest sentence, in words, checked for a verb: titles and short
    /// exclamations (« Quelle horreur ! ») are not fragments.
    public var minimumWordsForVerbCheck = 4
    /// Clauses from which a sentence with little inner punctuation reads as
    /// a run-on sentence.
    public var runOnClauses = 4
    /// Consecutive sentences opening with the same word that get flagged.
    public var repeatedOpenings = 3

    /// Creates the criterion.
    public init() {}

    public func evaluate(_ context: AnalysisContext) -> CriterionResult {
        let document = context.document
        guard
            document.sentences.contains(where: { sentence in
                document.tokens(of: sentence).contains(where: \.isWord)
            })
        else {
            return CriterionResult(
                report: .notMeasured(criterion, message: "Le texte ne contient aucune phrase."))
        }
        var tally = SyntaxTally()
        var findings: [Finding] = []
        for (index, sentence) in document.sentences.enumerated() {
            let tagged = index < context.taggedSentences.count ? context.taggedSentences[index] : []
            let structure = SentenceStructure(
                tokens: document.tokens(of: sentence), tagged: tagged,
                passiveAuxiliaries: context.resources.passiveAuxiliaries)
            let isTitle = isTitle(sentence, structure, in: document)
            let flags = SentenceFlags(
                isFragment: !isTitle && structure.finiteVerbs == 0
                    && structure.words >= minimumWordsForVerbCheck,
                isLong: structure.words >= longSentenceWords,
                isRunOn: isRunOn(structure),
                lacksFinalPunctuation: !isTitle && !structure.hasFinalPunctuation
                    && structure.finiteVerbs > 0)
            tally.add(structure, flags: flags, isTitle: isTitle)
            findings += SyntaxFindings.findings(for: sentence, structure, flags)
        }
        findings += SyntaxFindings.repeatedOpenings(
            document.sentences, tally.openings, minimumRun: repeatedOpenings)
        let measures = tally.measures
        let level = context.resources.levels.level(criterion, measures: measures) ?? 1
        return CriterionResult(
            report: CriterionReport(
                criterion: criterion, level: level, measures: measures,
                message: SyntaxFindings.message(level: level, tally: tally)),
            findings: findings.sorted { $0.span < $1.span })
    }

    /// Many clauses with hardly a comma between them, or a long sentence
    /// with none at all.
    func isRunOn(_ structure: SentenceStructure) -> Bool {
        let clauses = structure.finiteVerbs + structure.infinitiveClauses
        if clauses >= runOnClauses && structure.innerPunctuation * 2 < clauses - 1 { return true }
        return structure.words >= 30 && structure.innerPunctuation == 0 && clauses >= 2
    }

    /// A title: the only sentence of its paragraph, without final
    /// punctuation and without a finite verb, or at most eight words long.
    func isTitle(_ sentence: Sentence, _ structure: SentenceStructure, in document: Document)
        -> Bool
    {
        guard !structure.hasFinalPunctuation,
            sentence.paragraphIndex < document.paragraphs.count,
            document.paragraphs[sentence.paragraphIndex].sentenceRange.count == 1
        else { return false }
        return structure.finiteVerbs == 0 || structure.words <= 8
    }
}

/// What the criterion flags in one sentence.
struct SentenceFlags {
    var isFragment: Bool
    var isLong: Bool
    var isRunOn: Bool
    var lacksFinalPunctuation: Bool
}
