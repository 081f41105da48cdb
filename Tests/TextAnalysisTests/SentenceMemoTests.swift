import Testing

@testable import TextAnalysis

@Suite struct SentenceMemoTests {
    @Test func computesEachTypeOnce() {
        let memo = SentenceMemo()
        var calls = 0
        let first = memo.value { () -> [Int] in
            calls += 1
            return [1, 2]
        }
        let second = memo.value { () -> [Int] in
            calls += 1
            return [3]
        }
        #expect(first == [1, 2])
        #expect(second == [1, 2])
        #expect(calls == 1)
    }

    @Test func keepsTypesApart() {
        let memo = SentenceMemo()
        #expect(memo.value { [1] } == [1])
        #expect(memo.value { "un" } == "un")
        #expect(memo.value { [2] } == [1])
    }
}
