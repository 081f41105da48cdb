import Foundation

/// Lists the essay files of a corpus from paths given by a user.
public enum CorpusFiles {
    /// File extensions taken from folders; a file named explicitly is taken
    /// whatever its extension.
    public static let essayExtensions: Set<String> = ["txt"]

    /// The files under `paths`: each file as given, and every `.txt` file
    /// under each folder, recursively, hidden files and folders left out.
    /// A symbolic link named `.txt` is listed whatever it points to, so
    /// that a broken link is recorded as a failure rather than skipped.
    /// Sorted by path and without repeats, so runs see the same order.
    /// - Throws: `PlumeError.fileNotFound` for a path that does not exist.
    /// - Complexity: O(n log n) in the number of files.
    public static func list(_ paths: [String]) throws -> [BatchInput] {
        var found: [String: Int] = [:]
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw PlumeError.fileNotFound(path: path)
            }
            if !isDirectory.boolValue {
                found[path] = size(of: path)
                continue
            }
            for file in essayFiles(under: path) {
                found[file] = size(of: file)
            }
        }
        return found.keys.sorted().map { BatchInput(source: $0, byteCount: found[$0] ?? 0) }
    }

    private static func essayFiles(under folder: String) -> [String] {
        let root = URL(fileURLWithPath: folder)
        guard
            let walker = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey],
                options: [.skipsHiddenFiles])
        else { return [] }
        var files: [String] = []
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        for case let url as URL in walker {
            let kind = try? url.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
            guard essayExtensions.contains(url.pathExtension.lowercased()),
                kind?.isRegularFile == true || kind?.isSymbolicLink == true
            else { continue }
            // Keep the path as the user spelled the folder, so records stay
            // comparable between runs from the same directory.
            let relative = url.path.dropFirst(root.path.count).drop { $0 == "/" }
            files.append(prefix + relative)
        }
        return files
    }

    /// Returns the size of the file, or of the file a symbolic link points
    /// to, and 0 when it cannot be read.
    private static func size(of path: String) -> Int {
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        return ((try? FileManager.default.attributesOfItem(atPath: target))?[.size] as? Int) ?? 0
    }
}
