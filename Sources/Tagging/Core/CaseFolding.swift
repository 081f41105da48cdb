/// Byte-level lowercase folding and hashing of UTF-8 word forms, so the
/// tagger can look words up without building lowercase `String` copies.
///
/// Folding covers ASCII letters, the Latin-1 capitals À–Þ (« É » → « é »)
/// and « Œ » → « œ », which is every capital French spelling uses except
/// « Ÿ », a letter found only in a few place names.
enum CaseFolding {
    /// The lowercase value of the byte at `index`, given the byte before it.
    @inline(__always)
    static func folded(_ byte: UInt8, after previous: UInt8) -> UInt8 {
        if byte >= 0x41 && byte <= 0x5A { return byte | 0x20 }
        if previous == 0xC3 && byte >= 0x80 && byte <= 0x9E && byte != 0x97 { return byte + 0x20 }
        if previous == 0xC5 && byte == 0x92 { return 0x93 }
        return byte
    }

    /// The folded copy of `bytes`.
    static func fold(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        var previous: UInt8 = 0
        for byte in bytes {
            result.append(folded(byte, after: previous))
            previous = byte
        }
        return result
    }

    /// The folded copy of `text` as a string.
    static func fold(_ text: String) -> String {
        String(decoding: fold(text.utf8), as: UTF8.self)
    }

    /// FNV-1a hash of the folded bytes, with a seed to separate uses.
    @inline(__always)
    static func hash(folding bytes: UnsafeBufferPointer<UInt8>, seed: UInt64 = 0) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ seed
        var previous: UInt8 = 0
        for byte in bytes {
            hash = (hash ^ UInt64(folded(byte, after: previous))) &* 0x100_0000_01b3
            previous = byte
        }
        return hash
    }
}

/// Mixing of feature parts into one 64-bit feature key.
enum FeatureKey {
    /// A well-spread combination of a template number and two values.
    @inline(__always)
    static func make(_ template: UInt64, _ first: UInt64, _ second: UInt64 = 0) -> UInt64 {
        var value = template &* 0x9E37_79B9_7F4A_7C15
        value = mix(value ^ first)
        value = mix(value ^ (second &* 0xC2B2_AE3D_27D4_EB4F))
        return value
    }

    /// The SplitMix64 finalizer.
    @inline(__always)
    static func mix(_ input: UInt64) -> UInt64 {
        var z = input &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
