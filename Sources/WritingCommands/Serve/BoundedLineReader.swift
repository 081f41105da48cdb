import Foundation

/// Reads lines from a file descriptor without ever holding more than
/// `limit` bytes of one line, so a client cannot exhaust the server's
/// memory with a line that never ends.
final class BoundedLineReader {
    /// One line read, or the fact that a line was too long and was skipped.
    enum Line {
        case text(String)
        /// A line over the limit; `head` holds its first `headLength` bytes,
        /// where a request's id usually is.
        case tooLong(bytes: Int, head: String)
    }

    /// Bytes kept from the start of a line that is skipped.
    static let headLength = 1024

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
        var head: ArraySlice<UInt8> = []
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                let line = buffer[start..<newline]
                start = newline + 1
                if skipped > 0 || line.count > limit {
                    if skipped == 0 { head = line.prefix(Self.headLength) }
                    return .tooLong(bytes: skipped + line.count, head: Self.decode(head))
                }
                return .text(Self.decode(line))
            }
            if buffer.count - start > limit {
                // Keep the head, drop what is buffered and read on to the line break.
                if skipped == 0 { head = buffer[start...].prefix(Self.headLength) }
                skipped += buffer.count - start
                buffer.removeAll(keepingCapacity: true)
                start = 0
            }
            if isAtEnd {
                guard start < buffer.count || skipped > 0 else { return nil }
                let rest = buffer[start...]
                start = buffer.count
                if skipped > 0 || rest.count > limit {
                    if skipped == 0 { head = rest.prefix(Self.headLength) }
                    return .tooLong(bytes: skipped + rest.count, head: Self.decode(head))
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
