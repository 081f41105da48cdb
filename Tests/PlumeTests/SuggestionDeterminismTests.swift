import Dispatch
import Foundation
import Plume
import Synchronization
import Testing
import TextAnalysis
import _TestSupport

/// Suggestion lists must not depend on how many threads share the analyser:
/// the same student text gets the same advice on a busy server.
@Suite(.serialized) struct SuggestionDeterminismTests {
    /// Misspellings one edit away (Plume's candidate search) and farther
    /// (Hunspell's search): from the corpus's Wikipedia list and from the
    /// error generator's slips.
    static let misspellings = [
        "acenseur", "acqueux", "arrété", "atteind", "bijous", "bisoux", "brebi",
        "calin", "ceuillir", "concour", "corrolaire", "emental", "eménager", "exhaucer",
        "exsite", "genous", "incluera", "inégibilité", "résoud", "velour", "volontier",
        "giuvernement", "génoside", "sèrieux", "efort", "peche", "pance", "drole", "etant",
        "telecharger", "mainson", "aujourdhui", "nesessaire", "sinplement", "dévelopement",
    ]

    static func texts() -> [String] {
        misspellings.map { "Le professeur a écrit « \($0) » au tableau." }
    }

    /// Returns the suggestions of every unknown word of `texts`, text by text.
    static func suggestions(_ analyzer: Analyzer, _ texts: [String]) throws -> [[String]] {
        try texts.map { text in
            let context = AnalysisContext(
                document: try analyzer.resources.pipeline.document(for: text), prompt: nil,
                resources: analyzer.resources)
            return UnknownWordCheck().findings(in: context).findings.flatMap {
                [$0.shortMessage] + $0.replacements
            }
        }
    }

    @Test func sameSuggestionsFromFourThreads() throws {
        let texts = Self.texts()
        // Fresh analysers, so that no suggestion is cached before the race.
        let expected = try Self.suggestions(try Analyzer(), texts)
        for (index, list) in expected.enumerated() where list.count < 2 {
            Issue.record("« \(Self.misspellings[index]) » got no suggestion")
        }
        let shared = try Analyzer()
        let results = Mutex<[Int: [[String]]]>([:])
        DispatchQueue.concurrentPerform(iterations: 4) { thread in
            // Each thread starts at another text, so threads race on
            // different words at first and on the same words later.
            let rotated = Array(texts[(thread * 9)...] + texts[..<(thread * 9)])
            let lists = (try? Self.suggestions(shared, rotated)) ?? []
            let restored = Array(lists[(texts.count - thread * 9)...] + lists[..<(texts.count - thread * 9)])
            results.withLock { $0[thread] = restored }
        }
        for thread in 0..<4 {
            let lists = results.withLock { $0[thread] } ?? []
            #expect(lists.count == texts.count)
            for (index, list) in lists.enumerated() where list != expected[index] {
                Issue.record(
                    "thread \(thread), « \(Self.misspellings[index]) »: \(list) != \(expected[index])")
            }
        }
    }
}
