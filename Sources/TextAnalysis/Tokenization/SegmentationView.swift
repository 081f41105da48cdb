/// The input text as UTF-16 code units, plus a copy with the same length in
/// which characters that confuse ICU's segmentation are replaced one for one.
///
/// Because every replacement is one code unit for one code unit, offsets in
/// the view are offsets in the original text, and spans stay exact.
/// Replacements: ’ ʼ ′ → ' (so elisions segment alike), and ‘ → ' between
/// two letters (« l‘élève », typed for an apostrophe); narrow no-break
/// space U+202F → U+00A0 (ICU glues U+202F to the previous word); vertical
/// tab and form feed → space; next-line U+0085 → line feed.
///
/// Invisible characters follow one policy: they never split or separate
/// words, because a reader does not see them. Format characters (general
/// category Cf: zero-width space, zero-width no-break space or byte-order
/// mark, word joiner, bidirectional marks, tags…) and the other C0 and C1
/// control characters all become the soft hyphen U+00AD. ICU's word rules
/// keep that format character inside the word around it, even where the
/// original (U+200B) would end the word. Both code units of a format
/// character outside the BMP become soft hyphens. Token text drops them
/// and token spans do not start or end with them. The zero-width joiner
/// U+200D stays, because it binds emoji sequences, and ICU keeps it inside
/// words too.
public struct SegmentationView: Sendable {
    /// Original UTF-16 code units.
    public let original: [UInt16]
    /// Code units with the one-for-one replacements applied.
    public let units: [UInt16]

    /// Builds the view of `text`.
    /// - Complexity: O(n) in the length of `text`.
    public init(_ text: String) {
        original = Array(text.utf16)
        var units = original
        for index in units.indices {
            units[index] = Self.replacement(for: units[index])
        }
        for index in units.indices.dropFirst().dropLast() where units[index] == 0x2018 {
            if Self.isLetter(units[index - 1]) && Self.isLetter(units[index + 1]) {
                units[index] = 0x0027
            }
        }
        for index in units.indices.dropLast() where UTF16.isLeadSurrogate(units[index]) {
            let trail = units[index + 1]
            guard UTF16.isTrailSurrogate(trail) else { continue }
            let scalar = UTF16.decode(UTF16.EncodedScalar([units[index], trail]))
            if scalar.properties.generalCategory == .format {
                units[index] = 0x00AD
                units[index + 1] = 0x00AD
            }
        }
        self.units = units
    }

    /// Number of UTF-16 code units.
    public var count: Int { units.count }

    static func replacement(for unit: UInt16) -> UInt16 {
        switch unit {
        case 0x2019, 0x02BC, 0x2032: 0x0027
        case 0x202F: 0x00A0
        case 0x0009, 0x000A, 0x000D: unit
        case 0x000B, 0x000C: 0x0020
        case 0x0085: 0x000A
        case 0x0000...0x001F, 0x007F...0x009F: 0x00AD
        case 0x200D: unit
        default: isFormat(unit) ? 0x00AD : unit
        }
    }

    /// Returns whether a code unit of the BMP is a format character (Cf).
    /// Surrogates are not. Below U+0600 only the soft hyphen is one, so
    /// Latin text never pays for the property lookup.
    static func isFormat(_ unit: UInt16) -> Bool {
        if unit < 0x0600 { return unit == 0x00AD }
        guard let scalar = Unicode.Scalar(unit) else { return false }
        return scalar.properties.generalCategory == .format
    }

    static func isLetter(_ unit: UInt16) -> Bool {
        guard let scalar = Unicode.Scalar(unit) else { return false }
        return scalar.properties.isAlphabetic
    }

    /// Whether a view code unit is white space (line breaks included).
    public static func isWhitespace(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x0020, 0x0009, 0x000A, 0x000D, 0x00A0, 0x1680, 0x2000...0x200A,
            0x2028, 0x2029, 0x205F, 0x3000:
            true
        default: false
        }
    }

    /// Whether a view code unit ends a line.
    public static func isLineBreak(_ unit: UInt16) -> Bool {
        unit == 0x000A || unit == 0x000D || unit == 0x2028 || unit == 0x2029
    }

    /// Whether a view code unit is invisible formatting that token text
    /// drops: the soft hyphen, which every other format and control
    /// character becomes in the view, and the zero-width joiner. The other
    /// units listed are format characters too, for callers that pass
    /// original code units.
    public static func isIgnorable(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: true
        default: false
        }
    }

    /// Whether a view code unit is a hyphen that joins words.
    public static func isHyphen(_ unit: UInt16) -> Bool {
        unit == 0x002D || unit == 0x2010 || unit == 0x2011
    }

    /// Whether the view has white space, or the text's edge, at `offset`.
    public func isSpaceOrEdge(at offset: Int) -> Bool {
        offset < 0 || offset >= units.count || Self.isWhitespace(units[offset])
    }

    /// Returns whether only ignorable units lie between `end` and `start`,
    /// so that two pieces ending and starting there look adjacent.
    func touches(_ end: Int, _ start: Int) -> Bool {
        end <= start && (end..<start).allSatisfy { Self.isIgnorable(units[$0]) }
    }

    /// Returns the first offset from `offset` on that is not an ignorable
    /// unit, or the end of the text.
    func skippingIgnorable(from offset: Int) -> Int {
        var offset = offset
        while offset < units.count && Self.isIgnorable(units[offset]) {
            offset += 1
        }
        return offset
    }

    /// The normalized text of a span: ignorable characters dropped,
    /// apostrophes folded, narrow no-break spaces as no-break spaces.
    /// Callers apply NFC afterwards when the text has combining marks.
    public func text(in span: Range<Int>) -> String {
        var hasIgnorable = false
        for offset in span where Self.isIgnorable(units[offset]) {
            hasIgnorable = true
            break
        }
        if !hasIgnorable {
            return String(decoding: units[span], as: UTF16.self)
        }
        return String(decoding: units[span].filter { !Self.isIgnorable($0) }, as: UTF16.self)
    }
}
