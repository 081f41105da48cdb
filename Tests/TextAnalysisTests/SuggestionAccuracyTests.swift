import Foundation
import Lexicon
import Tagging
import Testing
import WritingModel
import _TestSupport

@testable import TextAnalysis

/// Non-word errors injected into development treebank sentences, for
/// tuning the suggestion ranker: how often the first suggestion, given in
/// context, is the word the sentence had.
///
/// A tuning aid, not the evaluation: `plume eval-errors` measures on the
/// held-out Sequoia test file.
struct NonWordErrorSampler {
    enum Kind: String, CaseIterable {
        case accent, phonetic, keyboard
    }

    /// Sound-preserving respellings students make (grapheme → grapheme).
    static let respellings: [(String, String)] = [
        ("en", "an"), ("an", "en"), ("ai", "è"), ("ai", "é"), ("è", "ai"), ("ê", "ai"),
        ("é", "er"), ("é", "ai"), ("au", "o"), ("eau", "o"), ("ph", "f"),
        ("qu", "k"), ("c", "k"), ("ç", "ss"), ("ss", "s"), ("s", "ss"), ("tt", "t"), ("ll", "l"),
        ("mm", "m"), ("nn", "n"), ("pp", "p"), ("rr", "r"), ("ff", "f"), ("in", "ain"),
        ("ain", "in"), ("ein", "in"), ("ge", "je"), ("gi", "ji"), ("tion", "sion"), ("x", "ks"),
        ("y", "i"), ("h", ""), ("ent", "ant"), ("ant", "ent"), ("om", "on"), ("em", "en"),
        ("é", "ez"), ("ais", "é"), ("ait", "é"), ("oi", "oa"), ("gu", "g"), ("ille", "ye"),
    ]

    static let azertyRows = ["azertyuiop", "qsdfghjklm", "wxcvbn"]

    var generator = SeededGenerator(seed: 4)

    /// A misspelling of `word` of `kind`, or nil when the word does not lend itself to it.
    mutating func misspell(_ word: String, as kind: Kind) -> String? {
        switch kind {
        case .accent:
            let folded = String(word.map(SpellingDistanceProbe.base))
            return folded == word ? nil : folded
        case .phonetic:
            let options = Self.respellings.filter { word.contains($0.0) }
            guard let (from, to) = options.randomElement(using: &generator),
                let range = word.range(of: from)
            else { return nil }
            return word.replacingCharacters(in: range, with: to)
        case .keyboard:
            var letters = Array(word)
            let index = Int.random(in: 0..<letters.count, using: &generator)
            let neighbours = Self.neighbours(of: letters[index])
            guard let replacement = neighbours.randomElement(using: &generator) else { return nil }
            switch Int.random(in: 0..<4, using: &generator) {
            case 0: letters.remove(at: index)
            case 1: letters.insert(replacement, at: index)
            case 2 where index + 1 < letters.count: letters.swapAt(index, index + 1)
            default: letters[index] = replacement
            }
            return String(letters)
        }
    }

    static func neighbours(of letter: Character) -> [Character] {
        var found: [Character] = []
        for (row, keys) in azertyRows.enumerated() {
            let keys = Array(keys)
            guard let column = keys.firstIndex(of: letter) else { continue }
            if column > 0 { found.append(keys[column - 1]) }
            if column + 1 < keys.count { found.append(keys[column + 1]) }
            for other in [row - 1, row + 1] where azertyRows.indices.contains(other) {
                let otherKeys = Array(azertyRows[other])
                for shift in [-1, 0] {
                    let target = other > row ? column + shift : column - shift
                    if otherKeys.indices.contains(target) { found.append(otherKeys[target]) }
                }
            }
        }
        return found
    }
}

enum SpellingDistanceProbe {
    static func base(_ character: Character) -> Character {
        let decomposed = String(character).decomposedStringWithCanonicalMapping
        return decomposed.unicodeScalars.first.map { Character($0) } ?? character
    }
}

@Suite struct SuggestionAccuracyTests {
    struct Sample {
        var kind: NonWordErrorSampler.Kind
        var wrong: String
        var original: String
        var expectation: ContextExpectation?
        var isFlagged: Bool
    }

    /// Injects one error into each of the first `limit` sentences of a
    /// development treebank and reads the context the checker sees.
    func samples(_ file: String, limit: Int) throws -> [Sample] {
        let sentences = try CoNLLUReader.read(contentsOf: Fixtures.corpusURL("treebanks/\(file)"))
        var sampler = NonWordErrorSampler()
        var samples: [Sample] = []
        let checker = Fixtures.spellChecker
        let resources = Fixtures.analyzer.resources
        for (number, sentence) in sentences.enumerated() where number < limit {
            let kind = NonWordErrorSampler.Kind.allCases[number % 3]
            let candidates = sentence.tokens.indices.filter { index in
                let token = sentence.tokens[index]
                return !token.isMultiword && token.form.count >= 3
                    && token.form.allSatisfy(\.isLetter) && token.form.first!.isLowercase
                    && sentence.words[token.words.lowerBound].partOfSpeech != .propn
            }
            guard let target = candidates.randomElement(using: &sampler.generator) else { continue }
            let original = sentence.tokens[target].form
            guard let wrong = sampler.misspell(original, as: kind), !checker.isCorrect(wrong)
            else { continue }
            var tokens = sentence.tokens
            tokens[target].form = wrong
            let text = AnnotatedSentence(tokens: tokens, words: sentence.words).text
            var offset = 0
            for token in tokens[..<target] {
                offset += token.form.utf16.count + (token.isFollowedBySpace ? 1 : 0)
            }
            let context = try Fixtures.context(text)
            let findings = UnknownWordCheck().findings(in: context).findings
            guard let tokenIndex = context.document.tokens.firstIndex(where: { $0.span.start == offset }),
                let sentenceIndex = context.document.sentences.firstIndex(where: {
                    $0.tokenRange.contains(tokenIndex)
                })
            else { continue }
            samples.append(
                Sample(
                    kind: kind, wrong: wrong, original: original,
                    expectation: resources.contextCues.expectation(
                        atToken: tokenIndex, sentence: sentenceIndex, in: context),
                    isFlagged: findings.contains { $0.span.start == offset }))
        }
        return samples
    }

    static let developmentSamples: [Sample] = {
        let test = SuggestionAccuracyTests()
        let sequoia = (try? test.samples("fr_sequoia-ud-dev.conllu", limit: 1_200)) ?? []
        let gsd = (try? test.samples("fr_gsd-ud-dev.conllu", limit: 1_200)) ?? []
        return sequoia + gsd
    }()

    func accuracy(_ samples: [Sample], suggester: SpellingSuggester, printing: Bool = false)
        -> Double
    {
        var hits = 0
        var byKind: [String: (Int, Int)] = [:]
        for sample in samples {
            let first = suggester.suggestions(for: sample.wrong, expectation: sample.expectation).first
            let hit = sample.isFlagged && first == sample.original
            hits += hit ? 1 : 0
            byKind[sample.kind.rawValue, default: (0, 0)].0 += hit ? 1 : 0
            byKind[sample.kind.rawValue, default: (0, 0)].1 += 1
            if printing && !hit {
                print("  \(sample.kind) \(sample.wrong) → \(first ?? "-") want \(sample.original) \(String(describing: sample.expectation))")
            }
        }
        if printing { print(byKind) }
        return Double(hits) / Double(max(samples.count, 1))
    }

    @Test func topSuggestionOnDevelopmentTreebanks() throws {
        let samples = Self.developmentSamples
        let suggester = try Fixtures.analyzer.resources.spellingSuggester.value()
        let score = accuracy(samples, suggester: suggester, printing: true)
        print("top-1 \(score) on \(samples.count) errors")
        #expect(samples.count > 900)
        #expect(score >= 0.85)
    }

    @Test(.disabled(if: ProcessInfo.processInfo.environment["PLUME_TUNE"] == nil))
    func tuneWeights() throws {
        let samples = Self.developmentSamples
        let base = try Fixtures.analyzer.resources.spellingSuggester.value()
        var weights = base.weights
        let grid: [(String, WritableKeyPath<SuggestionRanker.Weights, Double>, [Double])] = [
            ("frequency", \.frequency, [0.15, 0.2, 0.25, 0.3, 0.4]),
            ("homophoneBase", \.homophoneBase, [0.3, 0.5, 0.7, 0.9]),
            ("homophoneSlope", \.homophoneSlope, [0.1, 0.25, 0.4]),
            ("cueContext", \.cueContext, [0.5, 0.8, 1.2, 1.6]),
            ("taggerContext", \.taggerContext, [0, 0.15, 0.3, 0.5, 0.8]),
        ]
        for _ in 0..<2 {
            for (name, path, values) in grid {
                var best = (weights[keyPath: path], -1.0)
                for value in values {
                    var trial = weights
                    trial[keyPath: path] = value
                    let score = accuracy(samples, suggester: base.withWeights(trial))
                    print("\(name)=\(value): \(score)")
                    if score > best.1 { best = (value, score) }
                }
                weights[keyPath: path] = best.0
            }
        }
        print("best weights \(weights)")
    }
}
