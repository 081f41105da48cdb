import UnicodeSupport

/// Line breaks that only wrap a line inside a sentence, as in hard-wrapped
/// text (« …pendant que le chien\ndort dans la maison »).
///
/// A single line break is soft when the line before it does not end with
/// sentence or clause punctuation (. ! ? … : ; or a closing quote) and the
/// next line starts with a lowercase letter. A title followed by a capital,
/// a blank line, or a line ending in punctuation stays a paragraph break.
struct SoftLineBreaks {
    /// Offsets of the code units of soft line breaks (both units of CR LF).
    let offsets: Set<Int>

    init(view: SegmentationView) {
        var offsets = Set<Int>()
        let units = view.units
        var index = 0
        while index < units.count {
            guard SegmentationView.isLineBreak(units[index]) else {
                index += 1
                continue
            }
            var end = index + 1
            if units[index] == 0x0D && end < units.count && units[end] == 0x0A {
                end += 1
            }
            if Self.isSoft(breakStart: index, breakEnd: end, units: units) {
                offsets.formUnion(index..<end)
            }
            index = end
        }
        self.offsets = offsets
    }

    /// Whether the unit at `offset` is a line break that ends a paragraph.
    func isHardLineBreak(_ offset: Int, in view: SegmentationView) -> Bool {
        SegmentationView.isLineBreak(view.units[offset]) && !offsets.contains(offset)
    }

    private static func isSoft(breakStart: Int, breakEnd: Int, units: [UInt16]) -> Bool {
        var before = breakStart - 1
        while before >= 0 && (units[before] == 0x20 || units[before] == 0x09 || units[before] == 0xA0) {
            before -= 1
        }
        guard before >= 0, !SegmentationView.isLineBreak(units[before]),
            !endsClause(units[before])
        else { return false }
        var after = breakEnd
        while after < units.count && (units[after] == 0x20 || units[after] == 0x09 || units[after] == 0xA0) {
            after += 1
        }
        guard after < units.count, let scalar = Unicode.Scalar(units[after]) else { return false }
        return scalar.properties.isLowercase
    }

    private static func endsClause(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x2E, 0x21, 0x3F, 0x2026, 0x3A, 0x3B, 0xBB, 0x22, 0x201D, 0x29: true
        default: false
        }
    }
}
