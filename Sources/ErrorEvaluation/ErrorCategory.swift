/// The error categories of the evaluation, each tied to a rule-id family.
public enum ErrorCategory: String, CaseIterable, Codable, Sendable, Hashable {
    /// A word the dictionary does not list (`spell.unknown-word`).
    case nonWord = "non-word"
    /// A grammatical homophone (`grammar.homophone-*`): « a » for « à ».
    case homophone
    /// An -er/-é/-ez/-ait/-ais confusion (`grammar.verb-form-*`).
    case verbForm = "verb-form"
    /// Gender or number inside a noun phrase (`grammar.agreement-noun-phrase`).
    case agreementNounPhrase = "agreement-noun-phrase"
    /// Verb number with its subject (`grammar.agreement-subject-verb`).
    case agreementSubjectVerb = "agreement-subject-verb"
    /// Past participle with « être » (`grammar.agreement-participle`).
    case agreementParticiple = "agreement-participle"
    /// A wrong ending for the person or the tense (`grammar.conjugation`).
    case conjugation
    /// Spaces, capitals and repeated words (`typo.*`).
    case typography

    /// The category whose rule-id family contains `ruleID`, or nil for rules
    /// outside the evaluated families.
    public init?(ruleID: String) {
        let exact: [String: ErrorCategory] = [
            "spell.unknown-word": .nonWord,
            "grammar.agreement-noun-phrase": .agreementNounPhrase,
            "grammar.agreement-subject-verb": .agreementSubjectVerb,
            "grammar.agreement-participle": .agreementParticiple,
            "grammar.conjugation": .conjugation,
        ]
        if let category = exact[ruleID] {
            self = category
        } else if ruleID.hasPrefix("grammar.homophone-") {
            self = .homophone
        } else if ruleID.hasPrefix("grammar.verb-form-") {
            self = .verbForm
        } else if ruleID.hasPrefix("typo.") {
            self = .typography
        } else {
            return nil
        }
    }
}
