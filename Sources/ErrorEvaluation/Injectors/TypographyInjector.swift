import Tagging

/// Typography slips: no space after a comma (« rouge,vert »), no space
/// before ; : ! ? (« dit: »), a repeated article or preposition (« le
/// le »), a sentence that starts in lower case.
struct TypographyInjector: ErrorInjector {
    let category = ErrorCategory.typography

    private static let highPunctuation: Set<String> = [";", ":", "!", "?"]

    func injections(in surface: SentenceSurface) -> [Injection] {
        var result: [Injection] = []
        let forms = surface.forms
        for index in forms.indices {
            let form = forms[index]
            if form == ",", index > 0, index + 1 < forms.count, surface.separators[index] == " ",
                forms[index - 1].last?.isLetter == true, forms[index + 1].first?.isLetter == true
            {
                result.append(
                    injection("space-after-comma", index..<index + 2, "," + forms[index + 1]))
            }
            if Self.highPunctuation.contains(form), index > 0,
                ["\u{00A0}", "\u{202F}"].contains(surface.separators[index - 1]),
                forms[index - 1].last?.isLetter == true
            {
                result.append(
                    injection("space-before-punctuation", index - 1..<index + 1, forms[index - 1] + form))
            }
            if index > 0, let word = surface.word(at: index),
                word.partOfSpeech == .det || word.partOfSpeech == .adp, form.isLowercaseWord
            {
                result.append(injection("repeated-word", index..<index + 1, form + " " + form))
            }
        }
        if let first = forms.first, let word = surface.word(at: 0), word.partOfSpeech != .propn,
            let initial = first.first, initial.isUppercase,
            first.dropFirst().allSatisfy({ $0.isLetter && $0.isLowercase })
        {
            result.append(injection("lowercase-start", 0..<1, initial.lowercased() + first.dropFirst()))
        }
        return result
    }

    private func injection(_ kind: String, _ tokens: Range<Int>, _ replacement: String) -> Injection {
        Injection(category: category, subKind: kind, tokens: tokens, replacement: replacement)
    }
}
