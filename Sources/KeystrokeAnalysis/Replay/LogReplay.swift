/// The text a log rebuilds, with the repairs it needed.
public struct LogReplay: Sendable {
    /// The text after the last applied event.
    public var text: String
    /// Repairs made on the way, in event order.
    public var repairs: [ReplayRepair]
    /// Number of events applied.
    public var appliedEvents: Int

    /// Replays `log` in repair mode, up to and including the events at `time`
    /// on the log's clock (all events when nil). Times are compared after
    /// repair, so they never go backwards.
    /// - Complexity: O(events × text length) in the worst case; each event
    ///   costs the length of the text after its edit point.
    public init(_ log: KeystrokeLog, until time: Int? = nil) {
        var replayer = TextReplayer(initialText: log.initialText, mode: .repair)
        var repairs: [ReplayRepair] = []
        for event in log.events {
            // Repair mode never throws.
            guard let prepared = try? replayer.prepare(event) else { continue }
            if let time, prepared.event.time > time { break }
            repairs += prepared.repairs
            replayer.commit(prepared)
        }
        text = replayer.text.string
        self.repairs = repairs
        appliedEvents = replayer.eventCount
    }
}

/// How a rebuilt text compares with the text a session really ended with.
public enum FinalTextComparison: Hashable, Sendable {
    /// Same code units.
    case identical
    /// Same once CR LF and CR are read as LF: loggers record Enter as one
    /// line feed while saved files often use CR LF.
    case sameAfterLineEndings
    /// Same once white space at the end is ignored as well: exports often
    /// drop a last space or line break.
    case sameAfterTrailingWhitespace
    /// Different; `offset` is the first differing UTF-16 offset once line
    /// endings are read as LF.
    case different(offset: Int)

    /// Compares a rebuilt text with the recorded final text.
    public init(rebuilt: String, recorded: String) {
        if rebuilt.utf16.elementsEqual(recorded.utf16) {
            self = .identical
            return
        }
        let left = Self.unifiedLineEndings(rebuilt)
        let right = Self.unifiedLineEndings(recorded)
        if left == right {
            self = .sameAfterLineEndings
        } else if Self.trimmedEnd(left) == Self.trimmedEnd(right) {
            self = .sameAfterTrailingWhitespace
        } else {
            self = .different(offset: zip(left, right).prefix { $0 == $1 }.count)
        }
    }

    /// Whether the texts are the same, possibly after the two normalizations.
    public var isMatch: Bool {
        if case .different = self { return false }
        return true
    }

    private static func unifiedLineEndings(_ text: String) -> [UInt16] {
        var result: [UInt16] = []
        result.reserveCapacity(text.utf16.count)
        var previousWasCR = false
        for unit in text.utf16 {
            if unit == 0x0A && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = unit == 0x0D
            result.append(unit == 0x0D ? 0x0A : unit)
        }
        return result
    }

    private static func trimmedEnd(_ units: [UInt16]) -> ArraySlice<UInt16> {
        var end = units.count
        while end > 0 && UTF16Text.isSpace(units[end - 1]) { end -= 1 }
        return units[..<end]
    }
}
