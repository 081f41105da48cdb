import Foundation
import Synchronization

/// The progress line of `plume score` on a terminal, redrawn four times a
/// second from its own thread, so that it moves while a long file is being
/// analysed and outcomes wait to be written in order.
final class ProgressDisplay: Sendable {
    private let progress: Mutex<ScoreProgress>
    private let channel: any OutputChannel
    private let stopped = DispatchSemaphore(value: 0)
    private let finishedDrawing = DispatchSemaphore(value: 0)

    /// Starts drawing `initial` on `channel`.
    init(_ initial: ScoreProgress, channel: any OutputChannel) {
        progress = Mutex(initial)
        self.channel = channel
        Thread { [self] in
            while stopped.wait(timeout: .now() + .milliseconds(250)) == .timedOut {
                draw()
            }
            finishedDrawing.signal()
        }.start()
    }

    /// Counts a file as done; safe to call from any thread.
    func finishFile(bytes: Int, words: Int?) {
        progress.withLock { $0.finishFile(bytes: bytes, analyzedWords: words) }
    }

    /// Stops drawing, clears the line and returns the counts.
    func stop() -> ScoreProgress {
        stopped.signal()
        finishedDrawing.wait()
        channel.write("\r\u{1B}[K")
        channel.flush()
        return progress.withLock { $0 }
    }

    /// Updates the counts the summary reports.
    func update(_ change: (inout ScoreProgress) -> Void) {
        progress.withLock { change(&$0) }
    }

    private func draw() {
        let line = progress.withLock { $0.line }
        channel.write("\r\u{1B}[K\(line)")
        channel.flush()
    }
}
