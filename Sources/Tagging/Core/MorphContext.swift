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

    /// Context templates. Unused ones keep their place: the raw values go
    /// into the trained weights' keys.
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
        let previous = index > 0 ? Self.describe(words[index - 1]) : Self.describe(nil)
        let next = index + 1 < words.count ? UInt64(words[index + 1].partOfSpeech.rawValue) : 99
        let previousForm = index > 0 ? words[index - 1].formHash : 0
        let (determiner, subject, auxiliary) = Self.agreementValues(index: index, words: words)
        bundleContexts.append(FeatureKey.make(Template.previous.rawValue, previous, tag))
        bundleContexts.append(FeatureKey.make(Template.next.rawValue, next, tag))
        bundleContexts.append(FeatureKey.make(Template.previousForm.rawValue, previousForm, tag))
        bundleContexts.append(FeatureKey.make(Template.determiner.rawValue, determiner, tag))
        bundleContexts.append(FeatureKey.make(Template.subject.rawValue, subject, tag))
        bundleContexts.append(FeatureKey.make(Template.auxiliary.rawValue, auxiliary, tag))
        featureContexts.append(FeatureKey.make(Template.agreePrevious.rawValue, previous, tag))
        featureContexts.append(FeatureKey.make(Template.agreeDeterminer.rawValue, determiner, tag))
        featureContexts.append(FeatureKey.make(Template.agreeSubject.rawValue, subject, tag))
    }

    /// Empties both context lists.
    mutating func removeAll() {
        bundleContexts.removeAll(keepingCapacity: true)
        featureContexts.removeAll(keepingCapacity: true)
    }

    /// The bundle of the closest determiner among the three words before
    /// `index`, of the closest noun or pronoun among the eight before (a
    /// subject for verbs, a head for adjectives), each plus one so zero means
    /// none, and the form hash of an auxiliary among the three before.
    private static func agreementValues(
        index: Int, words: [Word]
    ) -> (determiner: UInt64, subject: UInt64, auxiliary: UInt64) {
        var determiner: UInt64 = 0
        var subject: UInt64 = 0
        var auxiliary: UInt64 = 0
        var back = index - 1
        while back >= max(0, index - 8) {
            let word = words[back]
            if determiner == 0 && word.partOfSpeech == .det && back >= index - 3 {
                determiner = UInt64(word.bundle) + 1
            }
            if subject == 0 && (word.partOfSpeech == .pron || word.partOfSpeech == .noun) {
                subject = UInt64(word.bundle) + 1
            }
            if auxiliary == 0 && word.partOfSpeech == .aux && back >= index - 3 {
                auxiliary = word.formHash
            }
            back -= 1
        }
        return (determiner, subject, auxiliary)
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
