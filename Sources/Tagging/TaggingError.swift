/// Errors raised while reading treebanks, loading or saving a tagger model,
/// or training one.
public enum TaggingError: Error, Equatable, CustomStringConvertible {
    /// A CoNLL-U file has a line that does not follow the format.
    case malformedCoNLLU(path: String, line: Int, reason: String)
    /// A file could not be read or written.
    case fileUnreadable(path: String, reason: String)
    /// The model file is missing.
    case modelNotFound(path: String)
    /// The model file does not start with the tagger's magic bytes.
    case notAModel(path: String)
    /// The model file was written by another format version.
    case unsupportedModelVersion(path: String, found: UInt32, expected: UInt32)
    /// The model file ends early or has an inconsistent section.
    case corruptModel(path: String, reason: String)
    /// Training got no usable sentence.
    case emptyTrainingData

    public var description: String {
        switch self {
        case .malformedCoNLLU(let path, let line, let reason):
            "\(path):\(line): \(reason)"
        case .fileUnreadable(let path, let reason):
            "cannot read or write \(path): \(reason)"
        case .modelNotFound(let path):
            "tagger model \(path) not found; train one with "
                + "`plume train-tagger` or restore lexicons/tagger/ from the repository"
        case .notAModel(let path):
            "\(path) is not a Plume tagger model (wrong magic bytes); "
                + "retrain it with `plume train-tagger`"
        case .unsupportedModelVersion(let path, let found, let expected):
            "tagger model \(path) has format version \(found), this build reads version "
                + "\(expected); retrain it with `plume train-tagger`"
        case .corruptModel(let path, let reason):
            "tagger model \(path) is truncated or corrupt (\(reason)); "
                + "retrain it with `plume train-tagger`"
        case .emptyTrainingData:
            "the training files contain no sentence; pass at least one CoNLL-U file with words"
        }
    }
}
