/// Errors raised while loading or querying lexical resources.
public enum LexiconError: Error, Equatable, CustomStringConvertible {
    /// No resource directory was found in any searched place.
    case resourcesNotFound(searched: [String])
    /// A resource file is missing.
    case fileNotFound(path: String, hint: String)
    /// A resource file has a line Plume cannot read.
    case malformedLine(path: String, line: Int, reason: String)
    /// Hunspell could not load a dictionary.
    case dictionaryNotLoaded(affix: String, dictionary: String)
    /// The dictionary loaded but rejects common French words, so it is not
    /// a French dictionary (or is empty or damaged).
    case notFrenchDictionary(path: String, rejected: [String])

    public var description: String {
        switch self {
        case .resourcesNotFound(let searched):
            "Plume's lexicons folder was not found (searched: \(searched.joined(separator: ", "))); "
                + "pass --resources DIR or set PLUME_RESOURCES to the folder that contains lexicons/"
        case .fileNotFound(let path, let hint):
            "resource file \(path) not found; \(hint)"
        case .malformedLine(let path, let line, let reason):
            "\(path):\(line): \(reason)"
        case .notFrenchDictionary(let path, let rejected):
            "the Hunspell dictionary \(path) rejects common French words "
                + "(\(rejected.joined(separator: ", "))); install hunspell-fr-comprehensive "
                + "or pass a French dictionary with --dictionary"
        case .dictionaryNotLoaded(let affix, let dictionary):
            "Hunspell could not load \(affix) and \(dictionary); "
                + "install them with `apt-get install hunspell-fr-comprehensive` "
                + "or pass --dictionary PATH_WITHOUT_EXTENSION"
        }
    }
}
