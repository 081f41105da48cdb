import WritingModel

/// One grammar, homophone or typography check, run sentence by sentence.
///
/// Rules hold logic only: the French words they look for live in resource
/// files under `lexicons/fr/`, loaded when the rule is created. A rule is
/// created once and shared between threads.
public protocol CheckingRule: Sendable {
    /// Stable identifier `family.kebab-name` (`grammar.homophone-a-a`,
    /// `typo.space-before-punctuation`). It reaches stored results: never rename
    /// or reuse one.
    var id: String { get }
    /// Family the findings belong to: `.orthographe`, `.grammaire` or
    /// `.typographie`.
    var category: FindingCategory { get }
    /// Sentences the rule must flag and sentences it must accept; the rule
    /// example suite fails a rule that lacks either kind.
    var examples: [RuleExample] { get }

    /// Appends the findings of `sentence` to `findings`.
    /// - Complexity: O(n) in the words of the sentence for every rule of
    ///   the standard set.
    func check(_ sentence: SentenceContext, into findings: inout [Finding])
}

/// A sentence that documents and tests a rule.
///
/// Wrong examples mark the expected span with double braces and may give
/// the first expected suggestion: `.wrong("Les enfants {{joue}}.", "jouent")`.
public struct RuleExample: Sendable, Hashable {
    /// The sentence, with `{{` and `}}` around the flagged span when wrong.
    public var markedText: String
    /// Whether the rule must flag the sentence.
    public var isWrong: Bool
    /// First suggestion the rule must give, when it gives one.
    public var correction: String?

    /// A sentence the rule must flag at the span marked `{{…}}`.
    public static func wrong(_ markedText: String, _ correction: String? = nil) -> RuleExample {
        RuleExample(markedText: markedText, isWrong: true, correction: correction)
    }

    /// A correct sentence the rule must leave alone.
    public static func right(_ text: String) -> RuleExample {
        RuleExample(markedText: text, isWrong: false, correction: nil)
    }

    /// The sentence without marks and the UTF-16 span that was marked
    /// (nil when nothing is marked).
    public var plainTextAndSpan: (text: String, span: TextSpan?) {
        guard let open = markedText.range(of: "{{"),
            let close = markedText.range(of: "}}", range: open.upperBound..<markedText.endIndex)
        else { return (markedText, nil) }
        let before = markedText[..<open.lowerBound]
        let inside = markedText[open.upperBound..<close.lowerBound]
        let after = markedText[close.upperBound...]
        let start = before.utf16.count
        return (
            String(before + inside + after), TextSpan(start: start, end: start + inside.utf16.count)
        )
    }
}
