import WritingModel

extension ProcessMeasures {
    /// Histogram bounds of the inter-key intervals, in ms.
    public static let intervalBins = [0, 100, 200, 500, 1000, 2000, 5000, 10_000]

    /// Fluence measures under their stable snake_case keys.
    public var fluenceValues: [String: MeasureValue] {
        let pausesTotal = allPauses
        var values: [String: MeasureValue] = [
            "total_time_ms": .integer(totalTime),
            "active_time_ms": .integer(activeTime),
            "time_before_first_keystroke_ms": timeBeforeFirstKeystroke.map(MeasureValue.integer)
                ?? .undefined,
            "time_out_of_focus_ms": .integer(timeOutOfFocus),
            "typed_characters": .integer(typedCharacters),
            "typed_words": .integer(typedWords),
            "final_characters": .integer(finalCharacters),
            "final_words": .integer(finalWords),
            "characters_per_minute_process": .number(perMinute(typedCharacters)),
            "characters_per_minute_product": .number(perMinute(finalCharacters)),
            "words_per_minute_process": .number(perMinute(typedWords)),
            "words_per_minute_product": .number(perMinute(finalWords)),
            "pause_threshold_ms": .integer(settings.pauseThreshold),
            "pause_count": .integer(pausesTotal.count),
            "pause_time_ms": .integer(pausesTotal.time),
            "pause_time_share": .number(
                totalTime > 0 ? Double(pausesTotal.time) / Double(totalTime) : nil),
            "pauses_by_location": .record(pauseRecords),
            "p_burst_count": .integer(pBursts.count),
            "p_burst_mean_characters": .number(Self.mean(pBursts.map(\.length))),
            "p_burst_median_characters": .number(Self.median(pBursts.map(\.length))),
            "p_burst_max_characters": pBursts.map(\.length).max().map(MeasureValue.integer)
                ?? .undefined,
            "p_burst_mean_duration_ms": .number(Self.mean(pBursts.map(\.duration))),
            "minute_series": .list(seriesRecords),
        ]
        for (key, value) in intervalValues { values[key] = value }
        return values
    }

    /// Révision measures under their stable snake_case keys.
    public var revisionValues: [String: MeasureValue] {
        let inside = deletions.insideCount + insertions.count
        return [
            "deletion_count": .integer(deletions.count),
            "deleted_characters": .integer(deletions.characters),
            "deletion_mean_characters": .number(
                deletions.count > 0 ? Double(deletions.characters) / Double(deletions.count) : nil),
            "deletions_at_leading_edge": .integer(deletions.leadingEdgeCount),
            "deletions_inside_text": .integer(deletions.insideCount),
            "deleted_characters_at_leading_edge": .integer(deletions.leadingEdgeCharacters),
            "deleted_characters_inside_text": .integer(deletions.insideCharacters),
            "insertion_count": .integer(insertions.count),
            "inserted_characters": .integer(insertions.characters),
            "immediate_revision_share": .number(
                deletions.count > 0
                    ? Double(deletions.leadingEdgeCount) / Double(deletions.count) : nil),
            "distant_revisions_per_100_words": .number(
                finalWords > 0 ? Double(inside) * 100 / Double(finalWords) : nil),
            "r_burst_count": .integer(rBursts.count),
            "r_burst_mean_characters": .number(Self.mean(rBursts.map(\.length))),
            "product_process_ratio": .number(productProcessRatio),
            "deleted_character_share": .number(deletedShare),
            "paste_count": .integer(pasteCount),
            "pasted_characters": .integer(pastedCharacters),
            "large_paste_count": .integer(largePastes.count),
            "undo_count": .integer(undoCount),
            "redo_count": .integer(redoCount),
        ]
    }

    private var intervalValues: [String: MeasureValue] {
        var bins: [MeasureValue] = []
        for (index, lower) in Self.intervalBins.enumerated() {
            let upper = index + 1 < Self.intervalBins.count ? Self.intervalBins[index + 1] : nil
            var record: [String: MeasureValue] = [
                "from_ms": .integer(lower),
                "count": .integer(intervals.count(from: lower, below: upper)),
            ]
            record["below_ms"] = upper.map(MeasureValue.integer) ?? .undefined
            bins.append(.record(record))
        }
        return [
            "iki_count": .integer(intervals.count),
            "iki_mean_ms": .number(intervals.mean),
            "iki_median_ms": .number(intervals.quantile(0.5)),
            "iki_q1_ms": .number(intervals.quantile(0.25)),
            "iki_q3_ms": .number(intervals.quantile(0.75)),
            "iki_p90_ms": .number(intervals.quantile(0.9)),
            "iki_max_ms": intervals.maximum.map(MeasureValue.integer) ?? .undefined,
            "iki_histogram": .list(bins),
        ]
    }

    private var pauseRecords: [String: MeasureValue] {
        var records: [String: MeasureValue] = [:]
        for location in PauseLocation.allCases {
            let tally = pauses[location] ?? PauseTally()
            records[location.rawValue] = .record([
                "count": .integer(tally.count),
                "time_ms": .integer(tally.time),
                "mean_ms": .number(tally.meanTime),
            ])
        }
        return records
    }

    private var seriesRecords: [MeasureValue] {
        series.enumerated().map { index, bucket in
            .record([
                "start_ms": .integer(index * settings.seriesBucket),
                "typed": .integer(bucket.typed),
                "pasted": .integer(bucket.pasted),
                "deleted": .integer(bucket.deleted),
                "length": .integer(bucket.length),
            ])
        }
    }

    static func mean(_ values: [Int]) -> Double? {
        values.isEmpty ? nil : Double(values.reduce(0, +)) / Double(values.count)
    }

    static func median(_ values: [Int]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1
            ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
    }
}
