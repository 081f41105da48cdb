import Foundation
import Tagging
import Testing
import WritingModel
import _TestSupport

@testable import ErrorEvaluation

/// The generator and the first 300 sentences of the Sequoia dev set, built
/// once for the suite.
enum GeneratorFixture {
    static let generator: ErrorGenerator = {
        let resources = Fixtures.analyzer.resources
        do {
            return ErrorGenerator(
                tables: try ErrorTables(directory: resources.directory),
                lexique: resources.lexique, spellChecker: resources.spellChecker)
        } catch {
            fatalError("lexicons/fr/evaluation/ is incomplete: \(error)")
        }
    }()

    static let surfaces: [SentenceSurface] = {
        let url = Fixtures.corpusURL("treebanks/fr_sequoia-ud-dev.conllu")
        guard let surfaces = try? EvaluationSets.surfaces([url]) else {
            fatalError("cannot read \(url.path)")
        }
        return Array(surfaces.prefix(300))
    }()

    static func cleanText(of sentence: EvaluationSentence) -> String? {
        let identifier = sentence.id.split(separator: "#").first.map(String.init)
        return surfaces.first { $0.identifier == identifier }?.text
    }
}

@Suite struct ErrorGeneratorTests {
    let generator = GeneratorFixture.generator
    let surfaces = GeneratorFixture.surfaces

    @Test func sameSeedSameErrors() {
        let first = generator.corrupt(surfaces, seed: 7, perCategory: 20)
        let second = generator.corrupt(surfaces, seed: 7, perCategory: 20)
        #expect(first == second)
        #expect(!first.isEmpty)
    }

    @Test func otherSeedOtherErrors() {
        let first = generator.corrupt(surfaces, seed: 7, perCategory: 20)
        let other = generator.corrupt(surfaces, seed: 8, perCategory: 20)
        #expect(first != other)
    }

    @Test func everyCategoryProducesErrors() {
        let corrupted = generator.corrupt(surfaces, seed: 1, perCategory: nil)
        for category in ErrorCategory.allCases {
            #expect(
                corrupted.contains { $0.error?.category == category },
                "no \(category.rawValue) error in 300 sentences")
        }
    }

    @Test func perCategoryLimitHolds() {
        let corrupted = generator.corrupt(surfaces, seed: 3, perCategory: 5)
        for category in ErrorCategory.allCases {
            #expect(corrupted.count { $0.error?.category == category } <= 5)
        }
        #expect(corrupted.count { $0.error?.category == .typography } == 5)
    }

    @Test func spansPointAtInjectedText() throws {
        for sentence in generator.corrupt(surfaces, seed: 1, perCategory: nil) {
            let error = try #require(sentence.error)
            let units = Array(sentence.text.utf16)
            let marked = String(decoding: units[error.span.start..<error.span.end], as: UTF16.self)
            #expect(marked == error.injected, "\(sentence.id)")
        }
    }

    @Test func correctingSpanGivesCleanSentence() throws {
        for sentence in generator.corrupt(surfaces, seed: 2, perCategory: nil) {
            let error = try #require(sentence.error)
            let units = Array(sentence.text.utf16)
            let repaired =
                String(decoding: units[..<error.span.start], as: UTF16.self) + error.correct
                + String(decoding: units[error.span.end...], as: UTF16.self)
            #expect(repaired == GeneratorFixture.cleanText(of: sentence), "\(sentence.id)")
        }
    }

    @Test func goldDiffersFromInjected() {
        for sentence in generator.corrupt(surfaces, seed: 4, perCategory: nil) {
            #expect(sentence.error?.injected != sentence.error?.correct, "\(sentence.id)")
        }
    }

    @Test func nonWordsAreUnknownToHunspell() {
        let checker = Fixtures.spellChecker
        let nonWords = generator.corrupt(surfaces, seed: 5, perCategory: nil)
            .compactMap(\.error).filter { $0.category == .nonWord }
        #expect(nonWords.count > 20)
        for error in nonWords {
            #expect(!checker.isCorrect(error.injected), "\(error.injected)")
            #expect(checker.isCorrect(error.correct), "\(error.correct)")
        }
    }

    @Test func realWordErrorsAreWords() {
        let checker = Fixtures.spellChecker
        let categories: Set<ErrorCategory> = [
            .verbForm, .agreementNounPhrase, .agreementSubjectVerb, .agreementParticiple,
            .conjugation,
        ]
        let errors = generator.corrupt(surfaces, seed: 6, perCategory: nil).compactMap(\.error)
            .filter { categories.contains($0.category) }
        #expect(errors.count > 20)
        for error in errors {
            #expect(checker.isCorrect(error.injected), "\(error.injected) is not a word")
        }
    }
}
