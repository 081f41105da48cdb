import WritingModel

/// One measure's part in a criterion's message: the sentence to say when
/// the measure is the text's strength, and the one to say when it is what
/// to improve. Both are full French sentences, ideally quoting the text.
public struct FeedbackPoint: Sendable, Hashable {
    /// Measure key whose level decides.
    public var measure: String
    /// Praise, or nil when the measure has nothing to praise.
    public var praise: String?
    /// Advice, or nil when there is nothing to advise.
    public var advice: String?

    /// Creates a point.
    public init(measure: String, praise: String? = nil, advice: String? = nil) {
        self.measure = measure
        self.praise = praise
        self.advice = advice
    }
}

/// Builds a criterion's message from its measures' levels: one thing that
/// is good, then one thing to improve.
///
/// The strength is the point whose measure has the highest level, if that
/// level is 3 or 4; the thing to improve is another point whose measure
/// has the lowest level, if below 4. Ties go to the point listed first, so
/// criteria list their points from the most to the least important.
public enum FeedbackComposer {
    /// The message for `points`.
    /// - Parameters:
    ///   - opening: Said when no measure reaches level 3 (a neutral fact).
    ///   - fallbackAdvice: Said when every measure with advice is at level 4.
    public static func message(
        criterion: Criterion, points: [FeedbackPoint], measures: [String: MeasureValue],
        scale: LevelScale, opening: String, fallbackAdvice: String
    ) -> String {
        let leveled = points.compactMap { point -> (point: FeedbackPoint, level: Int)? in
            guard
                let level = scale.level(
                    criterion, point.measure, measures[point.measure]?.doubleValue)
            else { return nil }
            return (point, level)
        }
        let strength = leveled.filter { $0.level >= 3 && $0.point.praise != nil }
            .max { $0.level < $1.level }
        let weakness = leveled.filter {
            $0.level < 4 && $0.point.advice != nil && $0.point.measure != strength?.point.measure
        }.min { $0.level < $1.level }
        let first = strength?.point.praise ?? opening
        let second = weakness?.point.advice ?? fallbackAdvice
        return "\(first) \(second)"
    }
}
