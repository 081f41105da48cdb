import Foundation
import Synchronization
import WritingModel

/// French spelling through Hunspell, safe to share between threads.
///
/// Each thread borrows a Hunspell handle from a pool (about 12 MB and 40 ms
/// to create each), and answers are cached, so a word is looked up in
/// Hunspell once per process.
public final class SpellChecker: Sendable {
    /// Debian's French dictionary, installed by `hunspell-fr-comprehensive`.
    public static let defaultDictionary = "/usr/share/hunspell/fr"

    /// Dictionary path without the `.aff` / `.dic` extension.
    public let dictionaryPath: String
    private let pool: ObjectPool<HunspellHandle>
    private let spellCache = ShardedCache<String, Bool>()
    private let suggestionCache = Mutex<[String: [String]]>([:])

    /// Whether the dictionary accepts 1990-reform spellings (« reconnaitre »,
    /// « chaine ») as French schools do. False means the classical variant
    /// is installed instead of `hunspell-fr-comprehensive`.
    public let acceptsReformSpellings: Bool

    /// Loads `<dictionaryPath>.aff` and `<dictionaryPath>.dic`.
    /// - Throws: `LexiconError.fileNotFound` or `.dictionaryNotLoaded`.
    public init(dictionaryPath: String = SpellChecker.defaultDictionary) throws {
        for ext in ["aff", "dic"] where !FileManager.default.fileExists(
            atPath: "\(dictionaryPath).\(ext)")
        {
            throw LexiconError.fileNotFound(
                path: "\(dictionaryPath).\(ext)",
                hint: "install the French dictionary with "
                    + "`apt-get install hunspell-fr-comprehensive` or pass --dictionary")
        }
        self.dictionaryPath = dictionaryPath
        let first = try HunspellHandle(
            affixPath: "\(dictionaryPath).aff", dictionaryPath: "\(dictionaryPath).dic")
        // An empty, damaged or foreign dictionary loads without error but
        // would flag every word of a French text.
        let rejected = ["le", "de", "et", "maison", "être"].filter { !first.spell($0) }
        guard rejected.isEmpty else {
            throw LexiconError.notFrenchDictionary(path: dictionaryPath, rejected: rejected)
        }
        acceptsReformSpellings = first.spell("reconnaitre") && first.spell("chaine")
        let affix = "\(dictionaryPath).aff"
        let dictionary = "\(dictionaryPath).dic"
        pool = ObjectPool(initial: [first]) {
            try HunspellHandle(affixPath: affix, dictionaryPath: dictionary)
        }
    }

    /// Whether Hunspell accepts `word` as written.
    public func isCorrect(_ word: String) -> Bool {
        if let cached = spellCache.value(for: word) {
            return cached
        }
        let result = withHandle { $0.spell(word) }
        spellCache.store(result, for: word)
        return result
    }

    /// Hunspell's suggestions for `word`, in Hunspell's order.
    ///
    /// NOTE: Hunspell bounds its search by process CPU time, so when other
    /// threads are busy the list can come back shorter; the first answer is
    /// cached and reused for the life of the checker.
    public func suggestions(for word: String) -> [String] {
        if let cached = suggestionCache.withLock({ $0[word] }) {
            return cached
        }
        let result = withHandle { $0.suggest(word) }
        suggestionCache.withLock { $0[word] = result }
        return result
    }

    /// Hunspell's morphological analyses (`po:nom is:fem is:sg`).
    public func analyses(of word: String) -> [String] {
        withHandle { $0.analyze(word) }
    }

    /// Hunspell's stems of `word`.
    public func stems(of word: String) -> [String] {
        withHandle { $0.stem(word) }
    }

    private func withHandle<T>(_ body: (HunspellHandle) -> T) -> T {
        do {
            return try pool.withResource(body)
        } catch {
            // The same files loaded when the checker was created, so only
            // memory exhaustion gets here; there is no answer to give.
            fatalError("Hunspell could not load a second handle: \(error)")
        }
    }
}
