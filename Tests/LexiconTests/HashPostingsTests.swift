import Testing

@testable import Lexicon

@Suite struct HashPostingsTests {
    @Test func returnsEachFormOnceInIncreasingOrder() {
        let first: UInt64 = 0xDEAD_BEEF_0123_4567
        let second: UInt64 = 0x0000_0000_0010_0000
        let postings = HashPostings([
            (first, 7), (second, 3), (first, 2), (first, 7), (second, 0), (first, 1_000_000),
        ])
        #expect(postings.count == 5)
        var found: [Int32] = []
        postings.forEachForm(of: first) { found.append($0) }
        #expect(found == [2, 7, 1_000_000])
        found = []
        postings.forEachForm(of: second) { found.append($0) }
        #expect(found == [0, 3])
    }

    @Test func findsNothingUnderAnAbsentHash() {
        let postings = HashPostings([(UInt64.max, 1), (0, 2)])
        var found: [Int32] = []
        postings.forEachForm(of: 0x1234_5678_9ABC_DEF0) { found.append($0) }
        #expect(found.isEmpty)
        postings.forEachForm(of: UInt64.max) { found.append($0) }
        postings.forEachForm(of: 0) { found.append($0) }
        #expect(found == [1, 2])
    }

    @Test func sortsManyPostingsLikeAComparisonSort() {
        var generator = SystemRandomNumberGenerator()
        let hashes = (0..<64).map { _ in UInt64.random(in: .min ... .max, using: &generator) }
        let input: [(hash: UInt64, form: Int32)] = (0..<20_000).map { _ in
            (hashes.randomElement(using: &generator)!, Int32.random(in: 0...HashPostings.maximumForm))
        }
        let postings = HashPostings(input)
        for hash in hashes {
            var found: [Int32] = []
            postings.forEachForm(of: hash) { found.append($0) }
            let expected = Set(input.filter { $0.hash == hash }.map(\.form)).sorted()
            #expect(found == expected)
        }
    }
}
