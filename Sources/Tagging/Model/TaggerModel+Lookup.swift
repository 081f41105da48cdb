/// A feature bundle the morphology classifier may choose for a word.
struct BundleCandidate {
    var bundle: UInt16
    /// 0: seen with this form in the treebanks; 1: from Lexique; 2: guessed
    /// from the suffix; 3: the empty bundle as a last resort.
    var source: Int
    /// Position in its source's list, most likely first.
    var rank: Int
}

extension TaggerModel {
    /// Appends the candidate bundles of a word with form `formID` (or -1)
    /// and part of speech `tag`; `folded` is its lowercase UTF-8 form.
    /// `skipsTreebank` hides treebank analyses, which training uses for
    /// words seen once so the classifier also learns to rank Lexique and
    /// suffix candidates.
    func bundleCandidates(
        formID: Int32, tag: UniversalPOS, folded: UnsafeBufferPointer<UInt8>,
        skipsTreebank: Bool = false, into candidates: inout [BundleCandidate]
    ) {
        candidates.removeAll(keepingCapacity: true)
        if formID >= 0 {
            let listed = analyses(ofForm: formID)
            for source in (skipsTreebank ? 1 : 0)...1 {
                for analysis in listed
                where analysis.partOfSpeech == tag && analysis.isFromTreebank == (source == 0)
                    && !candidates.contains(where: { $0.bundle == analysis.bundle })
                {
                    candidates.append(
                        BundleCandidate(
                            bundle: analysis.bundle, source: source, rank: candidates.count))
                }
                if !candidates.isEmpty { return }
            }
        }
        if let guess = suffixGuess(tag, folded: folded) {
            for (rank, (bundle, _)) in guess.bundles.enumerated() {
                candidates.append(BundleCandidate(bundle: bundle, source: 2, rank: rank))
            }
        }
        if candidates.isEmpty { candidates.append(BundleCandidate(bundle: 0, source: 3, rank: 0)) }
    }

    /// The lemma of a word written `text` (form `formID` or -1), tagged
    /// `tag` with bundle `bundle`.
    func lemma(
        text: String, formID: Int32, tag: UniversalPOS, bundle: UInt16,
        folded: UnsafeBufferPointer<UInt8>
    ) -> String {
        if formID >= 0, let lemma = listedLemma(formID: formID, tag: tag, bundle: bundle) {
            return lemma < 0 ? text : lemmas[Int(lemma)]
        }
        if let guess = suffixGuess(tag, folded: folded),
            let lemma = lemmaRules[Int(guess.rule)].apply(to: text)
        {
            return lemma
        }
        return tag == .propn || tag == .x ? text : text.lowercased()
    }

    /// The lemma id of the best analysis of `formID` with `tag`: treebank
    /// analyses before Lexique ones, the same bundle before others, then
    /// the highest weight.
    func listedLemma(formID: Int32, tag: UniversalPOS, bundle: UInt16) -> Int32? {
        var best: LexicalAnalysis? = nil
        func isBetter(_ candidate: LexicalAnalysis, than current: LexicalAnalysis) -> Bool {
            if candidate.isFromTreebank != current.isFromTreebank {
                return candidate.isFromTreebank
            }
            let sameBundle = candidate.bundle == bundle
            if sameBundle != (current.bundle == bundle) { return sameBundle }
            return candidate.weight > current.weight
        }
        for analysis in analyses(ofForm: formID) where analysis.partOfSpeech == tag {
            if let current = best, !isBetter(analysis, than: current) { continue }
            best = analysis
        }
        return best?.lemma
    }
}

extension TaggerModel {
    /// Describes the written form `bytes` with the model's lexicon.
    @inline(__always)
    func wordType(_ bytes: UnsafeBufferPointer<UInt8>) -> WordType {
        let hash = CaseFolding.hash(folding: bytes)
        let id = forms.id(of: bytes, hash: hash) ?? -1
        var type = WordType(
            bytes: bytes, formID: id, lexiqueMask: id >= 0 ? lexiqueClasses[Int(id)] : 0,
            formHash: hash)
        if type.lexiqueMask == 0 { type.guessedMask = guessedLexiqueMask(type) }
        return type
    }

    /// Describes `text` with the model's lexicon.
    func wordType(_ text: String) -> WordType {
        var copy = text
        return copy.withUTF8 { wordType($0) }
    }

    /// A copy of the model with other classifier weights.
    func replacingWeights(
        tokenWeights: SparseRowTable, bundleWeights: SparseRowTable, featureWeights: SparseRowTable
    ) -> TaggerModel {
        TaggerModel(
            classes: classes, bundles: bundles, lemmas: lemmas, lemmaRules: lemmaRules,
            forms: forms, lexiqueClasses: lexiqueClasses, analysisStarts: analysisStarts,
            analyses: analyses, expansions: expansions, suffixKeys: suffixKeys,
            suffixGuesses: suffixGuesses, endingKeys: endingKeys, endingMasks: endingMasks,
            tokenWeights: tokenWeights, bundleWeights: bundleWeights,
            featureWeights: featureWeights,
            trainingNotes: trainingNotes)
    }
}

extension TaggerModel {
    /// The contraction class of a form that the treebanks only ever show
    /// contracted (« auquel », « aux »), or nil.
    func alwaysContractedClass(_ formID: Int32) -> UInt8? {
        guard formID >= 0, contractedForms.contains(formID) else { return nil }
        return expansions.first { $0.form == formID }?.tokenClass
    }
}
