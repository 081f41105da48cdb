/// Accent-folded forms of words as bytes, and their hashes: the keys of
/// the spelling and phonetic indexes.
enum SpellingKey {
    /// `word` in lowercase without diacritics, as UTF-8 bytes: « Garçon »
    /// → `garcon`, « cœur » → `coeur`, the typographic apostrophe → `'`.
    /// - Complexity: O(n) in the length of the word.
    static func folded(_ word: some StringProtocol) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(word.utf8.count)
        for scalar in word.unicodeScalars {
            appendFolded(scalar, to: &bytes)
        }
        return bytes
    }

    /// The base letter of a French letter, lowercase: « É » → « e ».
    /// Ligatures and letters outside Latin-1 come back unchanged, lowercased.
    static func baseLetter(_ character: Character) -> Character {
        guard let scalar = character.unicodeScalars.first,
            character.unicodeScalars.count == 1
        else { return character }
        var bytes: [UInt8] = []
        appendFolded(scalar, to: &bytes)
        return bytes.count == 1 ? Character(Unicode.Scalar(bytes[0])) : character
    }

    private static func appendFolded(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        if value < 0x80 {
            let byte = UInt8(value)
            bytes.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
            return
        }
        if let base = latinBase(value) {
            bytes.append(contentsOf: base.utf8)
            return
        }
        bytes.append(contentsOf: String(scalar).lowercased().utf8)
    }

    /// ASCII letters of an accented Latin letter, either case.
    private static func latinBase(_ value: UInt32) -> String? {
        switch value {
        case 0xC0...0xC5, 0xE0...0xE5: "a"
        case 0xC6, 0xE6: "ae"
        case 0xC7, 0xE7: "c"
        case 0xC8...0xCB, 0xE8...0xEB: "e"
        case 0xCC...0xCF, 0xEC...0xEF: "i"
        case 0xD1, 0xF1: "n"
        case 0xD2...0xD6, 0xF2...0xF6: "o"
        case 0xD9...0xDC, 0xF9...0xFC: "u"
        case 0xDD, 0xFD, 0xFF, 0x178: "y"
        case 0x152, 0x153: "oe"
        case 0x2019: "'"
        default: nil
        }
    }

    /// A Lexique phonemic form with the distinctions spelling does not show
    /// folded away: open and closed « e » and « o », « eu » and schwa,
    /// « un » and « in » (« mes » /me/ and « mais » /mE/ get one key).
    static func foldedPhonemes(_ phonemes: some StringProtocol) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(phonemes.utf8.count)
        // Lexique's phonemic code is ASCII but for « § » and « ° »: reading
        // scalars avoids comparing grapheme clusters.
        for scalar in phonemes.unicodeScalars {
            switch scalar {
            case "E": bytes.append(UInt8(ascii: "e"))
            case "O": bytes.append(UInt8(ascii: "o"))
            case "9", "°": bytes.append(UInt8(ascii: "2"))
            case "1": bytes.append(UInt8(ascii: "5"))
            case "§": bytes.append(UInt8(ascii: "3"))
            default:
                if scalar.isASCII {
                    bytes.append(UInt8(scalar.value))
                } else {
                    bytes.append(contentsOf: String(scalar).utf8)
                }
            }
        }
        return bytes
    }

    /// FNV-1a hash of `bytes`, leaving out the byte at `skipped` (none
    /// when -1), so that the deletions of a word hash without copies.
    static func hash(_ bytes: [UInt8], skipping skipped: Int = -1) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in bytes.indices where index != skipped {
            hash = (hash ^ UInt64(bytes[index])) &* 0x100_0000_01b3
        }
        return hash
    }
}
