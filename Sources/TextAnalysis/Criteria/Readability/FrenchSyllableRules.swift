/// Estimates the spoken syllables of a French word from its spelling, for
/// words Lexique does not list (misspellings, names, new words).
///
/// The rules approximate Lexique's phonological count (`nbsyll`), in which
/// a final mute « e » is not a syllable (« table » has one):
/// - each group of consecutive vowel letters (a e i o u y, accented or
///   not, æ, œ) is one syllable, the « u » of « qu » being no vowel;
/// - a vowel with a diaeresis (« naïf », « Noël »), an « è » after a vowel
///   (« poète ») and a vowel after « é » (« réunion », « créer ») start a
///   new syllable;
/// - a final « e » or « es » after a consonant or « é » is mute when the
///   word has another syllable (« table », « année »).
/// « -ent » endings stay counted, since the spelling cannot tell
/// « parlent » (mute) from « moment » (spoken).
public enum FrenchSyllableRules {
    private static let vowels: Set<Character> = [
        "a", "e", "i", "o", "u", "y", "à", "â", "ä", "é", "è", "ê", "ë", "î", "ï", "ô", "ö",
        "ù", "û", "ü", "ÿ", "æ", "œ",
    ]
    private static let diaereses: Set<Character> = ["ä", "ë", "ï", "ö", "ü", "ÿ"]

    /// Estimated syllables of `word`; 0 when it has no vowel letter
    /// (« l' », « qu' »), 1 for « jusqu' ».
    public static func syllables(in word: String) -> Int {
        let letters = Array(word.lowercased())
        var groups = 0
        var previous: Character? = nil
        for letter in letters {
            defer { previous = letter }
            // The « u » of « qu » is no vowel: « qu' » has no syllable.
            guard vowels.contains(letter), !(letter == "u" && previous == "q") else {
                continue
            }
            guard let before = previous, vowels.contains(before) else {
                groups += 1
                continue
            }
            if diaereses.contains(letter) || letter == "è" || before == "é" {
                groups += 1
            }
        }
        if groups > 1 && endsWithMuteE(letters) {
            groups -= 1
        }
        return groups
    }

    private static func endsWithMuteE(_ letters: [Character]) -> Bool {
        var end = letters.count
        if end >= 2 && letters[end - 1] == "s" {
            end -= 1
        }
        guard end >= 2, letters[end - 1] == "e" else { return false }
        let before = letters[end - 2]
        return before == "é" || (!vowels.contains(before) && before.isLetter)
    }
}
