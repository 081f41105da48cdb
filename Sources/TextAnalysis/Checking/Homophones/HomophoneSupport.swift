import Tagging
import WritingModel

/// Helpers the homophone and verb-form rules share to look at a word's
/// neighbours.
extension SentenceContext {
    /// Lexique's readings of `word`'s form.
    func readings(of word: TaggedWord) -> WordReadings {
        WordReadings(of: word.form, in: lexique)
    }

    /// Returns whether Lexique's noun readings of `word`'s form are more
    /// frequent than its verb readings (« marché », but not « passé »).
    func isMainlyNoun(_ word: TaggedWord) -> Bool {
        var noun = 0.0
        var verb = 0.0
        for entry in lexique.lookup(word.form) {
            if entry.partOfSpeech == .noun { noun += entry.formFrequency }
            if entry.partOfSpeech.isVerbal { verb += entry.formFrequency }
        }
        return noun > verb
    }

    /// Returns whether Lexique finds `word` more often as a verb than as a
    /// noun and an adjective together (« constaté », not « sucré »).
    func isMainlyVerb(_ word: TaggedWord) -> Bool {
        var nounOrAdjective = 0.0
        var verb = 0.0
        for entry in lexique.lookup(word.form) {
            if entry.partOfSpeech == .noun || entry.partOfSpeech == .adjective {
                nounOrAdjective += entry.formFrequency
            }
            if entry.partOfSpeech.isVerbal { verb += entry.formFrequency }
        }
        return verb > nounOrAdjective
    }

    /// Returns the index of the determiner of a plural noun phrase that ends
    /// with the noun at `noun` and is no complement, or nil. The noun must
    /// be plural in every Lexique reading (not « prix »), adjectives may
    /// come between, and a preposition or a number before the determiner
    /// rules the phrase out (« de ces élèves », « dix euros »).
    func pluralPhraseDeterminer(endingAt noun: Int, in words: [TaggedWord]) -> Int? {
        guard noun >= 1, words[noun].partOfSpeech == .noun,
            words[noun].features.number == .plural
        else { return nil }
        let readings = self.readings(of: words[noun])
        guard readings.contains(.plural), !readings.contains(.singular) else { return nil }
        var position = noun - 1
        while position >= 0, words[position].partOfSpeech == .adj { position -= 1 }
        guard let determiner = words.word(at: position), determiner.partOfSpeech == .det,
            determiner.features.number == .plural
        else { return nil }
        let before = words.word(at: position - 1)
        guard before?.partOfSpeech != .adp, before?.partOfSpeech != .num else { return nil }
        return position
    }

    /// `word`'s form with `suffix` replaced by `replacement` (« mangé » →
    /// « manger »), when Lexique, in any of its rows, lists the new form
    /// with reading `needed`, or else Hunspell's analyses of it do.
    func respelled(
        _ word: TaggedWord, suffix: String, as replacement: String, needed: WordReadings
    ) -> String? {
        let form = word.form.lowercased()
        guard form.hasSuffix(suffix), form.count > suffix.count + 1 else { return nil }
        let candidate = String(form.dropLast(suffix.count)) + replacement
        return hasReading(candidate, needed) ? candidate : nil
    }

    /// A finding of `rule` on `span`, whose first suggestion takes the case
    /// of the original words. Messages are written with plain spaces around
    /// guillemets and before ; ! ? : and get their no-break spaces here.
    func homophoneFinding(
        _ rule: some CheckingRule, span: TextSpan, message: String, shortMessage: String,
        replacements: [String], confidence: Double, severity: Severity = .error
    ) -> Finding {
        finding(
            rule, span: span, message: FrenchSpacing.applied(to: message),
            shortMessage: FrenchSpacing.applied(to: shortMessage),
            replacements: replacements.map { matchingCase($0, of: span) },
            confidence: confidence, severity: severity)
    }

    /// `suggestion` with a capital when `original` starts with one, for a
    /// word at the start of a sentence.
    func matchingCase(_ suggestion: String, of original: TextSpan) -> String {
        guard let first = unit(at: original.start),
            Unicode.Scalar(first)?.properties.isUppercase == true,
            let head = suggestion.first
        else { return suggestion }
        return head.uppercased() + suggestion.dropFirst()
    }
}

extension TaggedWord {
    /// Whether the word is a conjugated verb or auxiliary.
    var isFiniteVerb: Bool { partOfSpeech.isVerbal && features.isFinite }
}

extension Array where Element == TaggedWord {
    /// Indices of the words whose form is in `triggers`, read in place so
    /// that the many words that match nothing cost two bit tests each.
    func indices(matching triggers: FoldedWordSet) -> [Int] {
        withUnsafeBufferPointer { buffer in
            var result: [Int] = []
            for index in buffer.indices where triggers.contains(buffer[index].form) {
                result.append(index)
            }
            return result
        }
    }

    /// Indices of the words whose part of speech passes `test`, read in place.
    func indices(where test: (UniversalPOS) -> Bool) -> [Int] {
        withUnsafeBufferPointer { buffer in
            var result: [Int] = []
            for index in buffer.indices where test(buffer[index].partOfSpeech) {
                result.append(index)
            }
            return result
        }
    }

    /// Finds the first word from `start` on whose part of speech is not in
    /// `skipped`, and returns its index, or `count` when there is none.
    func index(skipping skipped: Set<UniversalPOS>, from start: Int) -> Int {
        var position = start
        while position < count, skipped.contains(self[position].partOfSpeech) { position += 1 }
        return position
    }

    /// The word at `index`, or nil outside the sentence.
    @inline(__always)
    func word(at index: Int) -> TaggedWord? {
        indices.contains(index) ? self[index] : nil
    }

    /// Returns whether a conjugated verb of a main clause comes before `index` in
    /// its clause: walking back to punctuation, a coordinating conjunction
    /// or the start, a subordinating conjunction or a relative pronoun
    /// means the verb found may belong to a subject clause (« ce qu'il dit
    /// a du sens »).
    func hasMainClauseVerb(before index: Int) -> Bool {
        var found = false
        var position = index - 1
        while position >= 0 {
            let word = self[position]
            switch word.partOfSpeech {
            case .punct, .cconj: return found
            case .sconj: return false
            case .pron where word.features["PronType"] == "Rel": return false
            case .verb, .aux: if word.features.isFinite { found = true }
            default: break
            }
            position -= 1
        }
        return found
    }

    /// Returns whether `index` is past the end or contains punctuation.
    @inline(__always)
    func isBoundary(at index: Int) -> Bool {
        index < 0 || index >= count || self[index].partOfSpeech == .punct
    }
}

/// French spacing for messages written with plain spaces.
enum FrenchSpacing {
    /// `text` with a no-break space inside guillemets and before a colon,
    /// and a narrow no-break space before ; ! ?.
    static func applied(to text: String) -> String {
        text.replacingOccurrences(of: "« ", with: "«\u{00A0}")
            .replacingOccurrences(of: " »", with: "\u{00A0}»")
            .replacingOccurrences(of: " :", with: "\u{00A0}:")
            .replacingOccurrences(of: " ;", with: "\u{202F};")
            .replacingOccurrences(of: " ?", with: "\u{202F}?")
            .replacingOccurrences(of: " !", with: "\u{202F}!")
    }
}
