/// What the classifiers know about a word form independently of its
/// context: hashes of its folded form and affixes, its shape and the parts
/// of speech Lexique gives it.
struct WordType: Sendable {
    /// Hash of the folded form; sentence boundaries use fixed values.
    var formHash: UInt64
    /// Hashes of the last 1, 2, 3 and 4 characters of the folded form.
    var suffixes: (UInt64, UInt64, UInt64, UInt64)
    /// Hash of the first two characters.
    var prefix: UInt64
    /// Letter case and character classes, one of `WordShape`.
    var shape: UInt8
    /// Lexique's parts of speech for the form (see `TaggerModel.lexiqueClasses`).
    var lexiqueMask: UInt32
    /// For a form Lexique lacks: the parts of speech common among Lexique
    /// forms with the same ending (see `TaggerModel.guessedLexiqueMask`).
    var guessedMask: UInt32 = 0
    /// Bit 0: has a hyphen; bit 1: has a digit; bit 2: ends with an apostrophe.
    var flags: UInt8
    /// Length in characters, capped at 12.
    var length: UInt8
    /// Id in the model's form index, or -1 when the form is unknown.
    var formID: Int32

    /// Form hash of training tokens hidden as unknown words, shared so no
    /// weight is learned for their real form.
    static let unknownFormHash: UInt64 = 0x554E_4B4E_4F57_4E

    /// The padding type before the first word of a sentence.
    static let sentenceStart = WordType(boundary: 0x5354_4152_54)
    /// The padding type after the last word.
    static let sentenceEnd = WordType(boundary: 0x454E_44)

    private init(boundary: UInt64) {
        formHash = boundary
        suffixes = (boundary, boundary, boundary, boundary)
        prefix = boundary
        shape = WordShape.boundary
        lexiqueMask = 0
        flags = 0
        length = 0
        formID = -1
    }

    /// Describes the UTF-8 form `bytes`, with `formID` and `lexiqueMask`
    /// from the model's lexicon.
    init(bytes: UnsafeBufferPointer<UInt8>, formID: Int32, lexiqueMask: UInt32, formHash: UInt64) {
        self.formHash = formHash
        self.formID = formID
        self.lexiqueMask = lexiqueMask
        // Byte offsets where the last four characters start, newest first.
        var lastStarts = (0, 0, 0, 0)
        var characters = 0
        var prefixEnd = bytes.count
        var flags: UInt8 = 0
        for (index, byte) in bytes.enumerated() {
            if byte & 0xC0 != 0x80 {
                if characters == 2 { prefixEnd = index }
                characters += 1
                lastStarts = (index, lastStarts.0, lastStarts.1, lastStarts.2)
            }
            if byte == 0x2D { flags |= 1 }
            if byte >= 0x30 && byte <= 0x39 { flags |= 2 }
        }
        if bytes.last == 0x27 { flags |= 4 }
        self.flags = flags
        length = UInt8(min(characters, 12))
        func suffixHash(_ count: Int, _ start: Int) -> UInt64 {
            let from = characters >= count ? start : 0
            return CaseFolding.hash(folding: UnsafeBufferPointer(rebasing: bytes[from...]))
        }
        suffixes = (
            suffixHash(1, lastStarts.0), suffixHash(2, lastStarts.1), suffixHash(3, lastStarts.2),
            suffixHash(4, lastStarts.3)
        )
        prefix = CaseFolding.hash(folding: UnsafeBufferPointer(rebasing: bytes[..<prefixEnd]))
        shape = WordShape.of(bytes)
    }
}

/// Coarse shapes of a written form.
enum WordShape {
    static let lower: UInt8 = 0
    static let capitalized: UInt8 = 1
    static let allCaps: UInt8 = 2
    static let mixedCase: UInt8 = 3
    static let digits: UInt8 = 4
    static let digitsAndOther: UInt8 = 5
    static let punctuation: UInt8 = 6
    static let singleCapital: UInt8 = 7
    static let symbol: UInt8 = 8
    static let boundary: UInt8 = 9
    /// Number of shapes.
    static let count = 10

    /// The shape of the UTF-8 form `bytes`.
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var upper = 0
        var lower = 0
        var digits = 0
        var other = 0
        var firstIsUpper = false
        var previous: UInt8 = 0
        for byte in bytes {
            let isContinuation = byte & 0xC0 == 0x80
            if byte >= 0x41 && byte <= 0x5A
                || isContinuation && CaseFolding.folded(byte, after: previous) != byte
            {
                if upper + lower == 0 { firstIsUpper = true }
                upper += 1
            } else if byte >= 0x61 && byte <= 0x7A {
                lower += 1
            } else if isContinuation && (previous == 0xC3 || previous == 0xC5 || previous == 0xC4) {
                lower += 1
            } else if byte >= 0x30 && byte <= 0x39 {
                digits += 1
            } else if !isContinuation && byte < 0xC3
                || byte >= 0xE0 && byte < 0xF0 && !isContinuation
            {
                other += 1
            }
            previous = byte
        }
        let letters = upper + lower
        if letters == 0 {
            if digits > 0 { return other == 0 ? Self.digits : digitsAndOther }
            return bytes.allSatisfy({ $0 < 0x80 }) ? punctuation : symbol
        }
        if digits > 0 { return digitsAndOther }
        if upper == 0 { return Self.lower }
        if upper == letters { return letters == 1 ? singleCapital : allCaps }
        return firstIsUpper && upper == 1 ? capitalized : mixedCase
    }
}
