/// A workspace that one thread borrows from the tagger's pool.
final class TaggingWorkspaceBox {
    var workspace: TaggingWorkspace

    init(model: TaggerModel) {
        workspace = TaggingWorkspace(model: model)
    }
}

/// Per-thread buffers of the tagger, with a cache of the weight sums each
/// known word type contributes in each of the five word roles.
///
/// The cache is valid for the model's lifetime because the model never
/// changes; it is cleared past `cacheLimit` types so a long-running server
/// does not grow without bound. A struct passed `inout`, so the hot loops
/// pay no run-time exclusivity checks.
struct TaggingWorkspace {
    private let model: TaggerModel
    private let width: Int
    /// Per form id: offset in `cached`, or -1 when not yet computed.
    private var slots: [Int32]
    /// Five role vectors of `width` scores per cached type; the first two
    /// types are the sentence-start and sentence-end padding.
    private(set) var cached: [Float] = []
    /// Role vectors of the current sentence's unknown words.
    private(set) var unknown: [Float] = []
    private var cachedCount = 0
    /// Recent form lookups: folded-form hash and form id (-1 when unknown).
    private var recentHashes = [UInt64](repeating: 0, count: recentSize)
    private var recentIDs = [Int32](repeating: -1, count: recentSize)
    private static let recentSize = 8192
    /// Word type of each cached slot, by slot number.
    private var cachedTypes: [WordType] = [.sentenceStart, .sentenceEnd]
    /// Maximum number of cached types before the cache is cleared.
    static let cacheLimit = 50_000

    var types: [WordType] = []
    var classes: [UInt8] = []
    /// Per token of the current sentence: offset in `cached`, or -1 - offset
    /// in `unknown`.
    var vectorOffsets: [Int] = []
    var scratchKeys: [UInt64] = []
    var scores: [Float]
    var contextKeys = [UInt64](repeating: 0, count: TokenFeatures.contextKeyCount)
    var morphWords: [MorphContext.Word] = []
    var morphContext = MorphContext()
    var candidates: [BundleCandidate] = []
    var folded: [UInt8] = []
    var memo = WordMemo()
    var scratchScores: [Float] = []
    var scratch = MorphScratch()

    /// Offsets of the padding vectors in `cached`.
    let startOffset = 0
    var endOffset: Int { 5 * width }

    init(model: TaggerModel) {
        self.model = model
        width = model.classCount
        slots = [Int32](repeating: -1, count: model.forms.count)
        scores = [Float](repeating: 0, count: model.classCount)
        addPadding()
    }

    private mutating func addPadding() {
        cached = [Float](repeating: 0, count: 10 * width)
        Self.fill(.sentenceStart, model: model, keys: &scratchKeys, into: &cached, at: 0)
        Self.fill(.sentenceEnd, model: model, keys: &scratchKeys, into: &cached, at: 5 * width)
        cachedCount = 2
    }

    /// Forgets the unknown words of the previous sentence.
    mutating func startSentence() {
        unknown.removeAll(keepingCapacity: true)
    }

    /// The word type of the written form `bytes` and the encoded offset of
    /// its role vectors (see `vectorOffsets`), from the cache when the form
    /// was seen before: only the shape, which depends on letter case, is
    /// computed again.
    mutating func prepare(_ bytes: UnsafeBufferPointer<UInt8>) -> (WordType, Int) {
        let hash = CaseFolding.hash(folding: bytes)
        let id = formID(bytes, hash: hash)
        if id >= 0 {
            let offset = slots[Int(id)]
            if offset >= 0 {
                var type = cachedTypes[Int(offset) / (5 * width)]
                type.shape = WordShape.of(bytes)
                return (type, Int(offset))
            }
        }
        var type = WordType(
            bytes: bytes, formID: id, lexiqueMask: id >= 0 ? model.lexiqueClasses[Int(id)] : 0,
            formHash: hash)
        if type.lexiqueMask == 0 { type.guessedMask = model.guessedLexiqueMask(type) }
        return (type, roleVectors(of: type))
    }

    /// The form id of `bytes`, through a small direct-mapped cache of recent
    /// lookups keyed by the full 64-bit hash of the folded form.
    @inline(__always)
    private mutating func formID(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
        let slot = Int(truncatingIfNeeded: hash >> 40) & (Self.recentSize - 1)
        if recentHashes[slot] == hash { return recentIDs[slot] }
        let id = model.forms.id(of: bytes, hash: hash) ?? -1
        recentHashes[slot] = hash
        recentIDs[slot] = id
        return id
    }

    /// The encoded offset of the five role vectors of `type` (see
    /// `vectorOffsets`), computing them when needed.
    mutating func roleVectors(of type: WordType) -> Int {
        guard type.formID >= 0 else {
            let offset = unknown.count
            unknown.append(contentsOf: repeatElement(0, count: 5 * width))
            Self.fill(type, model: model, keys: &scratchKeys, into: &unknown, at: offset)
            return -1 - offset
        }
        let slot = slots[Int(type.formID)]
        if slot >= 0 { return Int(slot) }
        if cachedCount >= Self.cacheLimit { clearCache() }
        let offset = cachedCount * 5 * width
        cachedCount += 1
        slots[Int(type.formID)] = Int32(offset)
        cachedTypes.append(type)
        cached.append(contentsOf: repeatElement(0, count: 5 * width))
        Self.fill(type, model: model, keys: &scratchKeys, into: &cached, at: offset)
        return offset
    }

    private static func fill(
        _ type: WordType, model: TaggerModel, keys: inout [UInt64], into vectors: inout [Float],
        at offset: Int
    ) {
        let width = model.classCount
        vectors.withUnsafeMutableBufferPointer { buffer in
            for role in TokenFeatures.Role.allCases {
                let start = buffer.baseAddress! + offset + role.rawValue * width
                keys.removeAll(keepingCapacity: true)
                TokenFeatures.roleKeys(role, type, into: &keys)
                for key in keys { model.tokenWeights.add(key, into: start) }
            }
        }
    }

    private mutating func clearCache() {
        for index in slots.indices { slots[index] = -1 }
        cached.removeSubrange((10 * width)...)
        cachedTypes.removeSubrange(2...)
        cachedCount = 2
    }
}
