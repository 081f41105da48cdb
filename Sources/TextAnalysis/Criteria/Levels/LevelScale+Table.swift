import WritingModel

extension LevelScale {
    /// The format description written at the top of every level table.
    public static let formatHeader = [
        "Cut points that turn measures into levels 1 to 4.",
        "Format: criterion<TAB>measure<TAB>direction<TAB>level2<TAB>level3<TAB>level4<TAB>source",
        "direction « higher »: a value at or above the level-4 cut gets level 4, at or",
        "above the level-3 cut level 3, and so on; « lower » is the mirror image.",
        "A criterion's level is the rounded mean of the levels of its measures;",
        "a measure without a value (too short a text, no prompt) does not count.",
    ]

    /// Returns the scale in the format of `lexicons/fr/levels.tsv`: `header`
    /// lines as `#` comments, then one row per measure in table order.
    public func rendered(header: [String]) -> String {
        var text = header.map { $0.isEmpty ? "#\n" : "# \($0)\n" }.joined()
        for row in rows {
            let cuts = row.thresholds.cuts.map(Self.formatCut)
            let fields =
                [row.criterion.rawValue, row.measure, row.thresholds.direction.rawValue]
                + cuts + [row.source]
            text += fields.joined(separator: "\t") + "\n"
        }
        return text
    }

    /// Formats a cut point rounded to six decimal places, without trailing
    /// zeros, so tables stay readable and diff well.
    static func formatCut(_ value: Double) -> String {
        var text = String((value * 1_000_000).rounded() / 1_000_000)
        if text.hasSuffix(".0") {
            text.removeLast(2)
        }
        return text
    }
}
