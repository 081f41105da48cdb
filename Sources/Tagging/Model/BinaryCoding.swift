import Foundation

/// Appends little-endian numbers, arrays and strings to a byte buffer.
struct BinaryWriter {
    private(set) var data = Data()

    mutating func write<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }

    mutating func write(_ value: Float) {
        write(value.bitPattern)
    }

    mutating func write(_ text: String) {
        let bytes = Array(text.utf8)
        write(UInt32(bytes.count))
        data.append(contentsOf: bytes)
    }

    mutating func write(bytes: [UInt8]) {
        data.append(contentsOf: bytes)
    }

    /// Writes a count followed by the elements as raw little-endian values.
    mutating func write<T: FixedWidthInteger>(array: [T]) {
        write(UInt64(array.count))
        for value in array { write(value) }
    }

    mutating func write(array: [Float]) {
        write(UInt64(array.count))
        for value in array { write(value.bitPattern) }
    }

    mutating func write(strings: [String]) {
        write(UInt64(strings.count))
        for text in strings { write(text) }
    }
}

/// Reads what `BinaryWriter` wrote, checking every length against the
/// bytes left so a truncated file raises an error instead of crashing.
struct BinaryReader {
    let data: [UInt8]
    let path: String
    private(set) var position = 0

    init(data: [UInt8], path: String) {
        self.data = data
        self.path = path
    }

    var isAtEnd: Bool { position == data.count }

    private func truncated(_ what: String) -> TaggingError {
        .corruptModel(path: path, reason: "file ends inside \(what) at byte \(position)")
    }

    mutating func read<T: FixedWidthInteger>(_: T.Type) throws -> T {
        let size = MemoryLayout<T>.size
        guard data.count - position >= size else { throw truncated("a number") }
        var value: T = 0
        for index in 0..<size {
            value |= T(truncatingIfNeeded: data[position + index]) << (8 * index)
        }
        position += size
        return value
    }

    mutating func readFloat() throws -> Float {
        Float(bitPattern: try read(UInt32.self))
    }

    mutating func readString() throws -> String {
        let count = Int(try read(UInt32.self))
        guard data.count - position >= count else { throw truncated("a string") }
        defer { position += count }
        return String(decoding: data[position..<position + count], as: UTF8.self)
    }

    mutating func readBytes(_ count: Int) throws -> [UInt8] {
        guard count >= 0, data.count - position >= count else { throw truncated("a byte block") }
        defer { position += count }
        return Array(data[position..<position + count])
    }

    private mutating func readCount(elementSize: Int) throws -> Int {
        let count = try read(UInt64.self)
        guard count <= UInt64((data.count - position) / max(elementSize, 1)) else {
            throw truncated("an array of \(count) elements")
        }
        return Int(count)
    }

    mutating func readArray<T: FixedWidthInteger>(_: T.Type) throws -> [T] {
        let size = MemoryLayout<T>.size
        let count = try readCount(elementSize: size)
        var result = [T](repeating: 0, count: count)
        result.withUnsafeMutableBytes { target in
            data.withUnsafeBytes { source in
                target.copyMemory(
                    from: UnsafeRawBufferPointer(
                        rebasing: source[position..<position + count * size]))
            }
        }
        // The model is written little-endian; every supported platform is too.
        position += count * size
        return result
    }

    mutating func readFloatArray() throws -> [Float] {
        try readArray(UInt32.self).map(Float.init(bitPattern:))
    }

    mutating func readStrings() throws -> [String] {
        let count = try readCount(elementSize: 4)
        var result: [String] = []
        result.reserveCapacity(count)
        for _ in 0..<count { result.append(try readString()) }
        return result
    }
}
