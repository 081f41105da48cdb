import Tagging
import WritingModel

/// The left context that calls for an infinitive, found once object
/// pronouns and adverbs are passed over. It is a preposition (« pour »,
/// « de », « à »), a verb that takes an infinitive (« il veut »), the
/// negation in the infinitive's order (« ne pas »), or « et » after an
/// infinitive.
struct InfinitiveContext: Sendable {
    /// The strength of a context's call for an infinitive.
    enum Cue: Sendable {
        /// Nothing but an infinitive fits, even a form that is mostly a
        /// noun: a modal verb right before it (« on doit procédé à »).
        case certain
        /// Nothing but an infinitive fits: a modal verb with a pronoun
        /// (« il doit le »), an object pronoun after a preposition (« pour
        /// le »), « ne pas », the causative « faire » (« il le fait engagé »).
        case strong
        /// A preposition, where a participle or adjective may also fit
        /// (« passer pour estropié », « rien de changé »).
        case weak
        /// A verb that also takes an attribute (« je le vois fatigué ») or
        /// « et » after an infinitive: only a following object decides.
        case objectOnly
    }

    private let prepositions: FoldedWordSet
    let modals: Set<String>
    private let infinitiveVerbs: Set<String>
    let perceptionVerbs: Set<String>
    let hearingVerbs: Set<String>
    let prepositionsDe: FoldedWordSet
    let prepositionsA: FoldedWordSet
    private let adjectiveHeads: FoldedWordSet
    private let clitics: FoldedWordSet
    private let objectPronouns: FoldedWordSet
    private let nonMasculineArticles: FoldedWordSet
    private let adverbs: FoldedWordSet
    private let negations: FoldedWordSet
    private let negationAdverbs: FoldedWordSet
    private let coordinators: FoldedWordSet
    private let reflexives: FoldedWordSet
    private let infinitiveOnlyPrepositions: FoldedWordSet
    private let prepositionHeadsOfDe: FoldedWordSet
    /// Phrases after which « de » opens an infinitive (« en train de »),
    /// each as its words in text order.
    private let phrasesBeforeDe: [[String]]
    /// Lemmas of adjectives that take « de » and an infinitive.
    let adjectivesBeforeDe: Set<String>
    /// Lemmas of adjectives that take « à » and an infinitive.
    let adjectivesBeforeA: Set<String>
    /// Forms of adjectives that take a bare infinitive (« censé »).
    let adjectivesBeforeInfinitive: FoldedWordSet
    /// Pronouns that « de » and « à » never precede as articles.
    private let contractingArticles: FoldedWordSet
    private let interrogatives: FoldedWordSet
    private let causatives: Set<String>
    private let openingPunctuation: FoldedWordSet
    private let demonstratives: FoldedWordSet
    /// Adverbs and adverbial phrases that may stand between the cue and the
    /// verb (« à présent », « d'abord »), each as its words in text order.
    private let adverbialPhrases: [[String]]
    /// The last words of `adverbialPhrases`, tested before any phrase.
    private let adverbialPhraseEnds: FoldedWordSet

    /// The object pronouns passed over between a cue and its verb.
    private struct PronounsPassed {
        /// Whether there was any.
        var any = false
        /// Whether one was the third-person reflexive « se ».
        var reflexive = false
        /// Whether the first one was « le » or « les », which cannot be an
        /// article after « de » or « à » (« de les déléguer »).
        var contracting = false
    }

    /// Reads the word classes from `lexicon`.
    init(lexicon: HomophoneLexicon) throws {
        prepositions = try lexicon.words("preposition-before-infinitive")
        modals = Set(try lexicon.list("modal-lemma"))
        infinitiveVerbs = Set(try lexicon.list("infinitive-or-attribute-lemma"))
        perceptionVerbs = Set(try lexicon.list("perception-lemma"))
        hearingVerbs = Set(try lexicon.list("hearing-lemma"))
        prepositionsDe = try lexicon.words("preposition-de")
        prepositionsA = try lexicon.words("preposition-a")
        adjectiveHeads = try lexicon.words("before-de-adjective")
        objectPronouns = try lexicon.words("object-pronoun")
        nonMasculineArticles = try lexicon.words("feminine-or-plural-pronoun")
        clitics = FoldedWordSet(
            objectPronouns, try lexicon.words("reflexive-pronoun"),
            try lexicon.words("pronoun-nous-vous"))
        adverbs = try lexicon.words("adverb-before-participle")
        negations = try lexicon.words("negation-ne")
        negationAdverbs = try lexicon.words("negation-adverb")
        coordinators = try lexicon.words("infinitive-coordinator")
        reflexives = try lexicon.words("reflexive-third")
        infinitiveOnlyPrepositions = try lexicon.words("preposition-before-infinitive-only")
        prepositionHeadsOfDe = try lexicon.words("preposition-before-de")
        phrasesBeforeDe = try lexicon.list("phrase-before-de").map { phrase in
            phrase.split(separator: " ").map(String.init)
        }
        adjectivesBeforeDe = Set(try lexicon.list("adjective-de-lemma"))
        adjectivesBeforeA = Set(try lexicon.list("adjective-a-lemma"))
        adjectivesBeforeInfinitive = try lexicon.words("adjective-before-infinitive")
        contractingArticles = try lexicon.words("contracting-article")
        interrogatives = try lexicon.words("interrogative-before-infinitive")
        causatives = Set(try lexicon.list("causative-lemma"))
        openingPunctuation = try lexicon.words("opening-punctuation")
        demonstratives = try lexicon.words("demonstrative-subject")
        adverbialPhrases = try lexicon.list("adverbial-phrase").map { phrase in
            phrase.split(separator: " ").map(String.init)
        }
        adverbialPhraseEnds = FoldedWordSet(adverbialPhrases.compactMap(\.last))
    }

    /// Finds the cue before word `index`, or nil when nothing calls for an
    /// infinitive there. `conjugated` is true for a form in -ez, which no
    /// verb or preposition may directly precede.
    func cue(
        before index: Int, in words: [TaggedWord], conjugated: Bool, _ sentence: SentenceContext
    ) -> Cue? {
        var position = index - 1
        // « il est invité à « goûtez » le plaisir »: an opening quote or
        // parenthesis may stand right before the verb.
        if position >= 0, openingPunctuation.contains(words[position].form) {
            position -= 1
        }
        var pronouns = PronounsPassed()
        // « de la légitimé internationale »: an adjective after the word
        // makes « la » its article, whatever the gender. Lexique decides,
        // because the tagger calls « demain » an adjective there.
        let adjectiveFollows =
            words.word(at: index + 1).map { sentence.readings(of: $0).contains(.adjective) }
            ?? false
        let noun = sentence.readings(of: words[index]).contains(.noun)
        while position >= 0,
            isClitic(words[position], beforeNoun: noun, beforeAdjective: adjectiveFollows)
                || isHyphenatedObject(words[position])
        {
            pronouns.any = true
            pronouns.reflexive = pronouns.reflexive || reflexives.contains(words[position].form)
            pronouns.contracting = contractingArticles.contains(words[position].form)
            position -= 1
        }
        // « « s'attaquer » »: the quote may also open before the pronouns.
        if pronouns.any, position >= 0, openingPunctuation.contains(words[position].form) {
            position -= 1
        }
        // « ne pas l'administrer », « avant de l'administrer »: where only an
        // infinitive fits, the tagger's article is a pronoun.
        if position > 0, clitics.contains(words[position].form),
            !words[position].isContractionPart, callsForInfinitiveOnly(words, position - 1)
        {
            return .certain
        }
        if callsForInfinitiveOnly(words, position) { return .certain }
        // « à ne relâcher ces sanctions que »: « ne » alone after a
        // preposition opens a negative infinitive.
        if position > 0, negations.contains(words[position].form),
            isPreposition(words[position - 1].form)
        {
            return .strong
        }
        // No « vous » takes « se » (« s'attaquez »). With no subject before
        // it, « se » opens an infinitive clause (« Pour la suite, se
        // renseigner »).
        if pronouns.reflexive {
            if conjugated { return .strong }
            if position < 0 || words[position].partOfSpeech == .punct { return .strong }
        }

        var skipped = 0
        while position >= 0, skipped < 3 {
            let length = adverbLength(words, endingAt: position)
            guard length > 0 else { break }
            position -= length
            skipped += 1
        }
        guard position >= 0 else { return nil }
        if let cue = headCue(
            words, position, pronouns: pronouns, conjugated: conjugated, sentence)
        {
            return cue
        }
        guard !pronouns.any else { return nil }
        return perceptionCue(before: position, in: words, conjugated: conjugated, sentence)
    }

    /// Returns the cue of the word at `position`, the first one before the
    /// verb that is neither a pronoun nor an adverb.
    private func headCue(
        _ words: [TaggedWord], _ position: Int, pronouns: PronounsPassed, conjugated: Bool,
        _ sentence: SentenceContext
    ) -> Cue? {
        let head = words[position]
        let clitic = pronouns.any
        if head.partOfSpeech.isVerbal {
            return verbCue(words, position, clitic: clitic, conjugated: conjugated, sentence)
        }
        if pronouns.contracting,
            prepositionsDe.contains(head.form) || prepositionsA.contains(head.form)
        {
            return .certain
        }
        if infinitiveOnlyPrepositions.contains(head.form) { return .strong }
        if adjectivesBeforeInfinitive.contains(head.form) { return .strong }
        // « devant passer par »: the tagger reads the present participle
        // of a modal verb as a preposition.
        if head.partOfSpeech == .adp, isModalPresentParticiple(head, sentence) {
            return clitic ? .strong : .certain
        }
        if prepositions.contains(head.form) { return clitic ? .strong : .weak }
        if prepositionsDe.contains(head.form) {
            return deCue(words, position, clitic: clitic, conjugated: conjugated)
        }
        if prepositionsA.contains(head.form) {
            return aCue(words, position, clitic: clitic, conjugated: conjugated)
        }
        if interrogatives.contains(head.form) { return .weak }
        if coordinators.contains(head.form), followsInfinitive(words, position) {
            // « et en légitimer l'action »: after a pronoun, only a
            // participle before its object is read.
            if !clitic { return conjugated ? .weak : .objectOnly }
            if !conjugated { return .objectOnly }
        }
        // The tagger may miss the verb before a misspelt participle (« va »
        // read as a noun in « ce dernier va constitué »), so a form that
        // Lexique gives only as a finite verb counts as one.
        if head.partOfSpeech != .adp, head.partOfSpeech != .det,
            sentence.readings(of: head).only(.finiteVerb)
        {
            return verbCue(words, position, clitic: clitic, conjugated: conjugated, sentence)
        }
        return nil
    }

    /// Returns whether `word` may open the object of a verb: a determiner,
    /// a name or a number, but not « de » (« obligé de partir »).
    func isObjectStart(_ word: TaggedWord) -> Bool {
        switch word.partOfSpeech {
        case .det, .propn, .num: !prepositionsDe.contains(word.form)
        default: false
        }
    }

    /// Returns the cue of a verb at `position`: a modal verb, or any verb
    /// before a pronoun or a form in -ez. A participle head counts only
    /// after its auxiliary (« a fait jouer », but « tout à fait méprisé »).
    /// Avoir and être never count, because they take the participle.
    private func verbCue(
        _ words: [TaggedWord], _ position: Int, clitic: Bool, conjugated: Bool,
        _ sentence: SentenceContext
    ) -> Cue? {
        let head = words[position]
        guard head.lemma != "avoir", head.lemma != "être" else { return nil }
        if isLooseParticiple(words, position) { return nil }
        // Lexique's lemmas too: the tagger reads « vit » in « se vit
        // confié » as « vire ».
        let lemmas = sentence.verbLemmas(of: head)
        let modal = lemmas.contains(where: modals.contains)
        if conjugated { return clitic || modal ? .strong : .weak }
        if clitic { return .strong }
        // « je le veux terminé »: with its object before it, the verb may
        // take an attribute.
        let hasObject = position > 0 && objectPronouns.contains(words[position - 1].form)
        if modal { return hasObject ? .objectOnly : .certain }
        // « faire » takes no attribute (« il le fait engagé »), except in
        // « ça fait daté ».
        let afterDemonstrative = position > 0 && demonstratives.contains(words[position - 1].form)
        if lemmas.contains(where: causatives.contains), !afterDemonstrative { return .strong }
        // « en me voyant crié »: a verb of sight takes an adjective as
        // attribute, so a form that is only a participle is weakly cued.
        // A verb of hearing hardly takes one (« j'en ai entendu parlé »).
        if lemmas.contains(where: hearingVerbs.contains) { return hasObject ? .weak : .strong }
        if lemmas.contains(where: perceptionVerbs.contains) { return .weak }
        return lemmas.contains(where: infinitiveVerbs.contains) ? .objectOnly : nil
    }

    /// Returns the cue of « de » at `position`. It is certain after
    /// « avant », « afin » or « en train ». It is strong after a verb (« il
    /// tente de »), after an adjective such as « susceptible », or before a
    /// pronoun (« de se »), and weak after a noun (« le fait de »). After « chose » or
    /// « rien » there is none (« quelque chose de changé »), and after any
    /// other word (« autant de gagné ») only an object decides.
    private func deCue(
        _ words: [TaggedWord], _ position: Int, clitic: Bool, conjugated: Bool
    ) -> Cue? {
        guard let before = wordBefore(position, words) else {
            if clitic { return .strong }
            return conjugated ? .weak : nil
        }
        let head = words[before]
        if prepositionHeadsOfDe.contains(head.form) || endsPhraseBeforeDe(words, before) {
            return .certain
        }
        if clitic || takesInfinitive(words[before], after: adjectivesBeforeDe) { return .strong }
        if head.partOfSpeech.isVerbal { return verbBeforePrepositionCue(words, before) }
        if repeatsPreposition(words, before, prepositionsDe) { return .strong }
        if conjugated { return .weak }
        if adjectiveHeads.contains(head.form) { return nil }
        // « il est possible de combiné »: after an adjective, « de » opens
        // an infinitive or a noun, never a participle.
        return head.partOfSpeech == .noun || head.partOfSpeech == .adj ? .weak : .objectOnly
    }

    /// Returns the cue of « à » at `position`: strong after a verb (« il
    /// sert à »), an adjective (« prêt à », « destiné à »), a noun that cannot be the
    /// subject of « a » or before a pronoun (« à se »), and weak at the
    /// start of a sentence. Elsewhere « à » may be a mistyped « a » (« le
    /// monde à changé »). So it counts only when its clause already has a
    /// verb (« il invita Pablo à cessé »), where the a/à rule leaves it
    /// alone. There it is strong, because « à » takes no participle or
    /// adjective without a noun (« un single à arriver en tête »).
    private func aCue(
        _ words: [TaggedWord], _ position: Int, clitic: Bool, conjugated: Bool
    ) -> Cue? {
        if clitic { return .strong }
        // « À conserver au frais »: no « a » opens a sentence. After a
        // comma it may (« le gouverneur, Rick Perry, a réitéré »).
        guard let before = wordBefore(position, words) else { return .weak }
        let head = words[before]
        if isAttribute(words, before) { return .strong }
        if takesInfinitive(head, after: adjectivesBeforeA) { return .strong }
        if head.partOfSpeech.isVerbal { return verbBeforePrepositionCue(words, before) }
        if repeatsPreposition(words, before, prepositionsA) { return .strong }
        if isNounComplement(words, before) { return .strong }
        if conjugated { return .weak }
        return words.hasMainClauseVerb(before: position) ? .strong : nil
    }

    /// Returns whether the noun or pronoun at `position`, before « à »,
    /// cannot be the subject of a verb « a » there. It is plural (« les
    /// mesures à adopté »), the object of a verb (« il a tendance à
    /// engendré »), or comes right after a preposition other than « de »
    /// (« poudre pour solution à dilué »). After « de » it may end a
    /// subject (« le taux de chômage a baissé »).
    private func isNounComplement(_ words: [TaggedWord], _ position: Int) -> Bool {
        let head = words[position]
        guard head.partOfSpeech == .noun || head.partOfSpeech == .pron else { return false }
        if head.features.number == .plural { return true }
        guard head.partOfSpeech == .noun, position > 0 else { return false }
        let before = words[position - 1]
        if before.isFiniteVerb { return true }
        return before.partOfSpeech == .adp && !prepositionsDe.contains(before.form)
    }

    /// Returns whether the adjective or participle at `position` is the
    /// attribute of the verb before it, past adverbs (« il paraît décidé
    /// à », « il est prêt à »): no participle follows « à » there. After a
    /// noun it may end a subject (« le ministre pakistanais a décrété »).
    private func isAttribute(_ words: [TaggedWord], _ position: Int) -> Bool {
        let head = words[position]
        guard head.partOfSpeech == .adj || isLooseParticiple(words, position),
            let before = wordBefore(position, words)
        else { return false }
        return words[before].partOfSpeech.isVerbal
    }

    /// Returns the index of the word before `position`, past listed
    /// adverbs and adverbs in -ment (« il tente pourtant de »), or nil at
    /// the start of the sentence.
    private func wordBefore(_ position: Int, _ words: [TaggedWord]) -> Int? {
        var before = position - 1
        while before >= 0 {
            let length = adverbLength(words, endingAt: before)
            guard length > 0 else { break }
            before -= length
        }
        return before >= 0 ? before : nil
    }

    /// Returns whether the word at `position` is « et » or « ou » after an
    /// infinitive, so that the preposition after it repeats the one before
    /// the first infinitive (« à reconfirmer et à consacrer »). A comma
    /// does too when that infinitive follows a preposition of the same
    /// class `prepositions` (« de considérer, de reconsidérer »).
    private func repeatsPreposition(
        _ words: [TaggedWord], _ position: Int, _ prepositions: FoldedWordSet
    ) -> Bool {
        if coordinators.contains(words[position].form) {
            return followsInfinitive(words, position)
        }
        guard words[position].form == ",", position > 0 else { return false }
        var before = position - 1
        guard words[before].features.verbForm == "Inf" else { return false }
        before -= 1
        while before >= 0, isClitic(words[before]) {
            before -= 1
        }
        return before >= 0 && prepositions.contains(words[before].form)
    }

    /// Returns the cue of « de » or « à » after the verb at `position`. It
    /// is strong, except after avoir and être (« il a à faire », « il est
    /// de passage ») and after a participle away from its auxiliary.
    private func verbBeforePrepositionCue(_ words: [TaggedWord], _ position: Int) -> Cue {
        let head = words[position]
        let auxiliary = head.lemma == "avoir" || head.lemma == "être"
        return auxiliary || isLooseParticiple(words, position) ? .weak : .strong
    }

    /// Returns whether the verb at `position` is a past participle with no
    /// auxiliary among the four words before it. Such a participle is an
    /// adjective (« tout à fait méprisé », « elle n'est pas mise de côté »),
    /// not a compound tense (« il a lui aussi laissé »).
    private func isLooseParticiple(_ words: [TaggedWord], _ position: Int) -> Bool {
        let verb = words[position]
        guard verb.features.verbForm == "Part", verb.features.tense != "Pres" else {
            return false
        }
        for before in words[max(0, position - 4)..<position].reversed() {
            if before.partOfSpeech == .aux { return false }
            if before.partOfSpeech == .punct || before.partOfSpeech == .verb { return true }
        }
        return true
    }

    /// Returns whether « et » or « ou » at `position` follows an infinitive
    /// that comes after a preposition or has no auxiliary before it. So
    /// « ils sont là pour cuire et chauffer » counts, and « il a voulu
    /// partir et oublié » does not.
    private func followsInfinitive(_ words: [TaggedWord], _ position: Int) -> Bool {
        guard let last = words[..<position].lastIndex(where: \.partOfSpeech.isVerbal),
            words[last].features.verbForm == "Inf"
        else { return false }
        var before = last - 1
        while before >= 0, isClitic(words[before]) {
            before -= 1
        }
        if before >= 0, isPreposition(words[before].form) { return true }
        // The tagger calls the causative « faire » and some modals AUX
        // (« pour faire cesser et sanctionner »): they do not count.
        return !words[..<last].contains { word in
            word.lemma == "avoir" || word.lemma == "être"
                || (word.partOfSpeech == .aux && !takesInfinitive(word.lemma))
        }
    }

    /// Returns whether verbs of `lemma` take an infinitive after them.
    private func takesInfinitive(_ lemma: String) -> Bool {
        modals.contains(lemma) || causatives.contains(lemma) || infinitiveVerbs.contains(lemma)
    }

    /// Returns whether `form` is a preposition that an infinitive follows.
    private func isPreposition(_ form: String) -> Bool {
        prepositions.contains(form) || prepositionsDe.contains(form)
            || prepositionsA.contains(form)
    }

    /// Returns whether `word` is an object pronoun before a verb, and not the
    /// article the tagger saw or the end of « du » (« le modelé », « du
    /// traité »). Unless an adjective follows, a word the tagger calls an
    /// article is a pronoun before a verb that cannot be a noun (« pour le
    /// gardé »). « la » and « les » are pronouns even before a noun, because
    /// they cannot be the article of a masculine singular form in -é or of
    /// a form in -ez (« de la retiré »).
    private func isClitic(
        _ word: TaggedWord, beforeNoun: Bool = true, beforeAdjective: Bool = true
    ) -> Bool {
        guard clitics.contains(word.form), !word.isContractionPart else { return false }
        guard word.partOfSpeech == .det else { return true }
        return !beforeAdjective && (!beforeNoun || nonMasculineArticles.contains(word.form))
    }

    /// Returns whether `word` is an adverb that may come between the cue
    /// and the infinitive: a listed one (« bien », « mieux ») or one in
    /// -ment.
    private func isAdverb(_ word: TaggedWord) -> Bool {
        adverbs.contains(word.form)
            || (word.partOfSpeech == .adv && word.form.hasSuffixBytes("ment")
                && !interrogatives.contains(word.form))
    }

    /// Returns how many words the adverb or adverbial phrase ending at
    /// `position` spans (« bien », « à présent »), or 0 when there is none.
    /// Counts an inverted subject as one word (« ne faudrait-il pas »).
    func adverbLength(_ words: [TaggedWord], endingAt position: Int) -> Int {
        // Phrases first: « tout » alone is an adverb, and « avant tout »
        // is one too.
        if adverbialPhraseEnds.contains(words[position].form),
            let phrase = adverbialPhrases.first(where: { words.matches($0, endingAt: position) })
        {
            return phrase.count
        }
        return isAdverb(words[position]) || isHyphenatedSubject(words[position]) ? 1 : 0
    }

    /// Returns the index of the first word after `index` that is not an
    /// adverb in -ment or a listed adverbial phrase (« pour adapter sans
    /// cesse nos instruments »), or nil past the end.
    func indexAfterAdverbs(_ index: Int, in words: [TaggedWord]) -> Int? {
        var position = index + 1
        while position < words.count {
            if words[position].partOfSpeech == .adv && words[position].form.hasSuffixBytes("ment") {
                position += 1
                continue
            }
            let phrase = adverbialPhrases.first { phrase in
                words.matches(phrase, endingAt: position + phrase.count - 1)
            }
            guard let phrase, phrase.count > 1 else { break }
            position += phrase.count
        }
        return position < words.count ? position : nil
    }

    /// Returns whether the words ending at `position` leave room for nothing
    /// but an infinitive, not even a noun. They are « ne pas », because a
    /// finite verb comes between the two (« il ne mange pas »), or « de »
    /// after « avant », « afin » or « en train ».
    private func callsForInfinitiveOnly(_ words: [TaggedWord], _ position: Int) -> Bool {
        guard position > 0 else { return false }
        let word = words[position].form
        if negationAdverbs.contains(word) { return negations.contains(words[position - 1].form) }
        guard prepositionsDe.contains(word), let before = wordBefore(position, words) else {
            return false
        }
        return prepositionHeadsOfDe.contains(words[before].form)
            || endsPhraseBeforeDe(words, before)
    }

    /// Returns whether the word at `position` ends a phrase after which
    /// « de » opens an infinitive (« en train »).
    private func endsPhraseBeforeDe(_ words: [TaggedWord], _ position: Int) -> Bool {
        phrasesBeforeDe.contains { phrase in words.matches(phrase, endingAt: position) }
    }

    /// Returns whether `word` is a pronoun joined by a hyphen to the verb
    /// before it that is an object of the infinitive (« veuillez-en
    /// informer »).
    private func isHyphenatedObject(_ word: TaggedWord) -> Bool {
        guard word.form.hasPrefix("-"), word.partOfSpeech == .pron else { return false }
        return objectPronouns.contains(String(word.form.dropFirst()))
    }

    /// Returns whether `word` is a subject pronoun joined by a hyphen to
    /// the verb before it (« faudrait-il »).
    private func isHyphenatedSubject(_ word: TaggedWord) -> Bool {
        word.form.hasPrefix("-") && word.partOfSpeech == .pron && !isHyphenatedObject(word)
    }
}
