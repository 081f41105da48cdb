import WritingModel

/// Writes tagged sentences as CoNLL-U, so Plume's analysis opens in the
/// usual Universal Dependencies tools.
///
/// Columns XPOS, HEAD, DEPREL and DEPS are `_` because Plume has no
/// parser. Contractions get a range line (`3-4 du`) before their words.
/// MISC contains `SpaceAfter=No` where no space follows the token and
/// `Span=START:END`, the token's half-open UTF-16 offsets in the analysed
/// text.
public enum CoNLLUWriter {
    /// The CoNLL-U lines of one sentence, ending with its blank line.
    /// - Parameters:
    ///   - identifier: Value of the `# sent_id` comment.
    ///   - text: The sentence as written; line breaks and tabs become spaces.
    ///   - tokens: The sentence's tokens; `words[i].tokenIndex` indexes them.
    ///   - words: The tagged words of the sentence, in order.
    public static func sentence(
        identifier: String, text: String, tokens: ArraySlice<Token>, words: [TaggedWord]
    ) -> String {
        var output = "# sent_id = \(identifier)\n# text = \(singleLine(text))\n"
        var wordID = 1
        var index = 0
        while index < words.count {
            let tokenIndex = words[index].tokenIndex
            var end = index + 1
            while end < words.count && words[end].tokenIndex == tokenIndex { end += 1 }
            let token = tokens[tokenIndex]
            let misc = miscColumn(token)
            if end - index > 1 {
                output +=
                    "\(wordID)-\(wordID + end - index - 1)\t\(field(token.text))\t_\t_\t_\t_\t_\t_\t_\t\(misc)\n"
            }
            for word in words[index..<end] {
                let wordMisc = end - index > 1 ? "_" : misc
                output +=
                    "\(wordID)\t\(field(word.form))\t\(field(word.lemma))\t"
                    + "\(word.partOfSpeech.name)\t_\t\(word.features.conllu)\t_\t_\t_\t\(wordMisc)\n"
                wordID += 1
            }
            index = end
        }
        return output + "\n"
    }

    private static func miscColumn(_ token: Token) -> String {
        let span = "Span=\(token.span.start):\(token.span.end)"
        return token.isFollowedBySpace ? span : "SpaceAfter=No|\(span)"
    }

    /// A FORM or LEMMA value: tabs and line breaks cannot appear in a column.
    private static func field(_ text: String) -> String {
        text.isEmpty ? "_" : singleLine(text)
    }

    private static func singleLine(_ text: String) -> String {
        String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }
}
