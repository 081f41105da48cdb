/// How serious a finding is, for ordering and colouring.
public enum Severity: String, Sendable, Codable, Hashable, Comparable {
    /// A rule of the language is broken.
    case error
    /// Probably a mistake, or a clear weakness of style.
    case warning
    /// Advice; the text is not wrong.
    case hint

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .hint: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// The family of rules a finding comes from, as editors group them.
public enum FindingCategory: String, Sendable, Codable, Hashable, CaseIterable {
    case orthographe
    case grammaire
    case typographie
    case syntaxe
    case vocabulaire
    case semantique
    case fluence
    case revision

    /// French name shown next to the finding.
    public var displayName: String {
        switch self {
        case .orthographe: "Orthographe"
        case .grammaire: "Grammaire"
        case .typographie: "Typographie"
        case .syntaxe: "Syntaxe"
        case .vocabulaire: "Vocabulaire"
        case .semantique: "Sémantique"
        case .fluence: "Fluence d’écriture"
        case .revision: "Révision"
        }
    }
}

/// One problem or piece of advice located in the text.
///
/// Rule identifiers are stable ASCII `category.kebab-name` strings: they
/// reach stored results, so a rule is never renamed or its identifier reused.
public struct Finding: Hashable, Sendable {
    /// Stable rule identifier, such as `spell.unknown-word`.
    public var ruleID: String
    /// Rule family.
    public var category: FindingCategory
    /// Criterion whose report the finding belongs to.
    public var criterion: Criterion
    /// Position in the original input; never empty.
    public var span: TextSpan
    /// One French sentence explaining the problem to the student.
    public var message: String
    /// A few French words for a tooltip or a list.
    public var shortMessage: String
    /// Suggested replacements for the span, best first.
    public var replacements: [String]
    /// How sure the rule is, from 0 to 1.
    public var confidence: Double
    /// Seriousness of the finding.
    public var severity: Severity
    /// The text around the finding; the analyser fills it in.
    public var context: FindingContext?
    /// The sentence the finding starts in; the analyser fills it in.
    public var sentence: String?

    /// Creates a finding.
    public init(
        ruleID: String, category: FindingCategory, criterion: Criterion,
        span: TextSpan, message: String, shortMessage: String,
        replacements: [String] = [], confidence: Double = 1, severity: Severity = .error,
        context: FindingContext? = nil, sentence: String? = nil
    ) {
        self.ruleID = ruleID
        self.category = category
        self.criterion = criterion
        self.span = span
        self.message = message
        self.shortMessage = shortMessage
        self.replacements = replacements
        self.confidence = confidence
        self.severity = severity
        self.context = context
        self.sentence = sentence
    }
}
