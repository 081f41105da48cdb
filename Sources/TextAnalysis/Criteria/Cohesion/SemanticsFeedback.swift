import WritingModel

/// The sentences the sémantique message is built from, quoting the
/// student's text, most important point first.
struct SemanticsFeedback {
    /// Advice when every measure is at level 4.
    static let fallbackAdvice =
        "Continuez à relier chaque idée à la précédente par un connecteur précis."

    let points: [FeedbackPoint]
    let opening: String

    init(
        connectives: ConnectiveUsage, cohesion: ReferentialCohesion,
        structure: ParagraphStructure, relevance: PromptRelevance?, context: AnalysisContext
    ) {
        let document = context.document
        let used = connectives.byFunction.keys.sorted().map(Self.functionName)
        opening =
            used.isEmpty
            ? "Vous n’employez presque aucun connecteur logique."
            : "Vos connecteurs expriment \(FrenchList.joined(used, conjunction: "et"))."
        var points: [FeedbackPoint] = []
        if let relevance {
            points.append(Self.driftPoint(relevance, document: document))
            points.append(Self.coveragePoint(relevance))
        }
        points.append(Self.structurePoint(structure))
        points.append(
            FeedbackPoint(
                measure: "connective_misuses",
                advice: connectives.findings.first.map(\.message)))
        points.append(
            Self.functionPoint(
                connectives, lexicon: context.resources.connectives, document: document))
        let opened = Set(
            ConnectiveUsage.openings(connectives.matches, document: document).map(\.sentence))
        points.append(Self.linkPoint(cohesion, openedByConnective: opened, document: document))
        self.points = points
    }

    static func driftPoint(_ relevance: PromptRelevance, document: Document) -> FeedbackPoint {
        guard let index = relevance.driftingParagraphs.first,
            let sentence = document.paragraphs[index].sentenceRange.first
        else { return FeedbackPoint(measure: "off_topic_paragraphs") }
        let opening = Self.opening(of: document.sentences[sentence], in: document)
        return FeedbackPoint(
            measure: "off_topic_paragraphs",
            advice:
                "Le paragraphe qui commence par \(FrenchTypography.quoted(opening)) s’écarte du sujet\u{00A0}: "
                + "reliez-le à la question posée.")
    }

    static func coveragePoint(_ relevance: PromptRelevance) -> FeedbackPoint {
        let used = Array(relevance.usedPromptLemmas.prefix(2))
        let missing = Array(relevance.missingPromptLemmas.prefix(2))
        return FeedbackPoint(
            measure: "weighted_prompt_coverage",
            praise: used.isEmpty
                ? nil
                : "Vous reprenez les notions clés du sujet, comme \(FrenchList.quoted(used)).",
            advice: missing.isEmpty
                ? nil
                : "Reprenez les notions clés du sujet, comme \(FrenchList.quoted(missing)), "
                    + "pour montrer que vous y répondez.")
    }

    static func structurePoint(_ structure: ParagraphStructure) -> FeedbackPoint {
        let advice: String?
        if structure.paragraphWords.count < 2 {
            advice =
                "Découpez votre texte en paragraphes, un par idée, avec une introduction et une conclusion."
        } else if !structure.hasConclusion {
            advice =
                "Terminez par un paragraphe de conclusion qui réponde à la question, "
                + "ouvert par exemple par «\u{00A0}En somme\u{00A0}»."
        } else if !structure.hasIntroduction {
            advice =
                "Commencez par un paragraphe d’introduction qui présente le sujet et la question."
        } else {
            advice = nil
        }
        return FeedbackPoint(
            measure: "structure_parts",
            praise:
                "Votre texte suit un plan clair\u{00A0}: introduction, développement et conclusion.",
            advice: advice)
    }

    static func functionPoint(
        _ usage: ConnectiveUsage, lexicon: ConnectiveLexicon, document: Document
    ) -> FeedbackPoint {
        var examples: [String] = []
        var seenFunctions = Set<String>()
        for match in usage.matches where seenFunctions.insert(match.function).inserted {
            examples.append(document.original(ConnectiveUsage.span(of: match, in: document)))
        }
        let praise =
            examples.count >= 2
            ? "Vous reliez vos idées avec des connecteurs variés, comme \(FrenchList.quoted(Array(examples.prefix(3))))."
            : nil
        return FeedbackPoint(
            measure: "connective_functions", praise: praise,
            advice: missingFunctionAdvice(usage, lexicon: lexicon))
    }

    static func missingFunctionAdvice(_ usage: ConnectiveUsage, lexicon: ConnectiveLexicon)
        -> String
    {
        func examples(_ function: String) -> String {
            FrenchList.quoted(
                Array(lexicon.connectives(for: function).filter { !$0.hasSuffix("'") }.prefix(2)))
        }
        let has = { (function: String) in usage.byFunction[function] != nil }
        if !has("opposition") && !has("concession") {
            return "Pour nuancer votre propos, ajoutez une opposition (\(examples("opposition")))."
        }
        if !has("cause") && !has("consequence") {
            return
                "Pour justifier vos idées, exprimez la cause ou la conséquence (\(examples("cause")))."
        }
        if let missing = lexicon.functions.first(where: { !has($0) }) {
            return "Employez des connecteurs plus variés, par exemple pour exprimer "
                + "\(functionName(missing)) (\(examples(missing)))."
        }
        return "Variez davantage les connecteurs qui relient vos phrases."
    }

    static func linkPoint(
        _ cohesion: ReferentialCohesion, openedByConnective: Set<Int>, document: Document
    ) -> FeedbackPoint {
        let praise = cohesion.mostSharedLemma.map {
            "Vos phrases s’enchaînent en reprenant les mots importants, comme \(FrenchTypography.quoted($0))."
        }
        let advice = cohesion.firstUnlinkedSentence(openedByConnective: openedByConnective).map {
            index in
            let opening = Self.opening(of: document.sentences[index], in: document)
            return
                "La phrase \(FrenchTypography.quoted(opening)) ne reprend aucun mot de la précédente\u{202F}; "
                + "reliez-la par un mot repris, un pronom ou un connecteur."
        }
        return FeedbackPoint(measure: "adjacent_sentence_overlap", praise: praise, advice: advice)
    }

    /// Returns the first `words` words of a sentence as written, with « … »
    /// when the sentence goes on.
    static func opening(of sentence: Sentence, in document: Document, words: Int = 6) -> String {
        let wordIndices = sentence.tokenRange.filter { document.tokens[$0].isWord }
        guard let first = sentence.tokenRange.first, !wordIndices.isEmpty else { return "" }
        let last = wordIndices[min(words, wordIndices.count) - 1]
        let text = document.original(
            TextSpan(start: document.tokens[first].span.start, end: document.tokens[last].span.end))
        return wordIndices.count > words ? text + "…" : text
    }

    static func functionName(_ function: String) -> String {
        switch function {
        case "addition": "l’ajout"
        case "cause": "la cause"
        case "consequence": "la conséquence"
        case "opposition": "l’opposition"
        case "concession": "la concession"
        case "time": "le temps"
        case "illustration": "l’exemple"
        case "conclusion": "la conclusion"
        default: function
        }
    }
}
