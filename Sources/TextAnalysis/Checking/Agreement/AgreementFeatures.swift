import Lexicon

/// The gender–number combinations a word form can take, one bit each:
/// « élève » is masculine or feminine singular, « prix » any masculine.
struct GenderNumberSet: OptionSet, Hashable, Sendable {
    let rawValue: UInt8

    static let masculineSingular = GenderNumberSet(rawValue: 1)
    static let feminineSingular = GenderNumberSet(rawValue: 2)
    static let masculinePlural = GenderNumberSet(rawValue: 4)
    static let femininePlural = GenderNumberSet(rawValue: 8)
    static let singular: GenderNumberSet = [.masculineSingular, .feminineSingular]
    static let plural: GenderNumberSet = [.masculinePlural, .femininePlural]
    static let masculine: GenderNumberSet = [.masculineSingular, .masculinePlural]
    static let feminine: GenderNumberSet = [.feminineSingular, .femininePlural]
    static let any: GenderNumberSet = [.singular, .plural]

    /// The combinations allowed by a gender and a number, either of which
    /// may be unknown (Lexique leaves them empty for epicene and invariable
    /// words).
    init(gender: Gender?, number: GrammaticalNumber?) {
        let genders: GenderNumberSet =
            switch gender {
            case .masculine: .masculine
            case .feminine: .feminine
            case nil: .any
            }
        let numbers: GenderNumberSet =
            switch number {
            case .singular: .singular
            case .plural: .plural
            case nil: .any
            }
        self = genders.intersection(numbers)
    }

    init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// The numbers present, as a set closed over gender.
    var numbers: GenderNumberSet {
        var result: GenderNumberSet = []
        if !isDisjoint(with: .singular) { result.formUnion(.singular) }
        if !isDisjoint(with: .plural) { result.formUnion(.plural) }
        return result
    }

    /// The genders present, as a set closed over number.
    var genders: GenderNumberSet {
        var result: GenderNumberSet = []
        if !isDisjoint(with: .masculine) { result.formUnion(.masculine) }
        if !isDisjoint(with: .feminine) { result.formUnion(.feminine) }
        return result
    }

    /// The single number of the set, or nil when it allows both or none.
    var definiteNumber: GrammaticalNumber? {
        switch numbers {
        case .singular: .singular
        case .plural: .plural
        default: nil
        }
    }

    /// The single gender of the set, or nil when it allows both or none.
    var definiteGender: Gender? {
        switch genders {
        case .masculine: .masculine
        case .feminine: .feminine
        default: nil
        }
    }

    /// The union of the combinations of `entries` whose part of speech is
    /// in `classes`; verb rows count only when they are past participles.
    static func of(_ entries: LexicalEntries, classes: AgreeingClasses) -> GenderNumberSet {
        var result: GenderNumberSet = []
        for entry in entries where classes.includes(entry.partOfSpeech) {
            if entry.partOfSpeech.isVerbal && !entry.isPastParticiple { continue }
            result.formUnion(GenderNumberSet(gender: entry.gender, number: entry.number))
        }
        return result
    }
}

/// The word classes whose rows `GenderNumberSet.of(_:classes:)` reads. It
/// is a bit set rather than a `Set` because the rules build one per lookup.
struct AgreeingClasses: OptionSet, Sendable {
    let rawValue: UInt8

    static let noun = AgreeingClasses(rawValue: 1)
    static let adjective = AgreeingClasses(rawValue: 2)
    static let verb = AgreeingClasses(rawValue: 4)
    static let auxiliary = AgreeingClasses(rawValue: 8)

    /// Returns whether Lexique's `partOfSpeech` is one of the classes.
    func includes(_ partOfSpeech: LexiquePartOfSpeech) -> Bool {
        switch partOfSpeech {
        case .noun: contains(.noun)
        case .adjective: contains(.adjective)
        case .verb: contains(.verb)
        case .auxiliary: contains(.auxiliary)
        default: false
        }
    }
}

/// The persons a finite verb form can agree with, one bit per person and
/// number: « mange » is first or third person singular.
struct PersonNumberSet: OptionSet, Hashable, Sendable {
    let rawValue: UInt8

    /// The set holding one person (1 to 3) and number.
    init(person: Int, number: GrammaticalNumber) {
        let shift = (person - 1) + (number == .plural ? 3 : 0)
        rawValue = (1...3).contains(person) ? 1 << UInt8(shift) : 0
    }

    init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// The persons of the indicative, subjunctive and conditional readings
    /// of `entries`; imperatives have no subject and do not count.
    static func finite(_ entries: LexicalEntries) -> PersonNumberSet {
        var result: PersonNumberSet = []
        for entry in entries where entry.partOfSpeech.isVerbal {
            for inflection in entry.inflections {
                guard inflection.isFinite, inflection.mood != .imperative,
                    let person = inflection.person, let number = inflection.number
                else { continue }
                result.insert(PersonNumberSet(person: Int(person), number: number))
            }
        }
        return result
    }
}

extension LexicalEntry {
    /// Whether the row is a verb's past participle.
    var isPastParticiple: Bool {
        partOfSpeech.isVerbal
            && inflections.contains { $0.mood == .participle && $0.tense == .past }
    }

    /// Whether the row is a conjugated form with a subject (indicative,
    /// subjunctive or conditional).
    var hasSubjectInflection: Bool {
        partOfSpeech.isVerbal && inflections.contains { $0.isFinite && $0.mood != .imperative }
    }
}
