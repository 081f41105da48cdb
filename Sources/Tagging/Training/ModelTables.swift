import Lexicon

/// The tables of a model under construction: token classes, bundles,
/// lemmas, forms, analyses and contraction expansions, each interned to
/// dense ids.
final class ModelTables {
    var classes: [[UniversalPOS]] = UniversalPOS.allCases.map { [$0] }
    private var classIDs: [[UniversalPOS]: Int] = [:]
    var bundles: [MorphFeatures] = [.none]
    private var bundleIDs: [MorphFeatures: UInt16] = [.none: 0]
    var lemmas: [String] = []
    private var lemmaIDs: [String: Int32] = [:]
    var rules: [LemmaRule] = [.asWritten]
    private var ruleIDs: [LemmaRule: Int32] = [.asWritten: 0]
    var forms: [[UInt8]] = []
    private var formIDs: [[UInt8]: Int32] = [:]
    var lexiqueMasks: [UInt32] = []
    /// Per form: occurrences as a token in the training treebanks.
    var formCounts: [Int] = []
    /// (form, tag, bundle, lemma) → occurrences in the treebanks.
    var treebankCounts: [AnalysisKey: Int] = [:]
    /// (form, tag) → occurrences in the treebanks.
    var treebankTagCounts: [FormTag: Int] = [:]
    /// (form, tag, bundle, lemma) → Lexique frequency.
    var lexiqueWeights: [AnalysisKey: Float] = [:]
    /// (form, class) → expansion → occurrences.
    var expansionCounts: [FormClass: [[Expansion.Part]: Int]] = [:]

    struct AnalysisKey: Hashable {
        var form: Int32
        var tag: UniversalPOS
        var bundle: UInt16
        var lemma: Int32
    }

    struct FormTag: Hashable {
        var form: Int32
        var tag: UniversalPOS
    }

    struct FormClass: Hashable {
        var form: Int32
        var tokenClass: UInt8
    }

    init() {
        for (index, tokenClass) in classes.enumerated() { classIDs[tokenClass] = index }
    }

    func classID(_ tags: [UniversalPOS]) -> UInt8 {
        if let id = classIDs[tags] { return UInt8(id) }
        classes.append(tags)
        classIDs[tags] = classes.count - 1
        return UInt8(classes.count - 1)
    }

    func bundleID(_ bundle: MorphFeatures) -> UInt16 {
        if let id = bundleIDs[bundle] { return id }
        bundles.append(bundle)
        bundleIDs[bundle] = UInt16(bundles.count - 1)
        return UInt16(bundles.count - 1)
    }

    func lemmaID(_ lemma: String) -> Int32 {
        if let id = lemmaIDs[lemma] { return id }
        lemmas.append(lemma)
        lemmaIDs[lemma] = Int32(lemmas.count - 1)
        return Int32(lemmas.count - 1)
    }

    /// The lemma id of `lemma` for `form`, or -1 when the lemma is the
    /// form as written with a capital (proper nouns).
    func lemmaID(form: String, lemma: String) -> Int32 {
        lemma == form && form.lowercased() != form ? -1 : lemmaID(lemma)
    }

    func ruleID(_ rule: LemmaRule) -> Int32 {
        if let id = ruleIDs[rule] { return id }
        rules.append(rule)
        ruleIDs[rule] = Int32(rules.count - 1)
        return Int32(rules.count - 1)
    }

    func formID(_ form: String) -> Int32 {
        let folded = CaseFolding.fold(form.utf8)
        if let id = formIDs[folded] { return id }
        forms.append(folded)
        lexiqueMasks.append(0)
        formCounts.append(0)
        formIDs[folded] = Int32(forms.count - 1)
        return Int32(forms.count - 1)
    }

    func existingFormID(_ form: String) -> Int32? {
        formIDs[CaseFolding.fold(form.utf8)]
    }

    /// Records the words and contractions of the training sentences.
    func addTreebank(_ sentences: [AnnotatedSentence]) {
        for sentence in sentences {
            for token in sentence.tokens {
                let form = formID(token.form)
                formCounts[Int(form)] += 1
                if token.isMultiword {
                    addContraction(token, form: form, words: sentence.words)
                    continue
                }
                let word = sentence.words[token.words.lowerBound]
                let key = AnalysisKey(
                    form: form, tag: word.partOfSpeech, bundle: bundleID(word.features),
                    lemma: lemmaID(form: word.form, lemma: word.lemma))
                treebankCounts[key, default: 0] += 1
                treebankTagCounts[FormTag(form: form, tag: word.partOfSpeech), default: 0] += 1
            }
        }
    }

    /// Adds the contractions of `sentences` (their classes and expansions,
    /// which follow the same conventions in every French UD treebank)
    /// without counting their other words.
    func addContractionsOnly(_ sentences: [AnnotatedSentence]) {
        for sentence in sentences {
            for token in sentence.tokens where token.isMultiword {
                addContraction(token, form: formID(token.form), words: sentence.words)
            }
        }
    }

    private func addContraction(_ token: SurfaceToken, form: Int32, words: [AnnotatedWord]) {
        let parts = words[token.words].map {
            Expansion.Part(
                form: $0.form.lowercased(), lemma: lemmaID(form: $0.form, lemma: $0.lemma),
                partOfSpeech: $0.partOfSpeech, bundle: bundleID($0.features))
        }
        let key = FormClass(form: form, tokenClass: classID(parts.map(\.partOfSpeech)))
        expansionCounts[key, default: [:]][parts, default: 0] += 1
    }

    /// Records Lexique's parts of speech for every form and its open-class
    /// analyses converted to UD.
    func addLexique(_ lexique: Lexique) {
        let allParts = LexiquePartOfSpeech.allCases
        // Dictionary order changes between runs: sort so ids are reproducible.
        var rows: [(String, LexicalEntry)] = []
        lexique.forEachEntry { rows.append(($0, $1)) }
        rows.sort {
            ($0.0, $0.1.lemma, $0.1.partOfSpeech.rawValue) < (
                $1.0, $1.1.lemma, $1.1.partOfSpeech.rawValue
            )
        }
        for (form, entry) in rows {
            let id = formID(form)
            if let bit = allParts.firstIndex(of: entry.partOfSpeech) {
                lexiqueMasks[Int(id)] |= 1 << UInt32(bit)
            }
            for (tag, features) in LexiqueConversion.readings(of: entry) {
                let key = AnalysisKey(
                    form: id, tag: tag, bundle: bundleID(features),
                    lemma: lemmaID(form: form, lemma: entry.lemma))
                let weight = Float(entry.formFrequency) + 0.01
                lexiqueWeights[key] = max(lexiqueWeights[key] ?? 0, weight)
            }
        }
    }

    /// For the last four and the last three letters of Lexique's forms, the
    /// parts of speech that at least a quarter of the forms ending so have,
    /// among endings shared by at least five forms.
    func lexiqueEndings() -> (keys: [UInt64], masks: [UInt32]) {
        var counts: [UInt64: (total: Int, bits: [Int])] = [:]
        for (id, mask) in lexiqueMasks.enumerated() where mask != 0 {
            let type = forms[id].withUnsafeBufferPointer {
                WordType(bytes: $0, formID: Int32(id), lexiqueMask: mask, formHash: 0)
            }
            for suffix in [type.suffixes.3, type.suffixes.2] {
                var entry = counts[suffix] ?? (0, [Int](repeating: 0, count: 32))
                entry.total += 1
                for bit in 0..<32 where mask & (1 << UInt32(bit)) != 0 { entry.bits[bit] += 1 }
                counts[suffix] = entry
            }
        }
        var keys: [UInt64] = []
        var masks: [UInt32] = []
        for key in counts.keys.sorted() {
            let entry = counts[key]!
            guard entry.total >= 5 else { continue }
            var mask: UInt32 = 0
            for bit in 0..<32 where entry.bits[bit] * 4 >= entry.total { mask |= 1 << UInt32(bit) }
            keys.append(key)
            masks.append(mask)
        }
        return (keys, masks)
    }

    /// Analyses grouped per form: treebank ones by count, then Lexique ones
    /// by frequency.
    func analysesPerForm() -> (starts: [Int32], analyses: [LexicalAnalysis]) {
        var perForm = [[LexicalAnalysis]](repeating: [], count: forms.count)
        for (key, count) in treebankCounts {
            perForm[Int(key.form)].append(
                LexicalAnalysis(
                    partOfSpeech: key.tag, isFromTreebank: true, bundle: key.bundle,
                    lemma: key.lemma, weight: Float(count)))
        }
        for (key, weight) in lexiqueWeights {
            perForm[Int(key.form)].append(
                LexicalAnalysis(
                    partOfSpeech: key.tag, isFromTreebank: false, bundle: key.bundle,
                    lemma: key.lemma, weight: weight))
        }
        var starts: [Int32] = [0]
        var flat: [LexicalAnalysis] = []
        for var list in perForm {
            list.sort(by: Self.comesFirst)
            flat += list
            starts.append(Int32(flat.count))
        }
        return (starts, flat)
    }

    private static func comesFirst(_ lhs: LexicalAnalysis, _ rhs: LexicalAnalysis) -> Bool {
        if lhs.isFromTreebank != rhs.isFromTreebank { return lhs.isFromTreebank }
        if lhs.weight != rhs.weight { return lhs.weight > rhs.weight }
        if lhs.partOfSpeech != rhs.partOfSpeech {
            return lhs.partOfSpeech.rawValue < rhs.partOfSpeech.rawValue
        }
        if lhs.bundle != rhs.bundle { return lhs.bundle < rhs.bundle }
        return lhs.lemma < rhs.lemma
    }

    /// The most frequent expansion of each (contraction, class) pair.
    func expansions() -> [Expansion] {
        expansionCounts.map { key, counts in
            // Ties go to the smallest description, so training is reproducible.
            func description(_ parts: [Expansion.Part]) -> String {
                parts.map { "\($0.form) \($0.lemma) \($0.partOfSpeech.rawValue) \($0.bundle)" }
                    .joined(separator: "|")
            }
            let best = counts.max {
                ($0.value, description($1.key)) < ($1.value, description($0.key))
            }!
            return Expansion(form: key.form, tokenClass: key.tokenClass, parts: best.key)
        }.sorted { ($0.form, $0.tokenClass) < ($1.form, $1.tokenClass) }
    }
}
