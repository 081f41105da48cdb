import KeystrokeAnalysis
import WritingModel

/// The sentences and findings a `plume stream` client has received in the
/// feedback lines sent so far. Their spans are kept in the coordinates of
/// the current text by mapping them through every edit, as an editor maps
/// its marks.
///
/// It decides which analysed sentences are worth a line: a sentence no line
/// covered yet, or one whose findings differ from those the client has over
/// its span. A line replaces every received finding that overlaps its span,
/// so a line with fewer findings withdraws the others.
struct DeliveredFeedback {
    /// Spans of the sentences lines were sent for, in no particular order.
    private var sentences: [TextSpan] = []
    /// Findings sent and still standing, with spans in the current text.
    private var findings: [Finding] = []

    /// Moves the received spans through splices of the text, in order. A
    /// span whose text was all removed is dropped with it.
    /// - Complexity: O(c × (s + f)) for c splices, s sentences and f findings.
    mutating func apply(_ changes: [TextChange]) {
        for change in changes {
            sentences = sentences.compactMap(change.map)
            findings = findings.compactMap { finding in
                guard let span = change.map(finding.span) else { return nil }
                var moved = finding
                moved.span = span
                return moved
            }
        }
    }

    /// Records the findings of the sentence at `span` and returns whether
    /// the client needs a line for it.
    /// - Complexity: O(s + f).
    mutating func update(sentence span: TextSpan, findings analysed: [Finding]) -> Bool {
        let isKnown = sentences.contains { $0.overlaps(span) }
        let received = findings.filter { $0.span.overlaps(span) }
        if isKnown && Self.sameFeedback(received, analysed) {
            return false
        }
        sentences.removeAll { $0.overlaps(span) }
        sentences.append(span)
        findings.removeAll { $0.span.overlaps(span) }
        findings += analysed
        return true
    }

    /// Returns whether two lists contain the same findings as shown to the
    /// student: rule, span, message and suggestions. The context and
    /// sentence texts a finding quotes are left out, because an edit
    /// elsewhere in the sentence changes them without changing the finding.
    private static func sameFeedback(_ received: [Finding], _ analysed: [Finding]) -> Bool {
        guard received.count == analysed.count else { return false }
        return Set(received.map(Key.init)) == Set(analysed.map(Key.init))
    }

    /// The parts of a finding that `sameFeedback` compares.
    private struct Key: Hashable {
        var ruleID: String
        var span: TextSpan
        var message: String
        var replacements: [String]
        var severity: Severity

        init(_ finding: Finding) {
            ruleID = finding.ruleID
            span = finding.span
            message = finding.message
            replacements = finding.replacements
            severity = finding.severity
        }
    }
}
