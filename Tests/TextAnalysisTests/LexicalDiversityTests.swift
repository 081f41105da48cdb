import Testing

@testable import TextAnalysis

@Suite struct LexicalDiversityTests {
    /// Worked by hand: forward, TTR falls to 2/3 ≤ 0.72 at words 3 and 6,
    /// two factors and no remainder: 6 / 2 = 3; backward (« b a b a b a »)
    /// likewise: 3. Mean 3.
    @Test func mtldWorkedExample() {
        let words = ["a", "b", "a", "b", "a", "b"]
        #expect(LexicalDiversity.mtld(words) == 3)
    }

    /// « le chat le chien le rat »: forward TTR 1, 1, 2/3 ≤ 0.72 at word 3
    /// (factor 1), then « chien le rat » ends at TTR 1 (partial 0): 6 / 1.
    /// Backward « rat le chien le chat le »: TTR 1, 1, 1, 0.75, 0.8, 4/6 at
    /// word 6 (factor 1): 6 / 1. Mean 6.
    @Test func mtldBothDirections() {
        let words = ["le", "chat", "le", "chien", "le", "rat"]
        #expect(LexicalDiversity.mtld(words) == 6)
    }

    /// A partial factor: « a b c a » forward ends at TTR 0.75, so the factor
    /// count is (1 − 0.75) / 0.28; MTLD = 4 / that, same backward.
    @Test func mtldPartialFactor() throws {
        let value = try #require(LexicalDiversity.mtld(["a", "b", "c", "a"]))
        #expect(abs(value - 4 / (0.25 / 0.28)) < 1e-12)
    }

    @Test func mtldUndefinedWithoutRepetition() {
        #expect(LexicalDiversity.mtld(["un", "deux", "trois"]) == nil)
        #expect(LexicalDiversity.mtld([]) == nil)
    }

    @Test func typeTokenRatio() {
        #expect(LexicalDiversity.typeTokenRatio(["a", "b", "a", "c"]) == 0.75)
        #expect(LexicalDiversity.typeTokenRatio([]) == nil)
    }
}
