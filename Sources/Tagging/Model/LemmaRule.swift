/// How to turn a word form into its lemma: lowercase it, drop `strip`
/// trailing characters and append `suffix` (« parlait » → drop 3, add
/// « er »), or keep the form exactly as written (proper nouns, numbers).
struct LemmaRule: Hashable, Sendable {
    /// Characters removed from the end of the lowercased form.
    var strip: Int
    /// Text appended after stripping.
    var suffix: String
    /// Whether the lemma is the form as written, case included.
    var keepsForm: Bool

    /// The rule that keeps the written form.
    static let asWritten = LemmaRule(strip: 0, suffix: "", keepsForm: true)

    /// The rule that derives `lemma` from `form`: `asWritten` when they are
    /// equal and the form has a capital; otherwise a strip-and-append rule on
    /// the lowercased form, or nil when the lowercased form and the lemma
    /// share no prefix (« est » → « être »).
    init?(form: String, lemma: String) {
        let lowered = form.lowercased()
        if lemma == form && lowered != form {
            self = .asWritten
            return
        }
        let formCharacters = Array(lowered)
        let lemmaCharacters = Array(lemma)
        var shared = 0
        while shared < min(formCharacters.count, lemmaCharacters.count)
            && formCharacters[shared] == lemmaCharacters[shared]
        {
            shared += 1
        }
        guard shared > 0 || formCharacters.isEmpty else { return nil }
        self.init(
            strip: formCharacters.count - shared, suffix: String(lemmaCharacters[shared...]),
            keepsForm: false)
    }

    init(strip: Int, suffix: String, keepsForm: Bool) {
        self.strip = strip
        self.suffix = suffix
        self.keepsForm = keepsForm
    }

    /// The lemma of `form` under this rule, or nil when the form is shorter
    /// than what the rule strips.
    func apply(to form: String) -> String? {
        if keepsForm { return form }
        let lowered = form.lowercased()
        guard lowered.count > strip else { return strip == 0 ? lowered + suffix : nil }
        return String(lowered.dropLast(strip)) + suffix
    }
}
