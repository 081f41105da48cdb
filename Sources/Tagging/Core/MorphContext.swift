/// Features of the morphology classifier, which picks the feature bundle
/// of each syntactic word once parts of speech are known.
///
/// A candidate bundle's score is the sum of the weights of (context,
/// bundle) pairs, plus (context, single feature) pairs for the agreement
/// contexts, so « Gender=Fem » after a feminine determiner is learned across
/// nouns, adjectives and participles.
struct MorphContext {
    /// Hashes of contexts combined with the whole candidate bundle.
    var bundleContexts: [UInt64] = []
    /// Hashes of agreement contexts combined with each feature of the bundle.
    var featureContexts: [UInt64] = []

    private enum Template: UInt64 {
        case tag = 201, form, suffix2, suffix3, suffix4, previous, beforePrevious, next
        case nextForm, previousForm, determiner, subject, auxiliary, rank
        case agreeDeterminer, agreeSubject, agreePrevious, agreeNext, agreeTag
    }

    /// One word as the morphology classifier sees its neighbours.
    struct Word {
        var partOfSpeech: UniversalPOS
        var bundle: UInt16
        var formHash: UInt64
    }

    /// Fills the contexts of word `index` of `words`, whose bundles before
    /// `index` are already decided; `type` describes its written form.
    mutating func fill(index: Int, words: [Word], type: WordType) {
        fillStatic(tag: words[index].partOfSpeech, type: type)
        appendDynamic(index: index, words: words)
    }

    /// Fills the contexts that depend only on the word's form and tag, which
    /// the tagger scores once per known form.
    mutating func fillStatic(tag partOfSpeech: UniversalPOS, type: WordType) {
        bundleContexts.removeAll(keepingCapacity: true)
        featureContexts.removeAll(keepingCapacity: true)
        let tag = UInt64(partOfSpeech.rawValue)
        bundleContexts.append(FeatureKey.make(Template.tag.rawValue, tag))
        bundleContexts.append(FeatureKey.make(Template.form.rawValue, type.formHash, tag))
        bundleContexts.append(FeatureKey.make(Template.suffix3.rawValue, type.suffixes.2, tag))
        bundleContexts.append(FeatureKey.make(Template.suffix4.rawValue, type.suffixes.3, tag))
        featureContexts.append(FeatureKey.make(Template.agreeTag.rawValue, 0, tag))
    }

    /// Appends the contexts that depend on the neighbouring words.
    mutating func appendDynamic(index: Int, words: [Word]) {
        let tag = UInt64(words[index].partOfSpeech.rawValue)
        func add(_ template: Template, _ value: UInt64, _ extra: UInt64 = 0) {
            bundleContexts.append(FeatureKey.make(template.rawValue, value, extra))
        }
        func agree(_ template: Template, _ value: UInt64) {
            featureContexts.append(FeatureKey.make(template.rawValue, value, tag))
        }
        let previous = index > 0 ? words[index - 1] : nil
        let next = index + 1 < words.count ? words[index + 1] : nil
        add(.previous, Self.describe(previous), tag)
        add(.next, next.map { UInt64($0.partOfSpeech.rawValue) } ?? 99, tag)
        add(.previousForm, previous?.formHash ?? 0, tag)
        agree(.agreePrevious, Self.describe(previous))
        addAgreementContexts(index: index, words: words, add: add, agree: agree)
    }

    /// Empties both context lists.
    mutating func removeAll() {
        bundleContexts.removeAll(keepingCapacity: true)
        featureContexts.removeAll(keepingCapacity: true)
    }

    private func addAgreementContexts(
        index: Int, words: [Word], add: (Template, UInt64, UInt64) -> Void,
        agree: (Template, UInt64) -> Void
    ) {
        let tag = UInt64(words[index].partOfSpeech.rawValue)
        var determiner: UInt64 = 0
        for back in stride(from: index - 1, through: max(0, index - 3), by: -1)
        where words[back].partOfSpeech == .det {
            determiner = UInt64(words[back].bundle) + 1
            break
        }
        var subject: UInt64 = 0
        var auxiliary: UInt64 = 0
        for back in stride(from: index - 1, through: max(0, index - 8), by: -1) {
            let word = words[back]
            if subject == 0 && (word.partOfSpeech == .pron || word.partOfSpeech == .noun) {
                subject = UInt64(word.bundle) + 1
            }
            if auxiliary == 0 && word.partOfSpeech == .aux && back >= index - 3 {
                auxiliary = word.formHash
            }
        }
        add(.determiner, determiner, tag)
        add(.subject, subject, tag)
        add(.auxiliary, auxiliary, tag)
        agree(.agreeDeterminer, determiner)
        agree(.agreeSubject, subject)
    }

    private static func describe(_ word: Word?) -> UInt64 {
        guard let word else { return 0xFFFF_FFFF }
        return UInt64(word.partOfSpeech.rawValue) << 16 | UInt64(word.bundle)
    }

    /// The context of a candidate's rank among its word's candidates.
    static func rankContext(rank: Int, source: Int) -> UInt64 {
        FeatureKey.make(Template.rank.rawValue, UInt64(min(rank, 3)), UInt64(source))
    }
}
