import Tagging
import WritingModel

/// A treebank sentence as text, token by token, in French typography, so
/// that errors can be injected at token boundaries.
///
/// UD text follows the typing of its sources: plain spaces before ; : ! ?
/// and inside « », straight apostrophes, and Europarl sentences that start
/// in lower case because they continue another. A clean sentence must
/// follow French typography, so the surface uses U+202F before ; ! ?,
/// U+00A0 before : and inside « », « » for paired straight double quotes,
/// the apostrophe ’ and a capital at the start.
public struct SentenceSurface: Sendable {
    /// `sent_id` of the sentence.
    public let identifier: String
    /// The treebank annotation.
    public let sentence: AnnotatedSentence
    /// Token texts after normalization.
    public private(set) var forms: [String]
    /// Text between token `i` and token `i + 1`; empty after the last.
    public private(set) var separators: [String]

    /// Builds the surface of `sentence`; `fallbackIdentifier` names a
    /// sentence without `sent_id`.
    public init(_ sentence: AnnotatedSentence, fallbackIdentifier: String) {
        self.sentence = sentence
        identifier = sentence.identifier ?? fallbackIdentifier
        let count = sentence.tokens.count
        forms = sentence.tokens.map { $0.form.replacing("'", with: "\u{2019}") }
        separators = sentence.tokens.indices.map { index in
            sentence.tokens[index].isFollowedBySpace && index < count - 1 ? " " : ""
        }
        normalizeQuotes()
        normalizeSpaces()
        if let first = forms.first, let initial = first.first, initial.isLowercase {
            forms[0] = initial.uppercased() + first.dropFirst()
        }
    }

    /// Straight double quotes become « and » when they pair up.
    private mutating func normalizeQuotes() {
        let quotes = forms.indices.filter { forms[$0] == "\"" }
        guard !quotes.isEmpty, quotes.count.isMultiple(of: 2) else { return }
        for (rank, index) in quotes.enumerated() {
            forms[index] = rank.isMultiple(of: 2) ? "«" : "»"
            if rank.isMultiple(of: 2) {
                separators[index] = " "
            } else if index > 0 {
                separators[index - 1] = " "
            }
        }
    }

    private mutating func normalizeSpaces() {
        for index in forms.indices {
            let form = forms[index]
            if index > 0 && separators[index - 1] == " " {
                if form == ";" || form == "!" || form == "?" {
                    separators[index - 1] = "\u{202F}"
                } else if form == ":" || form == "»" {
                    separators[index - 1] = "\u{00A0}"
                }
            }
            if form == "«" && separators[index] == " " {
                separators[index] = "\u{00A0}"
            }
        }
    }

    /// The sentence text.
    public var text: String { text(of: forms.indices) }

    /// Tokens that contain a letter or a digit.
    public var wordCount: Int {
        forms.count { form in form.contains { $0.isLetter || $0.isNumber } }
    }

    /// Returns the text of tokens `range` with the separators between them.
    public func text(of range: Range<Int>) -> String {
        var result = ""
        for index in range {
            result += forms[index]
            if index < range.upperBound - 1 { result += separators[index] }
        }
        return result
    }

    /// UTF-16 offset of the start of token `index`.
    public func offset(of index: Int) -> Int {
        var offset = 0
        for previous in 0..<index {
            offset += forms[previous].utf16.count + separators[previous].utf16.count
        }
        return offset
    }

    /// Returns the syntactic word of token `index`, or nil for a contraction
    /// (« du ») that stands for two words.
    public func word(at index: Int) -> AnnotatedWord? {
        let token = sentence.tokens[index]
        return token.isMultiword ? nil : sentence.words[token.words.lowerBound]
    }

    /// Returns the corrupted sentence and its gold error after `injection`.
    public func applying(_ injection: Injection) -> (text: String, error: GoldError) {
        let range = injection.tokens
        let prefix = text(of: 0..<range.lowerBound)
            + (range.lowerBound > 0 ? separators[range.lowerBound - 1] : "")
        let suffix =
            (range.upperBound < forms.count ? separators[range.upperBound - 1] : "")
            + text(of: range.upperBound..<forms.count)
        let start = prefix.utf16.count
        let error = GoldError(
            category: injection.category, subKind: injection.subKind,
            span: TextSpan(start: start, end: start + injection.replacement.utf16.count),
            injected: injection.replacement, correct: text(of: range))
        return (prefix + injection.replacement + suffix, error)
    }
}
