import Foundation
import WritingModel

/// Encodes reports as Plume's versioned JSON (see docs/json-schema.md).
public enum JSONReportRenderer {
    /// The encoder every JSON output of Plume uses: sorted keys, so equal
    /// reports give byte-identical output.
    public static func encoder(pretty: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The report as a JSON string.
    public static func render(_ report: AnalysisReport, pretty: Bool = true) throws -> String {
        String(decoding: try encoder(pretty: pretty).encode(report), as: UTF8.self)
    }
}
