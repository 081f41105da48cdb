import Foundation

/// Reads lines from a file descriptor without ever holding more than
/// `limit` bytes of one line, so a client cannot exhaust the server's
/// memory with a line that never ends.
final class BoundedLineReader {
    /// One line read, or the fact that a line was too long and was skipped.
    enum Line {
        case text(String)
        case tooLong(bytes: Int)
    }

    private let descriptor: Int32
    private let limit: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var isAtEnd = false

    init(descriptor: Int32, limit: Int) {
        self.descriptor = descriptor
        self.limit = limit
    }

    /// The next line without its line break (and without a CR before it);
    /// nil at the end of the input. A last line without a line break counts.
    func next() -> Line? {
        var skipped = 0
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                let line = buffer[start..<newline]
                start = newline + 1
                if skipped > 0 || line.count > limit {
                    return .tooLong(bytes: skipped + line.count)
                }
                return .text(Self.decode(line))
            }
            if buffer.count - start > limit {
                // Drop what is buffered and keep reading to the line break.
                skipped += buffer.count - start
                buffer.removeAll(keepingCapacity: true)
                start = 0
            }
            if isAtEnd {
                guard start < buffer.count || skipped > 0 else { return nil }
                let rest = buffer[start...]
                start = buffer.count
                if skipped > 0 || rest.count > limit {
                    return .tooLong(bytes: skipped + rest.count)
                }
                return .text(Self.decode(rest))
            }
            fill()
        }
    }

    private func fill() {
        if start > 0 {
            buffer.removeFirst(start)
            start = 0
        }
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = read(descriptor, &chunk, chunk.count)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 {
                isAtEnd = true
                return
            }
            buffer += chunk[0..<count]
            return
        }
    }

    private static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var line = bytes
        if line.last == 0x0D { line = line.dropLast() }
        return String(decoding: line, as: UTF8.self)
    }
}
