import WritingModel

extension FrenchTagger {
    /// A syntactic word before its bundle and lemma are chosen.
    struct PendingWord {
        /// Position of its token in the sentence.
        var position: Int
        var tag: UniversalPOS
        /// The contraction part it comes from, if any.
        var part: Expansion.Part?
        var isFirstPart: Bool
    }

    /// Splits contractions, then chooses bundles and lemmas.
    func words(of sentence: ArraySlice<Token>, _ workspace: TaggingWorkspace) -> [TaggedWord] {
        let pending = splitContractions(workspace)
        workspace.morphWords.removeAll(keepingCapacity: true)
        for word in pending {
            workspace.morphWords.append(
                MorphContext.Word(
                    partOfSpeech: word.tag, bundle: word.part?.bundle ?? 0,
                    formHash: workspace.types[word.position].formHash))
        }
        var result: [TaggedWord] = []
        result.reserveCapacity(pending.count)
        for (index, word) in pending.enumerated() {
            let tokenIndex = sentence.startIndex + word.position
            let token = sentence[tokenIndex]
            if let part = word.part {
                result.append(
                    contractionWord(part, token: token, tokenIndex: tokenIndex, isFirst: word.isFirstPart))
            } else {
                result.append(
                    analysedWord(
                        index: index, position: word.position, token: token, tokenIndex: tokenIndex,
                        workspace))
            }
        }
        return result
    }

    private func splitContractions(_ workspace: TaggingWorkspace) -> [PendingWord] {
        var pending: [PendingWord] = []
        pending.reserveCapacity(workspace.types.count + 4)
        for position in 0..<workspace.types.count {
            let tokenClass = workspace.classes[position]
            let tags = model.classes[Int(tokenClass)]
            let formID = workspace.types[position].formID
            if tags.count > 1, formID >= 0,
                let expansion = model.expansion(form: formID, tokenClass: tokenClass)
            {
                for (index, part) in expansion.parts.enumerated() {
                    pending.append(
                        PendingWord(
                            position: position, tag: part.partOfSpeech, part: part,
                            isFirstPart: index == 0))
                }
            } else {
                // A contraction class on a form never seen contracted keeps its first tag.
                pending.append(
                    PendingWord(position: position, tag: tags[0], part: nil, isFirstPart: false))
            }
        }
        return pending
    }

    /// Chooses the bundle and lemma of a word that is a whole token.
    private func analysedWord(
        index: Int, position: Int, token: Token, tokenIndex: Int, _ workspace: TaggingWorkspace
    ) -> TaggedWord {
        let tag = workspace.morphWords[index].partOfSpeech
        let type = workspace.types[position]
        workspace.folded.removeAll(keepingCapacity: true)
        var previous: UInt8 = 0
        for byte in token.text.utf8 {
            workspace.folded.append(CaseFolding.folded(byte, after: previous))
            previous = byte
        }
        let bundle = workspace.folded.withUnsafeBufferPointer { folded in
            chooseBundle(index: index, type: type, folded: folded, workspace)
        }
        workspace.morphWords[index].bundle = bundle
        let lemma = workspace.folded.withUnsafeBufferPointer { folded in
            model.lemma(
                text: token.text, formID: type.formID, tag: tag, bundle: bundle, folded: folded)
        }
        return TaggedWord(
            form: token.text, lemma: lemma, partOfSpeech: tag,
            features: model.bundles[Int(bundle)], tokenIndex: tokenIndex, span: token.span)
    }

    private func chooseBundle(
        index: Int, type: WordType, folded: UnsafeBufferPointer<UInt8>,
        _ workspace: TaggingWorkspace
    ) -> UInt16 {
        let tag = workspace.morphWords[index].partOfSpeech
        model.bundleCandidates(
            formID: type.formID, tag: tag, folded: folded, into: &workspace.candidates)
        if workspace.candidates.count == 1 { return workspace.candidates[0].bundle }
        workspace.morphContext.fill(index: index, words: workspace.morphWords, type: type)
        return scorer.best(
            of: workspace.candidates, workspace.morphContext, model: model, rows: &workspace.rows)
    }

    private func contractionWord(
        _ part: Expansion.Part, token: Token, tokenIndex: Int, isFirst: Bool
    ) -> TaggedWord {
        var form = part.form
        if isFirst, let first = token.text.first, first.isUppercase {
            form = form.prefix(1).uppercased() + form.dropFirst()
        }
        let lemma = part.lemma < 0 ? part.form : model.lemmas[Int(part.lemma)]
        return TaggedWord(
            form: form, lemma: lemma, partOfSpeech: part.partOfSpeech,
            features: model.bundles[Int(part.bundle)], tokenIndex: tokenIndex, span: token.span,
            isContractionPart: true)
    }
}
