import Foundation
import Tagging

/// The two sets of an evaluation run: the clean treebank sentences and
/// their corrupted copies with the gold errors.
public struct EvaluationSets: Sendable {
    /// Clean sentences, in file order.
    public var clean: [EvaluationSentence]
    /// Corrupted copies, one error each, in identifier order.
    public var corrupted: [EvaluationSentence]

    /// Reads the CoNLL-U `files` and injects errors into their sentences.
    /// - Throws: `TaggingError` naming a missing file or a malformed line.
    public init(
        files: [URL], generator: ErrorGenerator, seed: UInt64, perCategory: Int?
    ) throws {
        let surfaces = try Self.surfaces(files)
        clean = surfaces.map {
            EvaluationSentence(id: $0.identifier, text: $0.text, words: $0.wordCount)
        }
        corrupted = generator.corrupt(surfaces, seed: seed, perCategory: perCategory)
    }

    /// Reads the sentences of `files` in French typography, each with an
    /// identifier unique within the run (a repeated `sent_id` gets `-2`,
    /// `-3`…).
    public static func surfaces(_ files: [URL]) throws -> [SentenceSurface] {
        var surfaces: [SentenceSurface] = []
        var seen: [String: Int] = [:]
        for file in files {
            let sentences = try CoNLLUReader.read(contentsOf: file)
            for (index, sentence) in sentences.enumerated() {
                var unique = sentence
                let identifier =
                    sentence.identifier ?? "\(file.lastPathComponent):\(index + 1)"
                let count = seen[identifier, default: 0] + 1
                seen[identifier] = count
                unique.identifier = count == 1 ? identifier : "\(identifier)-\(count)"
                surfaces.append(SentenceSurface(unique, fallbackIdentifier: identifier))
            }
        }
        return surfaces
    }
}

/// Writes evaluation sets and findings as JSON lines, so that a peer tool
/// checks exactly the same text and is scored the same way.
public enum EvaluationExport {
    /// File names written by `write`.
    public static let cleanFile = "clean.jsonl"
    public static let corruptedFile = "corrupted.jsonl"
    public static let cleanFindingsFile = "plume-clean-findings.jsonl"
    public static let corruptedFindingsFile = "plume-corrupted-findings.jsonl"

    /// Writes the sets and Plume's findings into `directory`, creating it.
    /// - Throws: Foundation's error when the folder or a file cannot be written.
    public static func write(
        _ sets: EvaluationSets, cleanFindings: [SentenceFindings],
        corruptedFindings: [SentenceFindings], to directory: URL
    ) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try lines(sets.clean).write(
            to: directory.appendingPathComponent(cleanFile), atomically: true, encoding: .utf8)
        try lines(sets.corrupted).write(
            to: directory.appendingPathComponent(corruptedFile), atomically: true, encoding: .utf8)
        try lines(cleanFindings).write(
            to: directory.appendingPathComponent(cleanFindingsFile), atomically: true,
            encoding: .utf8)
        try lines(corruptedFindings).write(
            to: directory.appendingPathComponent(corruptedFindingsFile), atomically: true,
            encoding: .utf8)
    }

    /// Encodes each value as one JSON object per line, keys sorted.
    public static func lines(_ values: [some Encodable]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var text = ""
        for value in values {
            text += String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
        }
        return text
    }
}
