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
    /// Sorted by path and without repeats, so runs see the same order. A
    /// folder the walk cannot open is listed too, with its `listingError`,
    /// so that the scorer records it as a failure instead of skipping it.
    /// - Throws: `PlumeError.fileNotFound` for a path that does not exist.
    /// - Complexity: O(n log n) in the number of files.
    public static func list(_ paths: [String]) throws -> [BatchInput] {
        var found: [String: Int] = [:]
        var unlisted: [String: PlumeError] = [:]
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
            let (files, failures) = essayFiles(under: path)
            for file in files {
                found[file] = size(of: file)
            }
            unlisted.merge(failures) { first, _ in first }
        }
        let sources = Set(found.keys).union(unlisted.keys).sorted()
        return sources.map { source in
            BatchInput(
                source: source, byteCount: found[source] ?? 0, listingError: unlisted[source])
        }
    }

    /// Lists the essay files under `folder` and the folders the walk could not open.
    private static func essayFiles(under folder: String) -> ([String], [String: PlumeError]) {
        let root = URL(fileURLWithPath: folder)
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        // Keep paths as the user spelled the folder, so records stay
        // comparable between runs from the same directory.
        let spelled = { (url: URL) in
            url.path == root.path
                ? folder : prefix + url.path.dropFirst(root.path.count).drop { $0 == "/" }
        }
        var failures: [String: PlumeError] = [:]
        let walker = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey],
            options: [.skipsHiddenFiles]
        ) { url, error in
            // The underlying POSIX error reads "Permission denied".
            let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
            let reason = underlying?.localizedDescription ?? error.localizedDescription
            let path = spelled(url)
            failures[path] = .unreadableFolder(path: path, reason: reason)
            return true
        }
        guard let walker else {
            return ([], [folder: .unreadableFolder(path: folder, reason: "cannot be opened")])
        }
        var files: [String] = []
        for case let url as URL in walker {
            let kind = try? url.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
            guard essayExtensions.contains(url.pathExtension.lowercased()),
                kind?.isRegularFile == true || kind?.isSymbolicLink == true
            else { continue }
            files.append(spelled(url))
        }
        return (files, failures)
    }

    /// Returns the size of the file, or of the file a symbolic link points
    /// to, and 0 when it cannot be read.
    private static func size(of path: String) -> Int {
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        return ((try? FileManager.default.attributesOfItem(atPath: target))?[.size] as? Int) ?? 0
    }
}
