import Testing
import WritingModel
import _TestSupport

@testable import Reporting

/// Checks that every measure `plume analyze --measures` and the REPL print
/// has a French label, because teachers read them.
@Suite struct MeasureLabelTests {
    /// Returns the keys of `measures` that the text report shows, nested
    /// record keys included.
    func shownKeys(_ measures: [String: MeasureValue]) -> Set<String> {
        var keys = Set<String>()
        for (key, value) in measures where !MeasureLabels.isTable(value) {
            keys.insert(key)
            if case .record(let fields) = value {
                keys.formUnion(shownKeys(fields))
            }
        }
        return keys
    }

    @Test func textMeasuresHaveFrenchLabels() throws {
        let text = Fixtures.corpusText("learner/texts/S27-F-.txt")
        let report = try Fixtures.analyzer.analyze(text)
        var keys = Set<String>()
        for criterion in report.criteria.values {
            keys.formUnion(shownKeys(criterion.measures))
        }
        #expect(keys.contains("finite_verbs"), "the syntaxe measures are present")
        let unlabelled = keys.filter { MeasureLabels.labels[$0] == nil }.sorted()
        #expect(unlabelled.isEmpty, "no French label for \(unlabelled)")
    }
}
