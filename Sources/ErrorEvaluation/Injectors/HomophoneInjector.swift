import Tagging

/// Grammatical homophones swapped as the table `homophones.tsv` lists them,
/// where the first word of the correct form has the listed part of speech
/// and lemma in the treebank (« a » the verb becomes « à »).
struct HomophoneInjector: ErrorInjector {
    let category = ErrorCategory.homophone
    let tables: ErrorTables

    func injections(in surface: SentenceSurface) -> [Injection] {
        var result: [Injection] = []
        for index in surface.forms.indices {
            for swap in tables.homophones where matches(swap, surface, at: index) {
                let tokens = index..<index + swap.correct.count
                let name = swap.correct.joined() + "/" + swap.wrong
                result.append(
                    Injection(
                        category: category, subKind: name, tokens: tokens,
                        replacement: swap.wrong.matchingInitialCase(of: surface.forms[index])))
            }
        }
        return result
    }

    private func matches(_ swap: ErrorTables.HomophoneSwap, _ surface: SentenceSurface, at index: Int)
        -> Bool
    {
        guard index + swap.correct.count <= surface.forms.count,
            let word = surface.word(at: index),
            swap.partsOfSpeech.contains(word.partOfSpeech.name),
            swap.lemma == nil || swap.lemma == word.lemma.lowercased()
        else { return false }
        for (offset, expected) in swap.correct.enumerated() {
            let position = index + offset
            guard surface.forms[position].lowercased() == expected else { return false }
            // « c’ » and « est » must be written together.
            if offset < swap.correct.count - 1 && !surface.separators[position].isEmpty {
                return false
            }
        }
        return true
    }
}
