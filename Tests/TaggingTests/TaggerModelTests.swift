import Foundation
import Testing
import WritingModel
import _TestSupport

@testable import Tagging

@Suite struct TaggerModelTests {
    func temporaryURL(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent(
            "plume-tagger-\(UUID().uuidString)-\(name)")
    }

    var shippedModelURL: URL { Fixtures.resources.lexicon(TaggerModel.relativePath) }

    @Test func missingModelNamed() {
        let url = temporaryURL("missing.bin")
        #expect(throws: TaggingError.modelNotFound(path: url.path)) {
            try TaggerModel.load(contentsOf: url)
        }
    }

    @Test func wrongMagicRejected() throws {
        let url = temporaryURL("text.bin")
        try Data("PLUMEXXX this is not a model".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: TaggingError.notAModel(path: url.path)) {
            try TaggerModel.load(contentsOf: url)
        }
    }

    @Test func otherVersionRejected() throws {
        var bytes = [UInt8](try Data(contentsOf: shippedModelURL))
        bytes[8] = 99
        let url = temporaryURL("version.bin")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(
            throws: TaggingError.unsupportedModelVersion(
                path: url.path, found: 99, expected: TaggerModel.formatVersion)
        ) {
            try TaggerModel.load(contentsOf: url)
        }
    }

    @Test(arguments: [12, 1_000, 2_000_000, 7_000_000])
    func truncatedModelRejected(length: Int) throws {
        let bytes = [UInt8](try Data(contentsOf: shippedModelURL))
        let url = temporaryURL("cut.bin")
        try Data(bytes.prefix(min(length, bytes.count - 1))).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect {
            try TaggerModel.load(contentsOf: url)
        } throws: { error in
            guard case .corruptModel(let path, _) = error as? TaggingError else { return false }
            return path == url.path
        }
    }

    @Test func errorMessagesSayHowToFix() {
        let errors: [TaggingError] = [
            .modelNotFound(path: "m.bin"), .notAModel(path: "m.bin"),
            .unsupportedModelVersion(path: "m.bin", found: 2, expected: 1),
            .corruptModel(path: "m.bin", reason: "file ends inside a string at byte 9"),
        ]
        for error in errors {
            #expect(error.description.contains("m.bin"))
            #expect(error.description.contains("train-tagger"))
        }
    }

    /// Sequoia test is never used in training; these are the accuracy
    /// targets the shipped model must keep.
    @Test func shippedModelReachesTargetsOnSequoiaTest() throws {
        let gold = try TaggerFixture.treebank("fr_sequoia-ud-test.conllu")
        let result = TaggerFixture.tagger.evaluate(on: gold)
        #expect(result.words == 10_044)
        #expect(result.upos >= 0.97)
        #expect(result.ufeats >= 0.94)
        #expect(result.lemma >= 0.97)
    }

    @Test func trainingIsReproducibleAndModelsRoundTrip() throws {
        let sentences = Array(try TaggerFixture.treebank("fr_sequoia-ud-train.conllu").prefix(300))
        let options = TaggerTrainingOptions(tokenEpochs: 2, morphEpochs: 2)
        let trainer = TaggerTrainer(lexique: Fixtures.lexique, options: options)
        let first = try trainer.train(on: sentences)
        let second = try trainer.train(on: sentences)
        let firstURL = temporaryURL("first.bin")
        let secondURL = temporaryURL("second.bin")
        defer {
            try? FileManager.default.removeItem(at: firstURL)
            try? FileManager.default.removeItem(at: secondURL)
        }
        try first.write(to: firstURL)
        try second.write(to: secondURL)
        #expect(try Data(contentsOf: firstURL) == Data(contentsOf: secondURL))

        let loaded = FrenchTagger(model: try TaggerModel.load(contentsOf: firstURL))
        let original = FrenchTagger(model: first)
        let tokens = try Fixtures.pipeline.tokens(of: "Les élèves du lycée ont rendu leurs copies.")
        #expect(loaded.tag(tokens[...]) == original.tag(tokens[...]))
    }

    @Test func emptyTrainingDataRejected() {
        #expect(throws: TaggingError.emptyTrainingData) {
            try TaggerTrainer(lexique: Fixtures.lexique).train(on: [])
        }
    }
}

@Suite struct MorphFeaturesTests {
    @Test func canonicalOrderIgnoresCase() throws {
        let features = try #require(MorphFeatures(conllu: "Number=Sing|Gender=Fem|NumType=Card"))
        #expect(features.conllu == "Gender=Fem|Number=Sing|NumType=Card")
        #expect(features.gender == .feminine)
        #expect(features.number == .singular)
    }

    @Test(arguments: ["Gender", "=Fem", "Gender=", "Gender=Fem|Number"])
    func malformedFeatsRejected(text: String) {
        #expect(MorphFeatures(conllu: text) == nil)
    }

    @Test func emptyBundleWritesUnderscore() throws {
        #expect(try #require(MorphFeatures(conllu: "_")).conllu == "_")
        #expect(MorphFeatures.none.isEmpty)
    }
}

@Suite struct CaseFoldingTests {
    @Test(arguments: [
        ("École", "école"), ("ÉTÉ", "été"), ("ŒUVRE", "œuvre"), ("Ça", "ça"), ("DÉJÀ", "déjà"),
    ])
    func foldsFrenchCapitals(input: String, expected: String) {
        #expect(CaseFolding.fold(input) == expected)
    }

    @Test func formIndexFindsCapitalizedForms() {
        let index = FormIndex(folded: [Array("école".utf8), Array("été".utf8)])
        #expect(index.id(of: "ÉCOLE") == 0)
        #expect(index.id(of: "Été") == 1)
        #expect(index.id(of: "étés") == nil)
    }
}
