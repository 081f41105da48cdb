import Foundation
import Lexicon
import Testing
import WritingModel
import _TestSupport

@testable import TextAnalysis

@Suite struct LevelCalibratorTests {
    static let base = LevelScale(rows: [
        LevelScale.Row(
            criterion: .vocabulaire, measure: "mtld",
            thresholds: .init(direction: .higher, cuts: [40, 60, 80]), source: "provisional"),
        LevelScale.Row(
            criterion: .vocabulaire, measure: "close_repetitions_per_100_words",
            thresholds: .init(direction: .lower, cuts: [4, 2, 1]), source: "provisional"),
        LevelScale.Row(
            criterion: .semantique, measure: "weighted_prompt_coverage",
            thresholds: .init(direction: .higher, cuts: [0.2, 0.4, 0.6]), source: "provisional"),
    ])

    /// Percentiles of 1…5 by linear interpolation: position (n − 1) × p,
    /// so the 25th is 2, the median 3, the 75th 4; of 1…4 the 25th falls
    /// at position 0.75, between 1 and 2: 1.75.
    @Test(arguments: [
        ([1.0, 2, 3, 4, 5], 25.0, 2.0), ([1.0, 2, 3, 4, 5], 50.0, 3.0),
        ([1.0, 2, 3, 4, 5], 75.0, 4.0), ([1.0, 2, 3, 4], 25.0, 1.75),
        ([7.0], 75.0, 7.0), ([1.0, 2, 3, 4], 100.0, 4.0),
    ])
    func percentileInterpolates(values: [Double], percent: Double, expected: Double) {
        #expect(LevelCalibrator.percentile(values, percent) == expected)
    }

    func reports(mtld: Double, repetitions: Double) -> [Criterion: CriterionReport] {
        [
            .vocabulaire: CriterionReport(
                criterion: .vocabulaire, level: 1,
                measures: [
                    "mtld": .number(mtld), "close_repetitions_per_100_words": .number(repetitions),
                ], message: "Test.")
        ]
    }

    @Test func cutsArePercentilesMirroredForLowerMeasures() throws {
        var calibrator = LevelCalibrator(base: Self.base, minimumValues: 5)
        for (mtld, repetitions) in [(50.0, 5.0), (70, 1), (90, 3), (60, 2), (80, 4)] {
            calibrator.add(reports(mtld: mtld, repetitions: repetitions))
        }
        let scale = calibrator.calibrated(corpusName: "lycee")
        let mtld = try #require(scale.thresholds[.vocabulaire]?["mtld"])
        #expect(mtld.direction == .higher)
        #expect(mtld.cuts == [60, 70, 80])
        let repetitions = try #require(
            scale.thresholds[.vocabulaire]?["close_repetitions_per_100_words"])
        #expect(repetitions.direction == .lower)
        #expect(repetitions.cuts == [4, 3, 2])
        #expect(scale.rows[0].source.contains("5 texts of lycee"))
    }

    @Test func measureWithTooFewValuesKeepsItsCuts() throws {
        var calibrator = LevelCalibrator(base: Self.base, minimumValues: 5)
        for value in [50.0, 60, 70, 80, 90] {
            calibrator.add(reports(mtld: value, repetitions: 1))
        }
        let scale = calibrator.calibrated(corpusName: "lycee")
        let coverage = try #require(scale.thresholds[.semantique]?["weighted_prompt_coverage"])
        #expect(coverage.cuts == [0.2, 0.4, 0.6])
        #expect(scale.rows[2].source == "kept (0 of 5 texts had a value): provisional")
    }

    @Test func renderedTableReadsBack() throws {
        let url = Fixtures.temporaryDirectory().appendingPathComponent("levels.tsv")
        let text = Self.base.rendered(header: LevelScale.formatHeader)
        try text.write(to: url, atomically: true, encoding: .utf8)
        let read = try LevelScale(list: WordList(contentsOf: url))
        #expect(read.rows == Self.base.rows)
    }

    @Test func shippedTableReadsAndRendersUnchanged() throws {
        let url = Fixtures.resources.lexicon(LevelScale.relativePath)
        let shipped = try LevelScale(list: WordList(contentsOf: url))
        #expect(shipped.rows.count >= 14)
        #expect(shipped.rows.allSatisfy { !$0.source.isEmpty })
        let again = Fixtures.temporaryDirectory().appendingPathComponent("levels.tsv")
        try shipped.rendered(header: []).write(to: again, atomically: true, encoding: .utf8)
        #expect(try LevelScale(list: WordList(contentsOf: again)).rows == shipped.rows)
    }

    @Test func cutFormatDropsNoise() {
        #expect(LevelScale.formatCut(3) == "3")
        #expect(LevelScale.formatCut(0.1 + 0.2) == "0.3")
        #expect(LevelScale.formatCut(81.0952284) == "81.095228")
    }
}

@Suite struct FeedbackComposerTests {
    static let scale = LevelScale(rows: [
        LevelScale.Row(
            criterion: .vocabulaire, measure: "a",
            thresholds: .init(direction: .higher, cuts: [1, 2, 3]), source: ""),
        LevelScale.Row(
            criterion: .vocabulaire, measure: "b",
            thresholds: .init(direction: .higher, cuts: [1, 2, 3]), source: ""),
        LevelScale.Row(
            criterion: .vocabulaire, measure: "c",
            thresholds: .init(direction: .higher, cuts: [1, 2, 3]), source: ""),
    ])
    static let points = [
        FeedbackPoint(measure: "a", praise: "A bien.", advice: "A à revoir."),
        FeedbackPoint(measure: "b", praise: "B bien.", advice: "B à revoir."),
        FeedbackPoint(measure: "c", praise: nil, advice: "C à revoir."),
    ]

    func message(_ a: Double, _ b: Double, _ c: Double) -> String {
        FeedbackComposer.message(
            criterion: .vocabulaire, points: Self.points,
            measures: ["a": .number(a), "b": .number(b), "c": .number(c)], scale: Self.scale,
            opening: "Début.", fallbackAdvice: "Continuez.")
    }

    @Test(arguments: [
        (3.0, 1.0, 2.0, "A bien. B à revoir."),
        (1.0, 3.0, 0.0, "B bien. C à revoir."),
        (3.0, 3.0, 2.0, "A bien. C à revoir."),
        (4.0, 4.0, 4.0, "A bien. Continuez."),
        (1.0, 1.0, 1.0, "Début. A à revoir."),
        (2.0, 0.0, 4.0, "A bien. B à revoir."),
    ])
    func strengthThenWeakness(a: Double, b: Double, c: Double, expected: String) {
        #expect(message(a, b, c) == expected)
    }

    @Test func undefinedMeasuresAreIgnored() {
        let message = FeedbackComposer.message(
            criterion: .vocabulaire, points: Self.points,
            measures: ["a": .undefined, "b": .number(3)], scale: Self.scale,
            opening: "Début.", fallbackAdvice: "Continuez.")
        #expect(message == "B bien. Continuez.")
    }
}
