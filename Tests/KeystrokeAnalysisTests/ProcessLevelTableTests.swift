import Foundation
import KeystrokeAnalysis
import Testing
import WritingModel
import _TestSupport

/// The level table: its format, its errors, and the derivation of its cut
/// points from the bundled ScriptLog sessions.
@Suite struct ProcessLevelTableTests {
    @Test func levelsFollowCutPoints() {
        let scale = ProcessLevelTable.Scale(higherIsBetter: true, cuts: [10, 20, 30])
        #expect(scale.level(for: 5) == 1)
        #expect(scale.level(for: 10) == 2)
        #expect(scale.level(for: 29.9) == 3)
        #expect(scale.level(for: 30) == 4)
        let lower = ProcessLevelTable.Scale(higherIsBetter: false, cuts: [0.3, 0.2, 0.1])
        #expect(lower.level(for: 0.5) == 1)
        #expect(lower.level(for: 0.1) == 4)
    }

    @Test(arguments: [
        ("fluence\tx\thigher\t1\t2", "expected 7 tab-separated fields"),
        ("syntaxe\tx\thigher\t1\t2\t3\tsrc", "criterion must be fluence or revision"),
        ("fluence\tx\tbetter\t1\t2\t3\tsrc", "direction must be higher or lower"),
        ("fluence\tx\thigher\t3\t2\t1\tsrc", "expected three numeric cut points, increasing"),
    ])
    func malformedRowNamesLine(row: String, problem: String) {
        let text = "# comment\n\(row)\n"
        #expect {
            try ProcessLevelTable(parsing: text, source: "t.tsv")
        } throws: { error in
            let description = (error as? KeystrokeAnalysisError)?.description ?? ""
            return description.hasPrefix("t.tsv:2: ") && description.contains(problem)
        }
    }

    /// Every cut point is a quartile of the 18 bundled sessions, rounded.
    @Test func cutPointsAreCorpusQuartiles() throws {
        let table = ProcessAnalysisTests.levels
        var values: [String: [Double]] = [:]
        for log in ScriptLogReplayTests.logs {
            let measures = ProcessAnalysis(log: log, levels: table).measures
            let all = measures.fluenceValues.merging(measures.revisionValues) { first, _ in first }
            for (key, value) in all {
                if let number = value.doubleValue { values[key, default: []].append(number) }
            }
        }
        var checked = 0
        for (_, scales) in table.scales {
            for (key, scale) in scales {
                let sample = try #require(values[key]).sorted()
                #expect(sample.count == 18)
                for (cut, probability) in zip(scale.cuts, [0.25, 0.5, 0.75]) {
                    let quartile = Self.quantile(sample, probability)
                    #expect(abs(cut - quartile) <= 0.01 * abs(quartile), "\(key) \(probability)")
                    checked += 1
                }
            }
        }
        #expect(checked == 12)
    }

    static func quantile(_ sorted: [Double], _ probability: Double) -> Double {
        let h = Double(sorted.count - 1) * probability
        let lower = Int(h.rounded(.down))
        guard lower + 1 < sorted.count else { return sorted[lower] }
        return sorted[lower] + (h - Double(lower)) * (sorted[lower + 1] - sorted[lower])
    }
}
