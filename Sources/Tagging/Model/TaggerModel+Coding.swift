import Foundation

extension TaggerModel {
    /// First bytes of every model file.
    static let magic = Array("PLUMETAG".utf8)
    /// Format version; a file with another version is rejected.
    public static let formatVersion: UInt32 = 1
    /// Path of the shipped model inside the resource folder's `lexicons/`.
    public static let relativePath = "tagger/french-tagger.bin"

    /// Writes the model to `url`.
    /// - Throws: `TaggingError.fileUnreadable` when the file cannot be written.
    public func write(to url: URL) throws {
        var writer = BinaryWriter()
        writer.write(bytes: Self.magic)
        writer.write(Self.formatVersion)
        writeVocabulary(&writer)
        writeLexicon(&writer)
        writeWeights(&writer)
        do {
            try writer.data.write(to: url, options: .atomic)
        } catch {
            throw TaggingError.fileUnreadable(path: url.path, reason: "\(error)")
        }
    }

    /// Loads a model written by `write(to:)`.
    /// - Throws: `TaggingError.modelNotFound`, `.notAModel`,
    ///   `.unsupportedModelVersion` or `.corruptModel`.
    public static func load(contentsOf url: URL) throws -> TaggerModel {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw TaggingError.modelNotFound(path: url.path)
        }
        var reader = BinaryReader(data: [UInt8](data), path: url.path)
        guard data.count >= magic.count + 4, try reader.readBytes(magic.count) == magic else {
            throw TaggingError.notAModel(path: url.path)
        }
        let version = try reader.read(UInt32.self)
        guard version == formatVersion else {
            throw TaggingError.unsupportedModelVersion(
                path: url.path, found: version, expected: formatVersion)
        }
        var decoder = Decoder(reader: reader)
        return try decoder.decode()
    }

    private func writeVocabulary(_ writer: inout BinaryWriter) {
        writer.write(UInt64(classes.count))
        for tokenClass in classes { writer.write(array: tokenClass.map(\.rawValue)) }
        writer.write(strings: bundles.map(\.conllu))
        writer.write(strings: lemmas)
        writer.write(array: lemmaRules.map { $0.keepsForm ? Int32(-1) : Int32($0.strip) })
        writer.write(strings: lemmaRules.map(\.suffix))
        writer.write(array: forms.bytes)
        writer.write(array: forms.offsets)
        writer.write(array: lexiqueClasses)
        let notes = trainingNotes.sorted { $0.key < $1.key }
        writer.write(strings: notes.map(\.key))
        writer.write(strings: notes.map(\.value))
    }

    private func writeLexicon(_ writer: inout BinaryWriter) {
        writer.write(array: analysisStarts)
        writer.write(array: analyses.map(\.partOfSpeech.rawValue))
        writer.write(array: analyses.map { $0.isFromTreebank ? UInt8(1) : 0 })
        writer.write(array: analyses.map(\.bundle))
        writer.write(array: analyses.map(\.lemma))
        writer.write(array: analyses.map(\.weight))
        writer.write(UInt64(expansions.count))
        for expansion in expansions {
            writer.write(expansion.form)
            writer.write(expansion.tokenClass)
            writer.write(strings: expansion.parts.map(\.form))
            writer.write(array: expansion.parts.map(\.lemma))
            writer.write(array: expansion.parts.map(\.partOfSpeech.rawValue))
            writer.write(array: expansion.parts.map(\.bundle))
        }
        writer.write(array: suffixKeys)
        writer.write(array: suffixGuesses.map(\.rule))
        writer.write(array: suffixGuesses.map { UInt32($0.bundles.count) })
        writer.write(array: suffixGuesses.flatMap { $0.bundles.map(\.0) })
        writer.write(array: suffixGuesses.flatMap { $0.bundles.map(\.1) })
        writer.write(array: endingKeys)
        writer.write(array: endingMasks)
    }

    private func writeWeights(_ writer: inout BinaryWriter) {
        for table in [tokenWeights, bundleWeights, featureWeights] {
            writer.write(array: table.rowKeys)
            writer.write(array: table.rowStarts)
            writer.write(array: table.classes)
            writer.write(array: table.weights)
        }
    }
}

/// Reads the sections in the order `write(to:)` wrote them and checks that
/// indices stay inside their tables.
private struct Decoder {
    var reader: BinaryReader

    func corrupt(_ reason: String) -> TaggingError {
        .corruptModel(path: reader.path, reason: reason)
    }

    mutating func rowTable(classLimit: Int) throws -> SparseRowTable {
        let keys = try reader.readArray(UInt64.self)
        let starts = try reader.readArray(Int32.self)
        let classes = try reader.readArray(UInt16.self)
        let weights = try reader.readFloatArray()
        guard starts.count == keys.count + 1, starts.first == 0,
            starts.last.map(Int.init) == classes.count, weights.count == classes.count,
            zip(starts, starts.dropFirst()).allSatisfy({ $0 <= $1 }),
            classes.allSatisfy({ Int($0) < classLimit })
        else { throw corrupt("weight tables") }
        return SparseRowTable(rowKeys: keys, rowStarts: starts, classes: classes, weights: weights)
    }

    mutating func partsOfSpeech() throws -> [UniversalPOS] {
        try reader.readArray(UInt8.self).map {
            guard let tag = UniversalPOS(rawValue: $0) else { throw corrupt("unknown UPOS \($0)") }
            return tag
        }
    }

    mutating func decode() throws -> TaggerModel {
        let classCount = Int(try reader.read(UInt64.self))
        guard classCount > 0 && classCount < 256 else { throw corrupt("\(classCount) classes") }
        var classes: [[UniversalPOS]] = []
        for _ in 0..<classCount { classes.append(try partsOfSpeech()) }
        let bundles = try reader.readStrings().map {
            guard let bundle = MorphFeatures(conllu: $0) else { throw corrupt("bundle \($0)") }
            return bundle
        }
        let lemmas = try reader.readStrings()
        let strips = try reader.readArray(Int32.self)
        let suffixes = try reader.readStrings()
        guard strips.count == suffixes.count else { throw corrupt("lemma rule tables differ") }
        let rules = zip(strips, suffixes).map {
            $0 < 0 ? LemmaRule.asWritten : LemmaRule(strip: Int($0), suffix: $1, keepsForm: false)
        }
        let formBytes = try reader.readArray(UInt8.self)
        let formOffsets = try reader.readArray(Int32.self)
        guard formOffsets.first == 0, formOffsets.last.map(Int.init) == formBytes.count,
            zip(formOffsets, formOffsets.dropFirst()).allSatisfy({ $0 <= $1 })
        else { throw corrupt("form offsets") }
        let forms = FormIndex(bytes: formBytes, offsets: formOffsets)
        let lexiqueClasses = try reader.readArray(UInt32.self)
        let noteKeys = try reader.readStrings()
        let noteValues = try reader.readStrings()
        guard lexiqueClasses.count == forms.count, noteKeys.count == noteValues.count else {
            throw corrupt("form tables differ in length")
        }
        let tables = Tables(
            classes: classes, bundles: bundles, lemmas: lemmas, rules: rules, forms: forms,
            lexiqueClasses: lexiqueClasses,
            notes: Dictionary(zip(noteKeys, noteValues)) { first, _ in first })
        return try decodeLexicon(tables)
    }

    struct Tables {
        var classes: [[UniversalPOS]]
        var bundles: [MorphFeatures]
        var lemmas: [String]
        var rules: [LemmaRule]
        var forms: FormIndex
        var lexiqueClasses: [UInt32]
        var notes: [String: String]
    }

    mutating func decodeLexicon(_ tables: Tables) throws -> TaggerModel {
        let starts = try reader.readArray(Int32.self)
        let tags = try partsOfSpeech()
        let sources = try reader.readArray(UInt8.self)
        let bundles = try reader.readArray(UInt16.self)
        let lemmas = try reader.readArray(Int32.self)
        let weights = try reader.readFloatArray()
        guard starts.count == tables.forms.count + 1, starts.last.map(Int.init) == tags.count,
            [sources.count, bundles.count, lemmas.count, weights.count].allSatisfy({
                $0 == tags.count
            }),
            bundles.allSatisfy({ Int($0) < tables.bundles.count }),
            lemmas.allSatisfy({ $0 >= -1 && Int($0) < tables.lemmas.count })
        else { throw corrupt("analysis tables") }
        var analyses: [LexicalAnalysis] = []
        analyses.reserveCapacity(tags.count)
        for index in tags.indices {
            analyses.append(
                LexicalAnalysis(
                    partOfSpeech: tags[index], isFromTreebank: sources[index] == 1,
                    bundle: bundles[index], lemma: lemmas[index], weight: weights[index]))
        }
        let expansions = try decodeExpansions(tables)
        return try decodeGuessesAndWeights(
            tables, starts: starts, analyses: analyses, expansions: expansions)
    }

    mutating func decodeExpansions(_ tables: Tables) throws -> [Expansion] {
        let count = Int(try reader.read(UInt64.self))
        guard count < 100_000 else { throw corrupt("\(count) expansions") }
        var expansions: [Expansion] = []
        for _ in 0..<count {
            let form = try reader.read(Int32.self)
            let tokenClass = try reader.read(UInt8.self)
            let partForms = try reader.readStrings()
            let partLemmas = try reader.readArray(Int32.self)
            let partTags = try partsOfSpeech()
            let partBundles = try reader.readArray(UInt16.self)
            guard form >= 0, Int(form) < tables.forms.count, Int(tokenClass) < tables.classes.count,
                partLemmas.count == partForms.count, partTags.count == partForms.count,
                partBundles.count == partForms.count,
                partLemmas.allSatisfy({ $0 >= -1 && Int($0) < tables.lemmas.count }),
                partBundles.allSatisfy({ Int($0) < tables.bundles.count })
            else { throw corrupt("expansion table") }
            let parts = partForms.indices.map {
                Expansion.Part(
                    form: partForms[$0], lemma: partLemmas[$0], partOfSpeech: partTags[$0],
                    bundle: partBundles[$0])
            }
            expansions.append(Expansion(form: form, tokenClass: tokenClass, parts: parts))
        }
        return expansions
    }

    mutating func decodeGuessesAndWeights(
        _ tables: Tables, starts: [Int32], analyses: [LexicalAnalysis], expansions: [Expansion]
    ) throws -> TaggerModel {
        let suffixKeys = try reader.readArray(UInt64.self)
        let suffixRules = try reader.readArray(Int32.self)
        let bundleCounts = try reader.readArray(UInt32.self)
        let bundleIDs = try reader.readArray(UInt16.self)
        let bundleWeights = try reader.readFloatArray()
        let endingKeys = try reader.readArray(UInt64.self)
        let endingMasks = try reader.readArray(UInt32.self)
        guard endingKeys.count == endingMasks.count else { throw corrupt("ending tables") }
        guard suffixRules.count == suffixKeys.count, bundleCounts.count == suffixKeys.count,
            bundleIDs.count == bundleWeights.count,
            bundleCounts.reduce(0, { $0 + Int($1) }) == bundleIDs.count,
            suffixRules.allSatisfy({ $0 >= 0 && Int($0) < tables.rules.count }),
            bundleIDs.allSatisfy({ Int($0) < tables.bundles.count })
        else { throw corrupt("suffix tables") }
        var guesses: [SuffixGuess] = []
        var offset = 0
        for (index, count) in bundleCounts.enumerated() {
            let range = offset..<offset + Int(count)
            guesses.append(
                SuffixGuess(
                    bundles: Array(zip(bundleIDs[range], bundleWeights[range])),
                    rule: suffixRules[index]))
            offset += Int(count)
        }
        let tokenRows = try rowTable(classLimit: tables.classes.count)
        let bundleRows = try rowTable(classLimit: tables.bundles.count)
        let featureRows = try rowTable(classLimit: Int(UInt16.max))
        guard reader.isAtEnd else { throw corrupt("unexpected bytes after the weights") }
        return TaggerModel(
            classes: tables.classes, bundles: tables.bundles, lemmas: tables.lemmas,
            lemmaRules: tables.rules, forms: tables.forms, lexiqueClasses: tables.lexiqueClasses,
            analysisStarts: starts, analyses: analyses, expansions: expansions,
            suffixKeys: suffixKeys, suffixGuesses: guesses, endingKeys: endingKeys,
            endingMasks: endingMasks, tokenWeights: tokenRows, bundleWeights: bundleRows,
            featureWeights: featureRows,
            trainingNotes: tables.notes)
    }
}
