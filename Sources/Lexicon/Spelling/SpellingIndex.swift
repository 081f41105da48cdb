/// Lexique's word forms indexed for spelling suggestions: by their spelling
/// without accents, by that spelling with one letter deleted, and by their
/// folded pronunciation.
///
/// A misspelling finds a form when both share a key: the same letters
/// without accents (« etant », « étant »), one letter more or less, or one
/// letter different once a letter is deleted from each (a substitution, a
/// swap of neighbours, or one letter missing and another added), and the
/// same pronunciation (« pance », « pense »). Built once from Lexique
/// (`plume-benchmark startup` times it), then read-only and shared between
/// threads.
public final class SpellingIndex: Sendable {
    /// Distinct Lexique forms without spaces, in lowercase, sorted.
    let forms: [String]
    /// Highest Zipf frequency of each form.
    let zipf: [Float]
    /// Folded spelling and its one-letter deletions → forms.
    private let spelling: HashPostings
    /// Folded phonemic form → forms.
    private let pronunciation: HashPostings

    /// Shortest folded form, in bytes, whose deletions are indexed; shorter
    /// words would match nearly every other short word.
    static let minimumDeletionLength = 3

    /// Indexes every form of `lexique`.
    /// - Complexity: O(n log n) in the number of Lexique forms.
    public init(lexique: Lexique) {
        // Forms are gathered in Lexique's hash order, then numbered in
        // sorted order so that the numbers do not change between runs.
        var written: [String] = []
        var frequencies: [Float] = []
        var spellingPostings: [(hash: UInt64, form: Int32)] = []
        var pronunciationPostings: [(hash: UInt64, form: Int32)] = []
        written.reserveCapacity(lexique.formCount)
        frequencies.reserveCapacity(lexique.formCount)
        spellingPostings.reserveCapacity(lexique.formCount * 10)
        pronunciationPostings.reserveCapacity(lexique.formCount)
        lexique.forEachForm { form, entries in
            // Lexique 3.83 lists a few forms in capitals (« VRAI »).
            let lowered = Self.lowercased(form)
            guard !lowered.isEmpty, !lowered.utf8.contains(UInt8(ascii: " ")) else { return }
            let slot = Int32(written.count)
            written.append(lowered)
            frequencies.append(entries.reduce(0) { max($0, Float($1.zipf)) })
            for hash in Self.spellingKeys(SpellingKey.folded(lowered)) {
                spellingPostings.append((hash, slot))
            }
            var previous = ""
            for entry in entries where !entry.phonemes.isEmpty && entry.phonemes != previous {
                previous = entry.phonemes
                pronunciationPostings.append(
                    (SpellingKey.hash(SpellingKey.foldedPhonemes(entry.phonemes)), slot))
            }
        }
        // Lowering the case can make two Lexique forms one: they share a
        // number and the higher frequency.
        let order = written.indices.sorted { written[$0] < written[$1] }
        var number = [Int32](repeating: 0, count: written.count)
        var forms: [String] = []
        var zipf: [Float] = []
        forms.reserveCapacity(written.count)
        zipf.reserveCapacity(written.count)
        for slot in order {
            if forms.last == written[slot] {
                zipf[zipf.count - 1] = max(zipf[zipf.count - 1], frequencies[slot])
            } else {
                forms.append(written[slot])
                zipf.append(frequencies[slot])
            }
            number[slot] = Int32(forms.count - 1)
        }
        self.forms = forms
        self.zipf = zipf
        spelling = HashPostings(spellingPostings.map { ($0.hash, number[Int($0.form)]) })
        pronunciation = HashPostings(
            pronunciationPostings.map { ($0.hash, number[Int($0.form)]) })
    }

    /// `form` in lowercase; most Lexique forms already are, and checking
    /// their bytes costs less than building a new string.
    private static func lowercased(_ form: String) -> String {
        let isLowercaseASCII = form.utf8.allSatisfy { $0 < 0x80 && !(0x41...0x5A).contains($0) }
        return isLowercaseASCII ? form : form.lowercased()
    }

    /// Number of indexed forms.
    public var formCount: Int { forms.count }

    /// The hash of a folded form and those of its one-letter deletions.
    static func spellingKeys(_ folded: [UInt8]) -> [UInt64] {
        var keys = [SpellingKey.hash(folded)]
        if folded.count >= minimumDeletionLength {
            for index in folded.indices where index == 0 || folded[index] != folded[index - 1] {
                keys.append(SpellingKey.hash(folded, skipping: index))
            }
        }
        return keys
    }

    /// Forms that share a spelling key with `word`.
    /// - Complexity: O(n log m) for a word of n letters and m postings.
    func spellingNeighbours(of word: String) -> Set<Int32> {
        var found = Set<Int32>()
        for key in Self.spellingKeys(SpellingKey.folded(word)) {
            spelling.forEachForm(of: key) { found.insert($0) }
        }
        return found
    }

    /// Forms that share a spelling key with `word` after one more edit of
    /// `word`: a letter inserted anywhere, or two letters deleted. The
    /// search for words two or three edits away (« inégibilité »), about
    /// thirty times the lookups of `spellingNeighbours(of:)`.
    func widerSpellingNeighbours(of word: String) -> Set<Int32> {
        let folded = SpellingKey.folded(word)
        var found = Set<Int32>()
        func collect(_ variant: [UInt8]) {
            for key in Self.spellingKeys(variant) {
                spelling.forEachForm(of: key) { found.insert($0) }
            }
        }
        for position in 0...folded.count {
            for letter in Self.insertedLetters {
                var variant = folded
                variant.insert(letter, at: position)
                collect(variant)
            }
        }
        for first in folded.indices {
            for second in folded.indices where second > first {
                var variant = folded
                variant.remove(at: second)
                variant.remove(at: first)
                spelling.forEachForm(of: SpellingKey.hash(variant)) { found.insert($0) }
            }
        }
        return found
    }

    /// Letters tried for insertions, accents folded.
    static let insertedLetters = Array("abcdefghijklmnopqrstuvwxyz'-".utf8)

    /// Forms pronounced like one of `transcriptions` (Lexique phonetic code).
    func homophones(of transcriptions: [String]) -> Set<Int32> {
        var found = Set<Int32>()
        for transcription in transcriptions {
            let key = SpellingKey.hash(SpellingKey.foldedPhonemes(transcription))
            pronunciation.forEachForm(of: key) { found.insert($0) }
        }
        return found
    }
}
