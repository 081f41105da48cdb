import Lexicon

/// Converts Lexique 3 analyses to Universal Dependencies parts of speech
/// and feature bundles, following the French UD treebanks' conventions.
///
/// Only open classes are converted: nouns, verbs, auxiliaries, adjectives,
/// adverbs, interjections and cardinal numbers. Closed classes (articles,
/// pronouns, prepositions, conjunctions) follow the treebanks, which list
/// all of their frequent forms. Where Lexique leaves gender or number blank
/// (« élève », « gris »), every value is proposed.
enum LexiqueConversion {
    /// The UD readings of one Lexique analysis.
    static func readings(of entry: LexicalEntry) -> [(UniversalPOS, MorphFeatures)] {
        switch entry.partOfSpeech {
        case .noun:
            return nominal(entry, tag: .noun, blankGender: ["Masc", "Fem"])
        case .adjective:
            // The treebanks give an adjective a gender only when its form shows one.
            return nominal(entry, tag: .adj, blankGender: [nil])
        case .adverb:
            return [(.adv, .none)]
        case .interjection:
            return [(.intj, .none)]
        case .numeralAdjective:
            return [(.num, MorphFeatures([.init(name: "NumType", value: "Card")]))]
        case .verb, .auxiliary:
            let tag: UniversalPOS = entry.partOfSpeech == .verb ? .verb : .aux
            return entry.inflections.flatMap { verbal(entry, $0) }.map { (tag, $0) }
        default:
            return []
        }
    }

    private static func nominal(
        _ entry: LexicalEntry, tag: UniversalPOS, blankGender: [String?]
    ) -> [(UniversalPOS, MorphFeatures)] {
        let genders = entry.gender.map { [$0 == .masculine ? "Masc" : "Fem"] } ?? blankGender
        let numbers = entry.number.map { [$0 == .singular ? "Sing" : "Plur"] } ?? ["Sing", "Plur"]
        var result: [(UniversalPOS, MorphFeatures)] = []
        for gender in genders {
            for number in numbers {
                var features = [MorphFeatures.Feature(name: "Number", value: number)]
                if let gender { features.append(.init(name: "Gender", value: gender)) }
                result.append((tag, MorphFeatures(features)))
            }
        }
        return result
    }

    private static let tenses: [VerbInflection.Tense: String] = [
        .present: "Pres", .imperfect: "Imp", .past: "Past", .future: "Fut",
    ]
    private static let moods: [VerbInflection.Mood: String] = [
        .indicative: "Ind", .subjunctive: "Sub", .imperative: "Imp", .conditional: "Cnd",
    ]

    private static func verbal(
        _ entry: LexicalEntry, _ inflection: VerbInflection
    ) -> [MorphFeatures] {
        typealias Feature = MorphFeatures.Feature
        switch inflection.mood {
        case .infinitive:
            return [MorphFeatures([Feature(name: "VerbForm", value: "Inf")])]
        case .participle where inflection.tense == .present:
            return [
                MorphFeatures([
                    .init(name: "Tense", value: "Pres"), .init(name: "VerbForm", value: "Part"),
                ])
            ]
        case .participle:
            var base = [
                Feature(name: "Tense", value: "Past"), Feature(name: "VerbForm", value: "Part"),
            ]
            if let gender = entry.gender {
                base.append(Feature(name: "Gender", value: gender == .masculine ? "Masc" : "Fem"))
            }
            if let number = entry.number {
                base.append(Feature(name: "Number", value: number == .singular ? "Sing" : "Plur"))
            }
            // Passive participles carry Voice=Pass in the treebanks.
            return [
                MorphFeatures(base), MorphFeatures(base + [Feature(name: "Voice", value: "Pass")]),
            ]
        default:
            var features = [Feature(name: "VerbForm", value: "Fin")]
            if let mood = moods[inflection.mood] {
                features.append(Feature(name: "Mood", value: mood))
            }
            let tense =
                inflection.mood == .imperative || inflection.mood == .conditional
                ? "Pres" : inflection.tense.flatMap { tenses[$0] }
            if let tense { features.append(Feature(name: "Tense", value: tense)) }
            if let person = inflection.person {
                features.append(Feature(name: "Person", value: String(person)))
            }
            if let number = inflection.number {
                features.append(
                    Feature(name: "Number", value: number == .singular ? "Sing" : "Plur"))
            }
            return [MorphFeatures(features)]
        }
    }
}
