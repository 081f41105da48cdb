import Lexicon
import Tagging

/// Non-words a student types: an accent dropped or wrong (« etant »), a
/// phonetic respelling (« pance »), a slip to a neighbouring AZERTY key
/// (« mainson »).
///
/// Only lowercase nouns, verbs, adjectives and adverbs after the first
/// token are changed, and a result is kept only when neither Hunspell nor
/// Lexique lists it: a real word would be another category of error.
struct NonWordInjector: ErrorInjector {
    let category = ErrorCategory.nonWord
    let tables: ErrorTables
    let lexique: Lexique
    let spellChecker: SpellChecker

    private static let contentTags: Set<UniversalPOS> = [.noun, .verb, .adj, .adv]

    func injections(in surface: SentenceSurface) -> [Injection] {
        var result: [Injection] = []
        for index in surface.forms.indices.dropFirst() {
            let form = surface.forms[index]
            guard let word = surface.word(at: index), Self.contentTags.contains(word.partOfSpeech),
                form.isLowercaseWord, form.count >= 3
            else { continue }
            let variants =
                accentSlips(form).map { ("accent-\($0.kind)", $0.text) }
                + respellings(form).map { ("phonetic", $0) }
                + keyboardSlips(form).map { ("keyboard", $0) }
            var seen = Set<String>()
            for (kind, text) in variants where text != form && seen.insert(text).inserted {
                result.append(
                    Injection(category: category, subKind: kind, tokens: index..<index + 1,
                        replacement: text))
            }
        }
        return result
    }

    /// Checked only for the injection drawn, because a Hunspell lookup for
    /// each of the hundreds of candidate slips of a sentence would be slow.
    func isValid(_ injection: Injection) -> Bool {
        !lexique.contains(injection.replacement) && !spellChecker.isCorrect(injection.replacement)
    }

    private func accentSlips(_ form: String) -> [(kind: String, text: String)] {
        let characters = Array(form)
        var result: [(String, String)] = []
        for (position, character) in characters.enumerated() {
            for slip in tables.accents where slip.letter == character {
                var changed = characters
                changed[position] = slip.replacement
                result.append((slip.kind, String(changed)))
            }
        }
        return result
    }

    /// Respellings whose phoneme is in the word's Lexique pronunciation.
    private func respellings(_ form: String) -> [String] {
        guard let phonemes = lexique.entries(for: form).first?.phonemes else { return [] }
        var result: [String] = []
        for rule in tables.respellings {
            if let phoneme = rule.phoneme, !phonemes.contains(phoneme) { continue }
            var searchStart = form.startIndex
            while let found = form.range(of: rule.spelling, range: searchStart..<form.endIndex) {
                searchStart = found.upperBound
                switch rule.position {
                case .initial where found.lowerBound != form.startIndex: continue
                case .inner where found.upperBound == form.endIndex: continue
                default: break
                }
                result.append(form.replacingCharacters(in: found, with: rule.respelling))
            }
        }
        return result
    }

    /// Returns the slips that replace one letter after the first by a
    /// neighbouring key, or add the neighbour after it.
    private func keyboardSlips(_ form: String) -> [String] {
        let characters = Array(form)
        var result: [String] = []
        for position in characters.indices.dropFirst() {
            for neighbour in tables.keyboardNeighbours[characters[position]] ?? [] {
                var replaced = characters
                replaced[position] = neighbour
                result.append(String(replaced))
                var inserted = characters
                inserted.insert(neighbour, at: position + 1)
                result.append(String(inserted))
            }
        }
        return result
    }
}
