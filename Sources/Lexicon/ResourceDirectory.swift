import Foundation

/// The folder that contains Plume's `lexicons/` data (Lexique, word lists,
/// models) and, in a checkout, `corpora/`.
public struct ResourceDirectory: Sendable, Hashable {
    /// Environment variable that overrides the search.
    public static let environmentVariable = "PLUME_RESOURCES"

    /// The folder that contains `lexicons/`.
    public let root: URL

    /// Uses `root` as the resource folder without checking it.
    public init(root: URL) {
        self.root = root
    }

    /// URL of a file or folder under `lexicons/`.
    public func lexicon(_ relativePath: String) -> URL {
        root.appendingPathComponent("lexicons").appendingPathComponent(relativePath)
    }

    /// Finds the resource folder.
    ///
    /// Searches, in order: `explicitPath`; `$PLUME_RESOURCES`; the folders
    /// above the running executable (a SwiftPM build sits in `.build/` of the
    /// checkout); the folders above the working directory; and the install
    /// prefixes `/usr/local/share/plume` and `/usr/share/plume`.
    /// - Throws: `LexiconError.resourcesNotFound` listing the places searched.
    public static func locate(explicitPath: String? = nil) throws -> ResourceDirectory {
        if let explicitPath {
            let url = URL(fileURLWithPath: explicitPath)
            guard containsLexicons(url) else {
                throw LexiconError.resourcesNotFound(searched: [explicitPath])
            }
            return ResourceDirectory(root: url)
        }
        var searched: [String] = []
        for candidate in candidates() {
            searched.append(candidate.path)
            if containsLexicons(candidate) {
                return ResourceDirectory(root: candidate)
            }
        }
        throw LexiconError.resourcesNotFound(searched: deduplicated(searched))
    }

    private static func candidates() -> [URL] {
        var result: [URL] = []
        if let value = ProcessInfo.processInfo.environment[environmentVariable], !value.isEmpty {
            result.append(URL(fileURLWithPath: value))
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? ".")
            .resolvingSymlinksInPath()
        result += ancestors(of: executable.deletingLastPathComponent())
        result += ancestors(of: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        result.append(URL(fileURLWithPath: "/usr/local/share/plume"))
        result.append(URL(fileURLWithPath: "/usr/share/plume"))
        return result
    }

    private static func ancestors(of start: URL) -> [URL] {
        var result: [URL] = []
        var current = start.standardizedFileURL
        for _ in 0..<8 {
            result.append(current)
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { break }
            current = parent
        }
        return result
    }

    private static func containsLexicons(_ root: URL) -> Bool {
        let marker = root.appendingPathComponent("lexicons/lexique383/lexique383_selected.tsv")
        return FileManager.default.fileExists(atPath: marker.path)
    }

    private static func deduplicated(_ paths: [String]) -> [String] {
        var seen = Set<String>()
        return paths.filter { seen.insert($0).inserted }
    }
}
