import Lexicon

/// The grammar words the agreement rules recognise, read from
/// `lexicons/fr/checking/agreement-words.tsv`.
struct AgreementWords: Sendable {
    /// Path of the list inside `lexicons/`.
    static let relativePath = "fr/checking/agreement-words.tsv"

    /// One determiner form.
    struct Determiner: Sendable, Hashable {
        var form: String
        var features: GenderNumberSet
        var paradigm: String
        /// Whether the masculine form is also used before a feminine word
        /// that starts with a vowel (« mon amie »).
        var isFeminineBeforeVowel: Bool
        /// Whether the number is left to the homophone rules (« leur »,
        /// « leurs »), so that the noun gives the phrase's number.
        var isNumberHomophone = false
    }

    /// One subject pronoun.
    struct SubjectPronoun: Sendable, Hashable {
        var person: Int
        var number: GrammaticalNumber
        var gender: Gender?
        /// Persons a finite verb may take after it.
        var verbPersons: PersonNumberSet { PersonNumberSet(person: person, number: number) }
    }

    /// An ending that inflects regular nouns and adjectives, with the
    /// gender and number it marks (nil: the base form's own).
    struct InflectionEnding: Sendable, Hashable {
        var ending: String
        var gender: Gender?
        var number: GrammaticalNumber?
    }

    private(set) var determiners: [String: Determiner] = [:]
    private(set) var paradigms: [String: [Determiner]] = [:]
    private(set) var subjects: [String: SubjectPronoun] = [:]
    private(set) var clitics: Set<String> = []
    /// Reflexive clitics with the subjects that make them reflexive:
    /// « se » for the third person, « nous » for « nous ».
    private(set) var reflexivePersons: [String: PersonNumberSet] = [:]
    private(set) var indirectReflexives: Set<String> = []
    /// Prepositions (« de », « à ») after which each verb lemma shares its
    /// subject with an infinitive.
    private(set) var infinitivePrepositions: [String: Set<String>] = [:]
    private(set) var infinitiveOtherSubjects: Set<String> = []
    private(set) var collectives: Set<String> = []
    private(set) var epicenes: Set<String> = []
    private(set) var relatives: Set<String> = []
    private(set) var objectRelatives: Set<String> = []
    private(set) var complementPrepositions: Set<String> = []
    private(set) var subjectComplementPrepositions: Set<String> = []
    private(set) var agreeingAuxiliaries: Set<String> = []
    private(set) var participleAuxiliaries: Set<String> = []
    private(set) var passiveParticiples: Set<String> = []
    private(set) var singularNumerals: Set<String> = []
    private(set) var alternatives: Set<String> = []
    private(set) var colours: Set<String> = []
    /// Endings of regular plurals and feminines, in file order.
    private(set) var inflectionEndings: [InflectionEnding] = []

    /// Checks whether `form` is a reflexive clitic.
    func isReflexive(_ form: String) -> Bool { reflexivePersons[form] != nil }

    /// Checks whether `form` is a reflexive clitic for a subject of `persons`
    /// (« se » with « ils », not « nous » with « elle »).
    func isReflexive(_ form: String, for persons: PersonNumberSet) -> Bool {
        guard let reflexive = reflexivePersons[form] else { return false }
        return !reflexive.isDisjoint(with: persons)
    }

    /// Reads the list from `directory`.
    /// - Throws: `LexiconError` when the list is missing or a row is malformed.
    init(directory: ResourceDirectory) throws {
        let list = try WordList(Self.relativePath, in: directory)
        for row in try list.rows(withAtLeast: 2) {
            try add(row, path: list.path)
        }
    }

    private mutating func add(_ row: WordList.Row, path: String) throws {
        let fields = row.fields
        let form = fields[1]
        func require(_ count: Int) throws {
            guard fields.count >= count else {
                throw LexiconError.malformedLine(
                    path: path, line: row.line,
                    reason: "a \(fields[0]) row needs \(count) tab-separated fields")
            }
        }
        switch fields[0] {
        case "determiner":
            try require(5)
            var determiner = Determiner(
                form: form,
                features: GenderNumberSet(
                    gender: Gender(rawValue: fields[2]),
                    number: GrammaticalNumber(rawValue: fields[3])),
                paradigm: fields[4],
                isFeminineBeforeVowel: fields.count > 5 && fields[5] == "vowel-feminine")
            determiner.isNumberHomophone = fields.count > 5 && fields[5] == "number-homophone"
            determiners[form] = determiner
            paradigms[determiner.paradigm, default: []].append(determiner)
        case "subject":
            try require(5)
            guard let person = Int(fields[2]), let number = GrammaticalNumber(rawValue: fields[3])
            else {
                throw LexiconError.malformedLine(
                    path: path, line: row.line, reason: "invalid person or number in \(fields)")
            }
            subjects[form] = SubjectPronoun(
                person: person, number: number, gender: Gender(rawValue: fields[4]))
        case "clitic": clitics.insert(form)
        case "reflexive":
            try require(4)
            guard let person = Int(fields[2]), (1...3).contains(person) else {
                throw LexiconError.malformedLine(
                    path: path, line: row.line, reason: "invalid person in \(fields)")
            }
            let numbers: [GrammaticalNumber] =
                GrammaticalNumber(rawValue: fields[3]).map { [$0] } ?? [.singular, .plural]
            reflexivePersons[form] = PersonNumberSet(
                numbers.map { PersonNumberSet(person: person, number: $0) })
        case "indirect-reflexive": indirectReflexives.insert(form)
        case "infinitive-subject":
            try require(3)
            infinitivePrepositions[form, default: []].insert(fields[2])
        case "infinitive-other-subject": infinitiveOtherSubjects.insert(form)
        case "collective": collectives.insert(form)
        case "epicene": epicenes.insert(form)
        case "relative": relatives.insert(form)
        case "object-relative": objectRelatives.insert(form)
        case "complement": complementPrepositions.insert(form)
        case "subject-complement": subjectComplementPrepositions.insert(form)
        case "passive": passiveParticiples.insert(form)
        case "singular-numeral": singularNumerals.insert(form)
        case "alternative": alternatives.insert(form)
        case "colour": colours.insert(form)
        case "inflection-ending":
            try require(4)
            inflectionEndings.append(
                InflectionEnding(
                    ending: form, gender: Gender(rawValue: fields[2]),
                    number: GrammaticalNumber(rawValue: fields[3])))
        case "auxiliary":
            try require(3)
            if fields[2] == "agreeing" {
                agreeingAuxiliaries.insert(form)
            } else {
                participleAuxiliaries.insert(form)
            }
        default:
            throw LexiconError.malformedLine(
                path: path, line: row.line, reason: "unknown kind \(fields[0])")
        }
    }
}
