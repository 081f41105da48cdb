internal import CHunspell
import Synchronization

/// One Hunspell instance. Hunspell 1.7 handles are not thread-safe, so a
/// handle is used by one thread at a time (`SpellChecker` pools them).
final class HunspellHandle: @unchecked Sendable {
    /// Hunspell 1.7.1 updates a global counter without a lock when it
    /// creates or destroys a handle, so those calls are serialized.
    private static let lifecycleLock = Mutex(())

    private let handle: OpaquePointer

    init(affixPath: String, dictionaryPath: String) throws {
        let created = Self.lifecycleLock.withLock { _ in
            Hunspell_create(affixPath, dictionaryPath)
        }
        guard let created else {
            throw LexiconError.dictionaryNotLoaded(affix: affixPath, dictionary: dictionaryPath)
        }
        handle = created
    }

    deinit {
        Self.lifecycleLock.withLock { _ in Hunspell_destroy(handle) }
    }

    /// The dictionary's declared encoding (`SET` in the .aff file).
    var encoding: String {
        String(cString: Hunspell_get_dic_encoding(handle))
    }

    func spell(_ word: String) -> Bool {
        Hunspell_spell(handle, word) != 0
    }

    func suggest(_ word: String) -> [String] {
        collect { Hunspell_suggest(handle, $0, word) }
    }

    func analyze(_ word: String) -> [String] {
        collect { Hunspell_analyze(handle, $0, word) }
    }

    func stem(_ word: String) -> [String] {
        collect { Hunspell_stem(handle, $0, word) }
    }

    /// Calls a Hunspell function that fills a `char **` list, copies the
    /// strings and frees the list.
    private func collect(
        _ call: (UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> Int32
    ) -> [String] {
        var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = nil
        let count = call(&list)
        guard count > 0, let strings = list else { return [] }
        defer { Hunspell_free_list(handle, &list, count) }
        return (0..<Int(count)).compactMap { index in
            strings[index].map { String(cString: $0) }
        }
    }
}
