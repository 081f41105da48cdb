/// French typographic conventions for messages shown to students.
///
/// French sets a no-break space inside « » and before : ; ! ?; Plume uses
/// U+00A0 before « : » and inside guillemets and the narrow U+202F before
/// « ; », « ! » and « ? », as the Imprimerie nationale's rules describe.
public enum FrenchTypography {
    /// No-break space, before a colon and inside guillemets.
    public static let noBreakSpace = "\u{00A0}"
    /// Narrow no-break space, before ; ! ?.
    public static let narrowNoBreakSpace = "\u{202F}"

    /// Longest text `quoted` shows whole, in characters.
    public static let maximumQuotedLength = 60

    /// `text` between French guillemets with no-break spaces, cut with an
    /// ellipsis past `maximumQuotedLength` characters so that a pasted
    /// block or a runaway word cannot flood a message.
    public static func quoted(_ text: String) -> String {
        let shown =
            text.count > maximumQuotedLength
            ? text.prefix(maximumQuotedLength - 1) + "…" : Substring(text)
        return "«\(noBreakSpace)\(shown)\(noBreakSpace)»"
    }

    /// `count` followed by the singular or plural noun, by the French rule
    /// that 0 and 1 (and anything below 2) take the singular: « 1 mot »,
    /// « 1,5 mot », « 2 mots ».
    public static func counted(_ count: Int, _ singular: String, _ plural: String) -> String {
        "\(count) \(abs(count) >= 2 ? plural : singular)"
    }

    /// A decimal `value` with the noun agreeing the same way.
    public static func counted(_ value: Double, _ singular: String, _ plural: String) -> String {
        "\(decimal(value)) \(abs(value) >= 2 ? plural : singular)"
    }

    /// `value` with a decimal comma and at most `decimals` digits after it
    /// (trailing zeros dropped): 3.50 → « 3,5 ».
    public static func decimal(_ value: Double, decimals: Int = 1) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return "—" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int((abs(value) * scale).rounded())
        var digits = String(scaled)
        while digits.count <= decimals { digits = "0" + digits }
        let integerPart = digits.dropLast(decimals)
        var fraction = digits.suffix(decimals)
        while fraction.last == "0" { fraction = fraction.dropLast() }
        let sign = value < 0 && scaled != 0 ? "−" : ""
        return fraction.isEmpty ? "\(sign)\(integerPart)" : "\(sign)\(integerPart),\(fraction)"
    }

    /// A share from 0 to 1 as a French percentage: 0.125 → « 12,5 % ».
    public static func percent(_ share: Double, decimals: Int = 0) -> String {
        "\(decimal(share * 100, decimals: decimals))\(narrowNoBreakSpace)%"
    }

    /// `value` with its digits grouped by three with narrow no-break
    /// spaces, as French writes numbers: 1412 → « 1 412 ».
    public static func integer(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 {
                grouped += narrowNoBreakSpace
            }
            grouped.append(digit)
        }
        return value < 0 ? "−" + grouped : grouped
    }
}
