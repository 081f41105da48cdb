import Synchronization
import WritingModel

/// Analyses single sentences on the four text criteria, caching findings by
/// sentence text; safe to call from any thread.
public final class SentenceFeedbackService: Sendable {
    /// Findings for one sentence, with offsets in the whole text.
    public struct Feedback: Sendable {
        /// The sentence, without surrounding white space.
        public var span: TextSpan
        /// Findings inside it.
        public var findings: [Finding]
    }

    private let analyzer: Analyzer
    private let cache = Mutex(SentenceFindingCache())

    /// Creates a service using `analyzer`.
    public init(analyzer: Analyzer) {
        self.analyzer = analyzer
    }

    /// Findings of a due sentence, shifted to its place in the text.
    public func feedback(for sentence: WritingSession.DueSentence) throws -> Feedback {
        let cached = cache.withLock { $0.findings(for: sentence.text) }
        let relative: [Finding]
        if let cached {
            relative = cached
        } else {
            relative = try analyzer.analyze(sentence.text).matches
            cache.withLock { $0.store(relative, for: sentence.text) }
        }
        let findings = relative.map { finding in
            var shifted = finding
            shifted.span = finding.span.shifted(by: sentence.span.start)
            return shifted
        }
        return Feedback(span: sentence.span, findings: findings)
    }
}
