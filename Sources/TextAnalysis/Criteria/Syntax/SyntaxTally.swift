import Tagging
import WritingModel

/// Text-level counts of the syntaxe criterion, summed over sentences.
struct SyntaxTally {
    var lengths: [Int] = []
    var clauseCounts: [Int] = []
    var finiteVerbs = 0
    var conjunctionClauses = 0
    var relativeClauses = 0
    var infinitiveClauses = 0
    var participleClauses = 0
    var coordinations = 0
    var passives = 0
    var innerPunctuation = 0
    var fragments = 0
    var long = 0
    var runOn = 0
    var missingFinalPunctuation = 0
    var titles = 0
    var kinds: [SentenceStructure.Kind: Int] = [:]
    /// Opening lemma of each sentence, nil for titles and empty sentences.
    var openings: [String?] = []

    mutating func add(_ structure: SentenceStructure, flags: SentenceFlags, isTitle: Bool) {
        openings.append(isTitle ? nil : structure.opening)
        guard !isTitle else {
            titles += 1
            return
        }
        lengths.append(structure.words)
        clauseCounts.append(structure.clauses)
        finiteVerbs += structure.finiteVerbs
        conjunctionClauses += structure.conjunctionClauses
        relativeClauses += structure.relativeClauses
        infinitiveClauses += structure.infinitiveClauses
        participleClauses += structure.participleClauses
        coordinations += structure.coordinations
        passives += structure.passives
        innerPunctuation += structure.innerPunctuation
        kinds[structure.kind, default: 0] += 1
        if flags.isFragment { fragments += 1 }
        if flags.isLong { long += 1 }
        if flags.isRunOn { runOn += 1 }
        if flags.lacksFinalPunctuation { missingFinalPunctuation += 1 }
    }

    var sentenceCount: Int { lengths.count }

    var meanLength: Double {
        Double(lengths.reduce(0, +)) / Double(max(sentenceCount, 1))
    }

    var subordinateClauses: Int {
        conjunctionClauses + relativeClauses + infinitiveClauses + participleClauses
    }

    /// Distinct opening lemmas per sentence, from 0 to 1.
    var openingVariety: Double? {
        let present = openings.compactMap { $0 }
        return present.isEmpty ? nil : Double(Set(present).count) / Double(present.count)
    }

    var measures: [String: MeasureValue] {
        let count = Double(max(sentenceCount, 1))
        var kindCounts: [String: MeasureValue] = [:]
        for kind in SentenceStructure.Kind.allCases {
            kindCounts[kind.rawValue] = .integer(kinds[kind] ?? 0)
        }
        return [
            "sentences": .integer(sentenceCount),
            "titles": .integer(titles),
            "mean_sentence_length": .number(meanLength),
            "max_sentence_length": .integer(lengths.max() ?? 0),
            "mean_clauses_per_sentence": .number(Double(clauseCounts.reduce(0, +)) / count),
            "max_clauses_per_sentence": .integer(clauseCounts.max() ?? 0),
            "finite_verbs": .integer(finiteVerbs),
            "subordinate_clauses": .record([
                "conjunction": .integer(conjunctionClauses), "relative": .integer(relativeClauses),
                "infinitive": .integer(infinitiveClauses),
                "participle": .integer(participleClauses),
            ]),
            "subordinate_clauses_per_sentence": .number(Double(subordinateClauses) / count),
            "coordinations": .integer(coordinations),
            "verbless_sentences": .integer(fragments),
            "verbless_sentence_share": .number(Double(fragments) / count),
            "long_sentences": .integer(long),
            "long_sentence_share": .number(Double(long) / count),
            "run_on_sentences": .integer(runOn),
            "run_on_sentence_share": .number(Double(runOn) / count),
            "inner_punctuation_per_sentence": .number(Double(innerPunctuation) / count),
            "sentences_without_final_punctuation": .integer(missingFinalPunctuation),
            "sentence_types": .record(kindCounts),
            "sentence_type_count": .integer(kinds.values.filter { $0 > 0 }.count),
            "opening_variety": .number(openingVariety),
            "passive_verbs": .integer(passives),
            "passive_share": .number(
                finiteVerbs > 0 ? Double(passives) / Double(finiteVerbs) : nil),
        ]
    }
}
