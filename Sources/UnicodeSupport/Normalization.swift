internal import CICUShim

/// Unicode normalization through ICU.
public enum Normalization {
    /// Returns `text` in Normalization Form C.
    ///
    /// Returns the input unchanged when it is ASCII or already NFC, which is
    /// the common case, without copying.
    public static func nfc(_ text: String) throws -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return text
        }
        let units = Array(text.utf16)
        var status: Int32 = 0
        let isNormalized = units.withUnsafeBufferPointer {
            plume_nfc_is_normalized($0.baseAddress, Int32($0.count), &status)
        }
        guard isNormalized >= 0 else {
            throw UnicodeSupportError.failure("unorm2_isNormalized", status)
        }
        if isNormalized == 1 {
            return text
        }
        return String(decoding: try nfc(units), as: UTF16.self)
    }

    /// Returns the NFC form of UTF-16 code units.
    public static func nfc(_ units: [UInt16]) throws -> [UInt16] {
        guard units.count <= Int(Int32.max) / 3 else {
            throw UnicodeSupportError.textTooLong(length: units.count)
        }
        // NFC output can be longer than its input for a few scripts; one
        // retry with the exact size ICU reports covers it.
        var capacity = units.count + 16
        while true {
            var output = [UInt16](repeating: 0, count: capacity)
            var status: Int32 = 0
            let written = units.withUnsafeBufferPointer { source in
                output.withUnsafeMutableBufferPointer { destination in
                    plume_nfc(
                        source.baseAddress, Int32(source.count), destination.baseAddress,
                        Int32(capacity), &status)
                }
            }
            guard written >= 0 else {
                throw UnicodeSupportError.failure("unorm2_normalize", status)
            }
            if Int(written) <= capacity {
                output.removeSubrange(Int(written)...)
                return output
            }
            capacity = Int(written)
        }
    }
}
