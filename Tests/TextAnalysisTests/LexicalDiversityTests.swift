import Foundation
import Testing
import _TestSupport

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
        #expect(LexicalDiversity.mtld([String]()) == nil)
    }

    @Test func typeTokenRatio() {
        #expect(LexicalDiversity.typeTokenRatio(["a", "b", "a", "c"]) == 0.75)
        #expect(LexicalDiversity.typeTokenRatio([String]()) == nil)
    }

    /// Worked by hand on « a a b »: types 2, tokens 3. Root TTR 2/√3.
    /// Yule's K: Σ i²·Vᵢ = 2²·1 + 1²·1 = 5, so 10⁴ × (5/9 − 1/3) = 2222.2….
    /// HD-D with 2 draws: « a » is missed with probability C(1,2)/C(3,2) = 0,
    /// « b » with C(2,2)/C(3,2) = 1/3, so (1 + 2/3) / 2 = 5/6. MATTR with a
    /// window of 2: windows « a a » (1/2) and « a b » (2/2), mean 3/4.
    @Test func handWorkedSmallValues() throws {
        let words = ["a", "a", "b"]
        let root = try #require(LexicalDiversity.rootTypeTokenRatio(words))
        #expect(abs(root - 2 / 3.0.squareRoot()) < 1e-12)
        let yule = try #require(LexicalDiversity.yulesK(words))
        #expect(abs(yule - 10_000 * (5.0 / 9 - 1.0 / 3)) < 1e-9)
        let hdd = try #require(LexicalDiversity.hdd(words, draws: 2))
        #expect(abs(hdd - 5.0 / 6) < 1e-12)
        let mattr = try #require(LexicalDiversity.movingAverageTypeTokenRatio(words, window: 2))
        #expect(abs(mattr - 0.75) < 1e-12)
    }

    @Test func windowAndSampleMeasuresUndefinedWhenTooShort() {
        let words = Array(repeating: "mot", count: 41)
        #expect(LexicalDiversity.hdd(words) == nil)
        #expect(LexicalDiversity.movingAverageTypeTokenRatio(words) == nil)
        #expect(LexicalDiversity.movingAverageTypeTokenRatio(words + words) != nil)
        #expect(LexicalDiversity.yulesK([String]()) == nil)
        #expect(LexicalDiversity.rootTypeTokenRatio([String]()) == nil)
    }

    /// Values printed by `bench/lexical_richness_reference.py` with
    /// lexicalrichness 0.5.1 (Python 3.11.7) on the same token lists. They
    /// are nil where lexicalrichness rejects the measure (HD-D under 42
    /// tokens, MATTR under 50). Plume returns nil for MTLD of a text without
    /// any factor, where lexicalrichness returns the text length.
    struct Reference: Sendable, CustomTestStringConvertible {
        var name: String
        var tokens: Int
        var types: Int
        var ttr: Double
        var rttr: Double
        var mtld: Double?
        var hdd: Double?
        var mattr: Double?
        var yulek: Double
        var testDescription: String { name }
    }

    static let references: [Reference] = [
        Reference(
            name: "six_words", tokens: 6, types: 4, ttr: 0.6666666666666666,
            rttr: 1.6329931618554523, mtld: 6.0, hdd: nil, mattr: nil, yulek: 1666.6666666666665),
        Reference(
            name: "no_repetition", tokens: 14, types: 14, ttr: 1.0, rttr: 3.7416573867739413,
            mtld: nil, hdd: nil, mattr: nil, yulek: 0.0),
        Reference(
            name: "forty_six_words", tokens: 46, types: 36, ttr: 0.782608695652174,
            rttr: 5.307910421576297, mtld: 52.62400000000001, hdd: 0.7965305226174789,
            mattr: nil, yulek: 122.87334593572778),
        Reference(
            name: "fifty_words", tokens: 50, types: 32, ttr: 0.64, rttr: 4.525483399593904,
            mtld: 26.299283154121863, hdd: 0.6719035033069659, mattr: 0.64,
            yulek: 263.99999999999994),
        Reference(
            name: "bel_ami_2000", tokens: 2000, types: 760, ttr: 0.38, rttr: 16.994116628998402,
            mtld: 78.2900552272616, hdd: 0.8478965307502915, mattr: 0.7915735520246001,
            yulek: 103.725),
    ]

    /// Builds the token lists of the reference script the same way.
    static func tokens(_ name: String) -> [String] {
        switch name {
        case "six_words":
            return "le chat le chien le rat".split(separator: " ").map(String.init)
        case "no_repetition":
            return
                ("nous avons longtemps marché vers une colline boisée où trois bergers "
                + "gardaient leurs moutons").split(separator: " ").map(String.init)
        case "forty_six_words":
            return
                ("la ville dort encore quand le boulanger ouvre sa boutique et le boulanger "
                + "allume le four puis la ville se réveille lentement les enfants partent à "
                + "l'école les parents partent au travail et la ville entière reprend son "
                + "rythme habituel sous un ciel gris de novembre").split(separator: " ").map(
                    String.init)
        case "fifty_words":
            return
                ("un élève écrit un texte puis un autre élève lit ce texte et chaque élève "
                + "propose une idée nouvelle pour que le texte devienne plus clair plus précis "
                + "et plus riche car un texte clair se lit vite et un texte précis convainc "
                + "mieux le lecteur attentif qui cherche toujours").split(separator: " ").map(
                    String.init)
        default:
            // First 2,000 white-space-separated tokens of Bel-Ami made of
            // letters only, lowercased (Python's str.isalpha, str.lower).
            let text = Fixtures.corpusText("eltec/FRA02701_Maupassant.txt")
            let words = text.split(whereSeparator: \.isWhitespace)
                .filter { !$0.isEmpty && $0.allSatisfy(\.isLetter) }
                .map { $0.lowercased() }
            return Array(words.prefix(2000))
        }
    }

    @Test(arguments: references)
    func matchesLexicalRichness(reference: Reference) throws {
        let words = Self.tokens(reference.name)
        let profile = DiversityProfile(words)
        #expect(profile.tokens == reference.tokens)
        #expect(profile.types == reference.types)
        try expectClose(profile.typeTokenRatio, reference.ttr, "ttr")
        try expectClose(profile.rootTypeTokenRatio, reference.rttr, "rttr")
        try expectClose(profile.yulesK, reference.yulek, "yulek")
        try expectOptional(profile.mtld, reference.mtld, "mtld")
        try expectOptional(profile.hdd, reference.hdd, "hdd")
        try expectOptional(profile.mattr, reference.mattr, "mattr")
    }

    func expectClose(_ value: Double?, _ expected: Double, _ name: String) throws {
        let value = try #require(value, "\(name) is undefined")
        #expect(abs(value - expected) < 1e-6, "\(name): \(value) instead of \(expected)")
    }

    func expectOptional(_ value: Double?, _ expected: Double?, _ name: String) throws {
        guard let expected else {
            #expect(value == nil, "\(name) should be undefined")
            return
        }
        try expectClose(value, expected, name)
    }

    @Test func profileMeasuresUsePrefix() {
        let measures = DiversityProfile(["a", "b", "a"]).measures(prefix: "lemma_")
        #expect(
            Set(measures.keys) == [
                "lemma_type_token_ratio", "lemma_root_type_token_ratio", "lemma_mtld", "lemma_hdd",
                "lemma_mattr", "lemma_yules_k",
            ])
        #expect(measures["lemma_hdd"] == .undefined)
    }
}
