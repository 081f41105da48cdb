import Foundation
import KeystrokeAnalysis
import Reporting
import WritingModel

/// The JSON lines `plume stream` writes, one object per line, each with a
/// `type`: `process`, `feedback`, `report` or `error`.
enum StreamLine {
    /// Measures after one event.
    struct Process: Encodable {
        let type = "process"
        var event: Int
        var line: Int
        var time: Int
        var measures: [String: MeasureValue]
    }

    /// Findings of one sentence, offsets in the whole text.
    struct Feedback: Encodable {
        let type = "feedback"
        var event: Int
        var offset: Int
        var length: Int
        var matches: [Finding]
    }

    /// The full six-criterion report.
    struct Report: Encodable {
        let type = "report"
        var event: Int
        var final: Bool
        var report: AnalysisReport
    }

    /// A rejected input line; the session state is unchanged.
    struct Failure: Encodable {
        let type = "error"
        var line: Int
        var message: String
    }

    /// One line of JSON with sorted keys, without its line break.
    static func encode(_ value: some Encodable) -> String {
        // Every field is a string, number, array or Codable model value.
        let data = (try? JSONReportRenderer.encoder(pretty: false).encode(value)) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// The compact measures sent after each event: counts and rates an
    /// editor can show while the student types.
    static func compactMeasures(_ measures: ProcessMeasures) -> [String: MeasureValue] {
        let fluence = measures.fluenceValues
        let revision = measures.revisionValues
        var result: [String: MeasureValue] = [:]
        for key in [
            "final_characters", "final_words", "typed_characters", "total_time_ms",
            "active_time_ms", "characters_per_minute_process", "pause_count", "pause_time_ms",
            "p_burst_count", "p_burst_mean_characters", "iki_median_ms",
        ] {
            result[key] = fluence[key]
        }
        for key in [
            "deletion_count", "deleted_characters", "insertion_count", "product_process_ratio",
            "paste_count", "pasted_characters", "large_paste_count", "undo_count",
        ] {
            result[key] = revision[key]
        }
        return result
    }
}
