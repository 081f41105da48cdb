import Foundation

/// Process-level facts and I/O of the command-line tool, kept in one place
/// so that commands can be run against in-memory streams in tests.
public enum Platform {
    /// Whether file descriptor `descriptor` is a terminal.
    public static func isTerminal(_ descriptor: Int32) -> Bool {
        isatty(descriptor) == 1
    }

    /// Lowers the calling thread's scheduling priority (nice 10 on Linux),
    /// so that background analysis yields the processor to the thread that
    /// answers keystrokes. Failure leaves the priority as it was.
    public static func lowerThreadPriority() {
        #if os(Linux)
            // With NPTL the nice value is per thread, and 0 names the caller.
            _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
        #endif
    }

    /// Ignores SIGPIPE so that a closed stdout becomes a write error the
    /// tool handles (and exits cleanly) instead of killing the process.
    public static func ignoreBrokenPipes() {
        signal(SIGPIPE, SIG_IGN)
    }

    /// Ends the process with status 130 on Ctrl-C, first moving past a
    /// progress line drawn on standard error when `clearingLine` is set.
    /// Records already written stay complete, so a later run resumes.
    public static func exitOnInterrupt(clearingLine: Bool) {
        if clearingLine {
            signal(SIGINT) { _ in
                // Only async-signal-safe calls here.
                _ = write(2, "\n", 1)
                _exit(130)
            }
        }
    }
}

/// Exit statuses, following the convention of swift-argument-parser:
/// 0 success, 1 failure, 64 usage error (EX_USAGE).
public enum ExitCode: Int32, Sendable {
    case success = 0
    case failure = 1
    case usage = 64
}

/// A destination for a command's output.
public protocol OutputChannel: AnyObject, TextOutputStream, Sendable {
    /// Whether the channel is a terminal (colours, progress bars).
    var isTerminal: Bool { get }
    /// Appends `string`; safe to call from several threads.
    func write(_ string: String)
    /// Writes buffered text out; a line-oriented protocol calls it per line.
    func flush()
    /// Why writing failed, once it has; nil while every write succeeded.
    var writeFailure: OutputWriteFailure? { get }
}

extension OutputChannel {
    public var writeFailure: OutputWriteFailure? { nil }
}

/// Why a channel could not write.
public enum OutputWriteFailure: Equatable, Sendable {
    /// The reader closed the pipe (`plume … | head`): not an error.
    case closedByReader
    /// Another error, such as a full disk, described by the system.
    case error(String)
}

/// A standard stream of the process, buffered, safe to share between threads.
public final class FileOutputChannel: OutputChannel, @unchecked Sendable {
    // `buffer` and `broken` are only touched with `lock` held.
    private let lock = NSLock()
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var failure: OutputWriteFailure?

    /// Standard output.
    public static let standardOutput = FileOutputChannel(descriptor: 1)
    /// Standard error.
    public static let standardError = FileOutputChannel(descriptor: 2)

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    public var isTerminal: Bool { Platform.isTerminal(descriptor) }

    /// Whether a write failed, for example because the reader closed the pipe.
    public var isBroken: Bool {
        lock.withLock { failure != nil }
    }

    public var writeFailure: OutputWriteFailure? {
        lock.withLock { failure }
    }

    public func write(_ string: String) {
        lock.withLock {
            buffer.append(contentsOf: string.utf8)
            if buffer.count >= 64 * 1024 {
                flushLocked()
            }
        }
    }

    public func flush() {
        lock.withLock { flushLocked() }
    }

    private func flushLocked() {
        guard !buffer.isEmpty, failure == nil else {
            buffer.removeAll()
            return
        }
        buffer.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let result = Foundation.write(
                    descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if result < 0 {
                    if errno == EINTR { continue }
                    failure =
                        errno == EPIPE
                        ? .closedByReader : .error(String(cString: strerror(errno)))
                    return
                }
                offset += result
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// An in-memory channel, for tests and for capturing output.
public final class StringOutputChannel: OutputChannel, @unchecked Sendable {
    // `storage` is only touched with `lock` held.
    private let lock = NSLock()
    private var storage = ""
    public let isTerminal: Bool

    /// Creates an empty channel that reports itself as a terminal or not.
    public init(isTerminal: Bool = false) {
        self.isTerminal = isTerminal
    }

    /// Everything written so far.
    public var text: String {
        lock.withLock { storage }
    }

    public func write(_ string: String) {
        lock.withLock { storage += string }
    }

    public func flush() {}
}

/// A value-type stream over a channel, for APIs that take `inout some TextOutputStream`.
public struct OutputChannelStream: TextOutputStream {
    /// The channel written to.
    public let channel: any OutputChannel

    /// Creates a stream over `channel`.
    public init(channel: any OutputChannel) {
        self.channel = channel
    }

    public mutating func write(_ string: String) {
        channel.write(string)
    }
}
