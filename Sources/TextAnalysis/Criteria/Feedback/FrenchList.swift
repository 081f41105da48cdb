import WritingModel

/// Lists of words quoted the French way, for feedback messages.
enum FrenchList {
    /// « a », « b » ou « c », with typographic apostrophes.
    static func alternatives(_ words: [String]) -> String {
        joined(words.map { FrenchTypography.quoted(typographic($0)) }, conjunction: "ou")
    }

    /// « a », « b » et « c », with typographic apostrophes.
    static func quoted(_ words: [String]) -> String {
        joined(words.map { FrenchTypography.quoted(typographic($0)) }, conjunction: "et")
    }

    /// `text` with typographic apostrophes (resource lists write « ' »).
    static func typographic(_ text: String) -> String {
        String(text.map { $0 == "'" ? "’" : $0 })
    }

    /// a, b et c (items already formatted).
    static func joined(_ items: [String], conjunction: String) -> String {
        guard let last = items.last else { return "" }
        guard items.count > 1 else { return last }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) \(last)"
    }
}
