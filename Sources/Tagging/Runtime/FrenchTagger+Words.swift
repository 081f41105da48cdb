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
    func words(of sentence: ArraySlice<Token>, _ workspace: inout TaggingWorkspace) -> [TaggedWord]
    {
        let pending = splitContractions(types: workspace.types, classes: workspace.classes)
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
            if let part = word.part {
                result.append(
                    contractionWord(
                        part, text: sentence[tokenIndex].text, span: sentence[tokenIndex].span,
                        tokenIndex: tokenIndex, isFirst: word.isFirstPart))
            } else {
                result.append(
                    analysedWord(
                        index: index, position: word.position, text: sentence[tokenIndex].text,
                        span: sentence[tokenIndex].span, tokenIndex: tokenIndex, &workspace))
            }
        }
        return result
    }

    private func splitContractions(types: [WordType], classes: [UInt8]) -> [PendingWord] {
        var pending: [PendingWord] = []
        pending.reserveCapacity(types.count + 4)
        for position in 0..<types.count {
            let formID = types[position].formID
            let tokenClass = model.alwaysContractedClass(formID) ?? classes[position]
            let tags = model.classes[Int(tokenClass)]
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
        index: Int, position: Int, text: String, span: TextSpan, tokenIndex: Int,
        _ workspace: inout TaggingWorkspace
    ) -> TaggedWord {
        let tag = workspace.morphWords[index].partOfSpeech
        let type = workspace.types[position]
        var bundle: UInt16
        var lemma: String? = nil
        if type.formID >= 0 {
            var scratch = MorphScratch()
            swap(&scratch, &workspace.scratch)
            let entry = workspace.memo.entry(form: type.formID, tag: tag) { candidates, scores in
                memoize(type, tag, text, &candidates, &scores, &scratch)
            }
            swap(&scratch, &workspace.scratch)
            let range = Int(entry.start)..<Int(entry.start + entry.count)
            bundle = workspace.memo.candidates[range.lowerBound].bundle
            if entry.count == 1 {
                if entry.lemma >= 0 { lemma = model.lemmas[Int(entry.lemma)] }
                if entry.lemma == -1 { lemma = text }
            } else {
                workspace.scratchScores.removeAll(keepingCapacity: true)
                workspace.scratchScores += workspace.memo.staticScores[range]
                workspace.morphContext.removeAll()
                workspace.morphContext.appendDynamic(index: index, words: workspace.morphWords)
                scorer.addScores(
                    of: workspace.memo.candidates[range], workspace.morphContext, model: model,
                    withRank: false, scratch: &workspace.scratch, into: &workspace.scratchScores)
                bundle = best(workspace.memo.candidates[range], workspace.scratchScores)
            }
        } else {
            fold(text, into: &workspace.folded)
            workspace.folded.withUnsafeBufferPointer { folded in
                model.bundleCandidates(
                    formID: type.formID, tag: tag, folded: folded, into: &workspace.candidates)
            }
            bundle = scoreCandidates(index: index, type: type, &workspace)
        }
        workspace.morphWords[index].bundle = bundle
        if lemma == nil, type.formID >= 0,
            let listed = model.listedLemma(formID: type.formID, tag: tag, bundle: bundle)
        {
            lemma = listed < 0 ? text : model.lemmas[Int(listed)]
        }
        if lemma == nil {
            fold(text, into: &workspace.folded)
            lemma = workspace.folded.withUnsafeBufferPointer { folded in
                model.lemma(text: text, formID: -1, tag: tag, bundle: bundle, folded: folded)
            }
        }
        return TaggedWord(
            form: text, lemma: lemma!, partOfSpeech: tag,
            features: model.bundles[Int(bundle)], tokenIndex: tokenIndex, span: span)
    }

    /// Fills the memo entry of a known form: its candidates with their
    /// static scores, and the lemma id when there is a single candidate.
    private func memoize(
        _ type: WordType, _ tag: UniversalPOS, _ text: String,
        _ candidates: inout [BundleCandidate], _ scores: inout [Float],
        _ scratch: inout MorphScratch
    ) -> Int32 {
        var found: [BundleCandidate] = []
        var folded: [UInt8] = []
        fold(text, into: &folded)
        folded.withUnsafeBufferPointer { folded in
            model.bundleCandidates(formID: type.formID, tag: tag, folded: folded, into: &found)
        }
        candidates += found
        var foundScores = [Float](repeating: 0, count: found.count)
        if found.count > 1 {
            var context = MorphContext()
            context.fillStatic(tag: tag, type: type)
            scorer.addScores(
                of: found[...], context, model: model, withRank: true, scratch: &scratch,
                into: &foundScores)
        }
        scores += foundScores
        guard found.count == 1 else { return -2 }
        return model.listedLemma(formID: type.formID, tag: tag, bundle: found[0].bundle) ?? -2
    }

    private func best(_ candidates: ArraySlice<BundleCandidate>, _ scores: [Float]) -> UInt16 {
        var best = candidates[candidates.startIndex].bundle
        var bestScore = -Float.infinity
        for (candidate, score) in zip(candidates, scores) where score > bestScore {
            best = candidate.bundle
            bestScore = score
        }
        return best
    }

    private func fold(_ text: String, into folded: inout [UInt8]) {
        folded.removeAll(keepingCapacity: true)
        var previous: UInt8 = 0
        for byte in text.utf8 {
            folded.append(CaseFolding.folded(byte, after: previous))
            previous = byte
        }
    }

    private func scoreCandidates(
        index: Int, type: WordType, _ workspace: inout TaggingWorkspace
    ) -> UInt16 {
        if workspace.candidates.count == 1 { return workspace.candidates[0].bundle }
        workspace.morphContext.fill(index: index, words: workspace.morphWords, type: type)
        workspace.scratchScores.removeAll(keepingCapacity: true)
        workspace.scratchScores += repeatElement(0, count: workspace.candidates.count)
        scorer.addScores(
            of: workspace.candidates[...], workspace.morphContext, model: model, withRank: true,
            scratch: &workspace.scratch, into: &workspace.scratchScores)
        return best(workspace.candidates[...], workspace.scratchScores)
    }

    private func contractionWord(
        _ part: Expansion.Part, text: String, span: TextSpan, tokenIndex: Int, isFirst: Bool
    ) -> TaggedWord {
        var form = part.form
        if isFirst, let first = text.first, first.isUppercase {
            form = form.prefix(1).uppercased() + form.dropFirst()
        }
        let lemma = part.lemma < 0 ? part.form : model.lemmas[Int(part.lemma)]
        return TaggedWord(
            form: form, lemma: lemma, partOfSpeech: part.partOfSpeech,
            features: model.bundles[Int(part.bundle)], tokenIndex: tokenIndex, span: span,
            isContractionPart: true)
    }
}
