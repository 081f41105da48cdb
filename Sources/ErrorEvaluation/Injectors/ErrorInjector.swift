import Tagging

/// One way to corrupt a sentence: the tokens to replace and the text that
/// replaces them.
public struct Injection: Sendable, Hashable {
    /// Category of the error.
    public var category: ErrorCategory
    /// Kind of error within its category.
    public var subKind: String
    /// Tokens of the surface that are replaced, with the spaces between them.
    public var tokens: Range<Int>
    /// The wrong text.
    public var replacement: String

    /// Creates an injection.
    public init(category: ErrorCategory, subKind: String, tokens: Range<Int>, replacement: String) {
        self.category = category
        self.subKind = subKind
        self.tokens = tokens
        self.replacement = replacement
    }
}

/// Finds every place of a sentence where one category of error can be
/// injected as a student would make it.
protocol ErrorInjector: Sendable {
    /// The category the injector produces.
    var category: ErrorCategory { get }
    /// Returns every injection possible in `surface`, in a fixed order.
    func injections(in surface: SentenceSurface) -> [Injection]
    /// Returns whether `injection`, one of `injections(in:)`, may be used.
    /// It holds the checks too slow to run on every candidate.
    func isValid(_ injection: Injection) -> Bool
}

extension ErrorInjector {
    func isValid(_ injection: Injection) -> Bool { true }
}

extension SentenceSurface {
    /// Collects the one-word injections of `category`: `confusions` gets
    /// each lower-case tagged word after the first (the first may carry a
    /// sentence capital) and returns its error kinds with the wrong form.
    /// A wrong form equal to the word is skipped. The order is the words'
    /// order, then the order `confusions` returns.
    func wordInjections(
        _ category: ErrorCategory,
        confusions: (_ index: Int, _ form: String, _ word: AnnotatedWord) -> [(String, String?)]
    ) -> [Injection] {
        var result: [Injection] = []
        for index in forms.indices.dropFirst() {
            let form = forms[index]
            guard let word = word(at: index), form.isLowercaseWord else { continue }
            for case (let kind, let wrong?) in confusions(index, form, word) where wrong != form {
                result.append(
                    Injection(
                        category: category, subKind: kind, tokens: index..<index + 1,
                        replacement: wrong))
            }
        }
        return result
    }
}

extension String {
    /// Returns the string with its first letter in upper case when `model`'s is.
    func matchingInitialCase(of model: some StringProtocol) -> String {
        guard let first = model.first, first.isUppercase, let own = self.first else { return self }
        return own.uppercased() + dropFirst()
    }

    /// Whether every character is a lowercase letter.
    var isLowercaseWord: Bool {
        !isEmpty && allSatisfy { $0.isLetter && $0.isLowercase }
    }
}
