import Foundation

/// Hands input positions to worker threads in order and their outcomes back
/// to the consumer in the same order.
///
/// A worker may start position p only while p < delivered + window, which
/// bounds the outcomes waiting in memory behind a long file. Positions start
/// in order, so the next position to deliver has always started and the
/// schedule cannot deadlock.
final class BatchSchedule: @unchecked Sendable {
    // Every stored property below is read and written with `condition` locked.
    private let condition = NSCondition()
    private let count: Int
    private let window: Int
    private var nextStart = 0
    private var delivered = 0
    private var completed: [Int: BatchOutcome] = [:]
    private var isCancelled = false

    init(count: Int, window: Int) {
        self.count = count
        self.window = max(1, window)
    }

    /// The next position a worker should process, waiting while it lies too
    /// far ahead of delivery; nil when everything has started or the run was
    /// cancelled.
    func nextPosition() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if isCancelled || nextStart >= count { return nil }
            if nextStart < delivered + window {
                nextStart += 1
                return nextStart - 1
            }
            condition.wait()
        }
    }

    /// Stores the outcome of `position` for the consumer.
    func complete(_ position: Int, with outcome: BatchOutcome) {
        condition.lock()
        completed[position] = outcome
        condition.broadcast()
        condition.unlock()
    }

    /// The outcome of the next position in input order, waiting for it.
    func takeNext() -> BatchOutcome {
        condition.lock()
        defer { condition.unlock() }
        while completed[delivered] == nil {
            condition.wait()
        }
        let outcome = completed.removeValue(forKey: delivered)!
        delivered += 1
        condition.broadcast()
        return outcome
    }

    /// Stops handing out positions; workers finish their current file.
    func cancel() {
        condition.lock()
        isCancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
