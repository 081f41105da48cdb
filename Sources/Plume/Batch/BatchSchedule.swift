import Foundation

/// Hands inputs to worker threads and their outcomes back to the consumer
/// in input order.
///
/// Inputs start in blocks of `blockSize` consecutive positions, each block
/// largest file first, so that a long file does not finish alone at the
/// end of a block while the other workers idle. A worker may start
/// position p only while p < delivered + window, which bounds the outcomes
/// held in memory. With window ≥ 2 × blockSize the next position to deliver
/// has always started or may start, so the schedule cannot deadlock.
final class BatchSchedule: @unchecked Sendable {
    // Every stored property below is read and written with `condition` locked.
    private let condition = NSCondition()
    private let startOrder: [Int]
    private let window: Int
    private var nextStart = 0
    private var delivered = 0
    private var completed: [Int: BatchOutcome] = [:]
    private var isCancelled = false

    init(sizes: [Int], blockSize: Int) {
        var order: [Int] = []
        order.reserveCapacity(sizes.count)
        for blockStart in stride(from: 0, to: sizes.count, by: blockSize) {
            let block = blockStart..<min(blockStart + blockSize, sizes.count)
            order += block.sorted { (sizes[$0], $1) > (sizes[$1], $0) }
        }
        startOrder = order
        window = 2 * blockSize
    }

    /// The next position a worker should process, waiting while it lies too
    /// far ahead of delivery; nil when everything has started or the run was
    /// cancelled.
    func nextPosition() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if isCancelled || nextStart >= startOrder.count { return nil }
            let position = startOrder[nextStart]
            if position < delivered + window {
                nextStart += 1
                return position
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
