import Foundation
import Lexicon
import Plume
import TextAnalysis

// Temporary probe; replaced by the benchmark suite.
func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}
let directory = try ResourceDirectory.locate()
var lexique: Lexique!
print("lexique", try seconds { lexique = try Lexique(resources: directory) })
print("hunspell", try seconds { _ = try SpellChecker() })
print("analyzer", try seconds { _ = try Analyzer() })
