/// The first malformed string in a request line that the JSON decoder
/// rejected: an invalid escape, an unpaired UTF-16 surrogate written as an
/// escape, or a control character left unescaped. It carries the byte offset
/// where the fault starts and, when the line's structure up to that point
/// could be followed, the field whose string value contains it.
struct JSONStringFault: Equatable, CustomStringConvertible {
    enum Kind: Equatable {
        /// A backslash followed by a character JSON does not define.
        case invalidEscape
        /// `\u` without four hexadecimal digits after it.
        case invalidUnicodeEscape
        /// A `\u` escape of a UTF-16 surrogate without its other half.
        case unpairedSurrogate(UInt16)
        /// A raw byte below 0x20, which JSON requires to be escaped.
        case controlCharacter(UInt8)
    }

    var kind: Kind
    /// Offset of the fault's first byte from the start of the line, from 0.
    var offset: Int
    /// Path of the field whose value contains the string, with array
    /// indices in brackets (`params.keystrokes[2].text`). It is nil when the
    /// string is an object key or the structure before it is broken.
    var field: String?

    /// Finds the first string fault in `bytes`, a JSON text in UTF-8.
    /// - Returns: nil when every string is well formed. The line is then
    ///   broken in some other way (a missing comma or quote, a cut line).
    /// - Complexity: O(n) in the number of bytes.
    static func find(in bytes: [UInt8]) -> JSONStringFault? {
        var scanner = Scanner(bytes: bytes)
        return scanner.run()
    }

    /// The error message: the fault, where it is, and how to fix it.
    var description: String {
        let place =
            switch field {
            case let field? where field.hasPrefix("params."):
                "in parameter \"\(field.dropFirst("params.".count))\" at byte offset \(offset)"
            case let field?:
                "in field \"\(field)\" at byte offset \(offset)"
            case nil:
                "at byte offset \(offset) of the line"
            }
        // The message quotes no byte of the string, because serve logs
        // error messages and the log must not contain student text.
        switch kind {
        case .invalidEscape:
            return "invalid escape \(place); after a backslash JSON allows only "
                + "\" \\ / b f n r t, or u and four hexadecimal digits"
        case .invalidUnicodeEscape:
            return "invalid \\u escape \(place); write \\u and four hexadecimal digits "
                + "(\\u00E9 for é), or the character itself in UTF-8"
        case .unpairedSurrogate(let unit):
            return "unpaired surrogate \\u\(Self.hexDigits(unit)) \(place); escape a character "
                + "above U+FFFF as a high surrogate (\\uD800 to \\uDBFF) followed by a low one "
                + "(\\uDC00 to \\uDFFF), or send it unescaped in UTF-8"
        case .controlCharacter(let byte):
            return "unescaped control character U+\(Self.hexDigits(UInt16(byte))) \(place); "
                + "write it as \(Self.escape(for: byte))"
        }
    }

    /// Four uppercase hexadecimal digits.
    private static func hexDigits(_ value: UInt16) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }

    private static func escape(for byte: UInt8) -> String {
        switch byte {
        case 0x08: #"\b"#
        case 0x09: #"\t"#
        case 0x0A: #"\n"#
        case 0x0C: #"\f"#
        case 0x0D: #"\r"#
        default: #"\u"# + hexDigits(UInt16(byte))
        }
    }
}

extension JSONStringFault {
    /// One open object or array, for naming the field a string belongs to.
    private enum Container {
        /// An object and the key of the member being read, nil before its key.
        case object(key: String?)
        /// An array and the index of the element being read.
        case array(index: Int)
    }

    /// A single pass over the line that follows objects and arrays only as
    /// far as naming fields needs, and checks every string it meets.
    private struct Scanner {
        let bytes: [UInt8]
        var position = 0
        var stack: [Container] = []
        /// Whether the next string in the current object is a key.
        var expectsKey = false
        /// Whether the structure read so far was valid enough to trust the path.
        var pathIsReliable = true

        init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        mutating func run() -> JSONStringFault? {
            while position < bytes.count {
                let byte = bytes[position]
                switch byte {
                case UInt8(ascii: "\""):
                    if let fault = readString(isKey: expectsKey) { return fault }
                case UInt8(ascii: "{"):
                    stack.append(.object(key: nil))
                    expectsKey = true
                    position += 1
                case UInt8(ascii: "["):
                    stack.append(.array(index: 0))
                    expectsKey = false
                    position += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    if stack.popLast() == nil { pathIsReliable = false }
                    expectsKey = false
                    position += 1
                case UInt8(ascii: ":"):
                    if !followsKey { pathIsReliable = false }
                    position += 1
                case UInt8(ascii: ","):
                    nextMember()
                    position += 1
                default:
                    // Numbers, literals and white space name no field.
                    position += 1
                }
            }
            return nil
        }

        /// Whether an object's key was just read, the only place for a colon.
        private var followsKey: Bool {
            guard case .object(key: .some) = stack.last else { return false }
            return !expectsKey
        }

        /// Moves to the next member of the innermost object or array.
        private mutating func nextMember() {
            switch stack.last {
            case .object:
                stack[stack.count - 1] = .object(key: nil)
                expectsKey = true
            case .array(let index):
                stack[stack.count - 1] = .array(index: index + 1)
            case nil:
                pathIsReliable = false
            }
        }

        /// Reads the string that starts at `position` and leaves `position`
        /// after its closing quote; returns its first fault.
        private mutating func readString(isKey: Bool) -> JSONStringFault? {
            position += 1
            var content: [UInt8] = []
            while position < bytes.count {
                let byte = bytes[position]
                if byte == UInt8(ascii: "\"") {
                    position += 1
                    if isKey, case .object = stack.last {
                        let key = String(decoding: content, as: UTF8.self)
                        stack[stack.count - 1] = .object(key: key)
                        expectsKey = false
                    }
                    return nil
                }
                if byte < 0x20 {
                    return fault(.controlCharacter(byte), at: position, isKey: isKey)
                }
                if byte == UInt8(ascii: "\\") {
                    if let kind = checkEscape() {
                        return fault(kind, at: position, isKey: isKey)
                    }
                    continue
                }
                content.append(byte)
                position += 1
            }
            // A string cut by the end of the line is not a string fault.
            return nil
        }

        /// Checks the escape at `position` and moves past it when it is valid.
        private mutating func checkEscape() -> Kind? {
            let next = position + 1 < bytes.count ? bytes[position + 1] : nil
            switch next {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
                UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                position += 2
                return nil
            case UInt8(ascii: "u"):
                return checkUnicodeEscape()
            default:
                return .invalidEscape
            }
        }

        /// Checks a `\u` escape, and the one after it when it opens a pair.
        private mutating func checkUnicodeEscape() -> Kind? {
            guard let value = hexValue(at: position + 2) else { return .invalidUnicodeEscape }
            switch value {
            case 0xD800...0xDBFF:
                let low = position + 6
                let isEscape =
                    low + 1 < bytes.count && bytes[low] == UInt8(ascii: "\\")
                    && bytes[low + 1] == UInt8(ascii: "u")
                guard isEscape, let second = hexValue(at: low + 2),
                    (0xDC00...0xDFFF).contains(second)
                else { return .unpairedSurrogate(UInt16(value)) }
                position += 12
                return nil
            case 0xDC00...0xDFFF:
                return .unpairedSurrogate(UInt16(value))
            default:
                position += 6
                return nil
            }
        }

        /// Returns the value of the four hexadecimal digits at `offset`, or
        /// nil when they are missing or not hexadecimal.
        private func hexValue(at offset: Int) -> Int? {
            guard offset + 4 <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[offset..<offset + 4] {
                guard let digit = Character(UnicodeScalar(byte)).hexDigitValue else { return nil }
                value = value * 16 + digit
            }
            return value
        }

        private func fault(_ kind: Kind, at offset: Int, isKey: Bool) -> JSONStringFault {
            JSONStringFault(
                kind: kind, offset: offset, field: isKey || !pathIsReliable ? nil : path)
        }

        /// The dotted path of the value being read, or nil when a member
        /// has no key yet.
        private var path: String? {
            var path = ""
            for container in stack {
                switch container {
                case .object(let key?):
                    path += path.isEmpty ? key : ".\(key)"
                case .array(let index):
                    path += "[\(index)]"
                case .object(nil):
                    return nil
                }
            }
            return path.isEmpty ? nil : path
        }
    }
}
