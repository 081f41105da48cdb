import Testing

@testable import UnicodeSupport

@Suite struct UnicodeSupportTests {
    @Test func nfcComposesAccents() throws {
        #expect(try Normalization.nfc("e\u{0301}le\u{0300}ve").unicodeScalars.count == 5)
        #expect(try Normalization.nfc("déjà") == "déjà")
    }

    @Test func wordBoundariesKeepElisionsWhole() throws {
        let breaker = try BreakIterator(.word, locale: "fr")
        let text = Array("L'élève".utf16)
        #expect(try breaker.boundaries(of: text).map(\.offset) == [0, 7])
    }

    @Test func largeTextGrowsBuffers() throws {
        let breaker = try BreakIterator(.word, locale: "fr")
        let text = Array(String(repeating: "mot ", count: 1_000).utf16)
        #expect(try breaker.boundaries(of: text).count == 2_001)
    }

    @Test func sentenceBoundaries() throws {
        let breaker = try BreakIterator(.sentence, locale: "fr")
        let text = Array("Il pleut. Nous restons.".utf16)
        #expect(try breaker.boundaries(of: text).map(\.offset) == [0, 10, 23])
    }
}
