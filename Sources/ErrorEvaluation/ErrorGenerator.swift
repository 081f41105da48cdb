import Lexicon
import Tagging

/// Injects one realistic error into each treebank sentence, with its gold
/// correction, the same way for the same seed.
public struct ErrorGenerator: Sendable {
    private let injectors: [any ErrorInjector]

    /// Creates the generator.
    /// - Parameters:
    ///   - tables: The word lists under `lexicons/fr/evaluation/`.
    ///   - lexique: Lexique 3.83, for inflections and pronunciations.
    ///   - spellChecker: The dictionary a non-word must be absent from.
    public init(tables: ErrorTables, lexique: Lexique, spellChecker: SpellChecker) {
        let inflections = InflectionIndex(lexique: lexique)
        injectors = [
            NonWordInjector(tables: tables, lexique: lexique, spellChecker: spellChecker),
            HomophoneInjector(tables: tables),
            VerbFormInjector(inflections: inflections),
            NounPhraseAgreementInjector(inflections: inflections, lexique: lexique),
            SubjectVerbAgreementInjector(inflections: inflections, lexique: lexique),
            ParticipleAgreementInjector(inflections: inflections, lexique: lexique),
            ConjugationInjector(inflections: inflections, lexique: lexique),
            TypographyInjector(),
        ]
    }

    /// Returns every injection possible in `surface` for `category`, valid or not.
    func candidates(_ category: ErrorCategory, in surface: SentenceSurface) -> [Injection] {
        injectors.first { $0.category == category }?.injections(in: surface) ?? []
    }

    /// Corrupted copies of `surfaces`, one error each.
    ///
    /// Sentences are visited in an order drawn from `seed`. Each gets an
    /// error of the category that has the fewest so far among those the
    /// sentence allows, so rare categories (participles after « être »)
    /// get every sentence that allows them. Within a category, the kind of
    /// error (`subKind`) is drawn first, then the place, so that common
    /// kinds (keyboard slips) do not crowd out the others.
    /// - Parameter perCategory: Most errors per category; nil for no limit.
    /// - Complexity: O(n) in the words of `surfaces`.
    public func corrupt(_ surfaces: [SentenceSurface], seed: UInt64, perCategory: Int?)
        -> [EvaluationSentence]
    {
        var random = SeededGenerator(seed: seed)
        var counts: [ErrorCategory: Int] = [:]
        var result: [EvaluationSentence] = []
        for index in surfaces.indices.shuffled(using: &random) {
            let open = injectors.filter { counts[$0.category, default: 0] < perCategory ?? .max }
            if open.isEmpty { break }
            let surface = surfaces[index]
            var options = open.map { ($0, $0.injections(in: surface)) }.filter { !$0.1.isEmpty }
            while !options.isEmpty {
                let fewest = options.map { counts[$0.0.category, default: 0] }.min()!
                let tied = options.indices.filter { counts[options[$0].0.category, default: 0] == fewest }
                let choice = tied.randomElement(using: &random)!
                let (injector, injections) = options[choice]
                if let injection = draw(injections, injector, &random) {
                    let (text, error) = surface.applying(injection)
                    result.append(
                        EvaluationSentence(
                            id: "\(surface.identifier)#\(injector.category.rawValue)", text: text,
                            words: surface.wordCount, error: error))
                    counts[injector.category, default: 0] += 1
                    break
                }
                options.remove(at: choice)
            }
        }
        return result.sorted { $0.id < $1.id }
    }

    /// Draws a valid injection by kind, then by place, or returns nil when
    /// none is valid.
    private func draw(
        _ injections: [Injection], _ injector: any ErrorInjector,
        _ random: inout SeededGenerator
    ) -> Injection? {
        var byKind: [String: [Injection]] = [:]
        for injection in injections { byKind[injection.subKind, default: []].append(injection) }
        var kinds = byKind.keys.sorted()
        while !kinds.isEmpty {
            let kindIndex = Int.random(in: 0..<kinds.count, using: &random)
            var places = byKind[kinds[kindIndex]]!.shuffled(using: &random)
            while let place = places.popLast() {
                if injector.isValid(place) { return place }
            }
            kinds.remove(at: kindIndex)
        }
        return nil
    }
}
