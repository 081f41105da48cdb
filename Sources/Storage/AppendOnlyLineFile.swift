import Foundation

/// A text file of one record per line, appended to by one process at a time.
///
/// Each record goes out in a single `write` of the whole line, newline
/// included, so a record is complete exactly when its newline is on disk.
/// Opening the file validates every line and truncates the torn tail a
/// killed run or a power cut can leave: an incomplete last line, and
/// rejected lines when no valid record follows them. A rejected line with
/// valid records after it is damage, not a torn tail, and is an error.
final class AppendOnlyLineFile {
    /// Path of the file.
    let path: String
    private var descriptor: Int32
    private let syncPolicy: FileSyncPolicy
    private var lastSync = DispatchTime.now()
    private var hasUnsyncedData = false

    /// Opens or creates `path` and takes an exclusive lock on it.
    /// - Throws: `StorageError.outputLocked` when another process has locked the
    ///   file, `StorageError.fileSystem` when it cannot be opened.
    init(path: String, syncPolicy: FileSyncPolicy) throws {
        self.path = path
        self.syncPolicy = syncPolicy
        descriptor = open(path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw StorageError.fileSystem(operation: "open", path: path, reason: Self.lastError)
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let busy = errno == EWOULDBLOCK
            let reason = Self.lastError
            Foundation.close(descriptor)
            throw busy
                ? StorageError.outputLocked(path: path)
                : StorageError.fileSystem(operation: "lock", path: path, reason: reason)
        }
    }

    deinit {
        if descriptor >= 0 {
            Foundation.close(descriptor)
        }
    }

    /// Calls `accept` with each complete line (without its newline) and its
    /// 1-based number, then truncates the file after the last line accepted.
    ///
    /// A file whose first line is rejected was not written by Plume, and
    /// is left alone: this throws instead. So does a file with no line
    /// break at all, unless `isPlausibleStart` recognises its bytes as the
    /// start of a record cut short, and a file where an accepted line
    /// follows a rejected one.
    /// - Returns: The number of bytes removed.
    /// - Throws: `StorageError.notResultFile` for another program's file,
    ///   `StorageError.corruptLine` for a rejected line before valid ones.
    /// - Complexity: O(n) in the size of the file; reads 1 MiB at a time.
    func recover(
        accepting accept: (ArraySlice<UInt8>, Int) -> Bool,
        isPlausibleStart: (ArraySlice<UInt8>) -> Bool
    ) throws -> Int {
        var validEnd = 0
        var pending: [UInt8] = []
        var offset = 0
        var lineNumber = 0
        var firstRejected: Int?
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = chunk.withUnsafeMutableBytes {
                pread(descriptor, $0.baseAddress, $0.count, off_t(offset))
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw StorageError.fileSystem(operation: "read", path: path, reason: Self.lastError)
            }
            if count == 0 { break }
            offset += count
            pending += chunk[0..<count]
            var lineStart = 0
            while let newline = pending[lineStart...].firstIndex(of: 0x0A) {
                lineNumber += 1
                if accept(pending[lineStart..<newline], lineNumber) {
                    if let firstRejected {
                        throw StorageError.corruptLine(path: path, line: firstRejected)
                    }
                    validEnd += newline + 1 - lineStart
                } else if lineNumber == 1 {
                    throw StorageError.notResultFile(path: path)
                } else if firstRejected == nil {
                    firstRejected = lineNumber
                }
                lineStart = newline + 1
            }
            pending.removeFirst(lineStart)
        }
        let size = try fileSize()
        if lineNumber == 0 && size > 0 && !isPlausibleStart(pending.prefix(256)) {
            throw StorageError.notResultFile(path: path)
        }
        if validEnd < size {
            guard ftruncate(descriptor, off_t(validEnd)) == 0, fsync(descriptor) == 0 else {
                throw StorageError.fileSystem(
                    operation: "truncate", path: path, reason: Self.lastError)
            }
        }
        return size - validEnd
    }

    /// Whether the file is empty.
    var isEmpty: Bool {
        get throws { try fileSize() == 0 }
    }

    /// Appends `line` and a newline in one `write`, then applies the sync policy.
    /// - Throws: `StorageError.fileSystem` when the disk is full or failing;
    ///   the partial line left behind is dropped when the file is reopened.
    func append(line: String) throws {
        var bytes = Array(line.utf8)
        precondition(!bytes.contains(0x0A), "a record must fit on one line")
        bytes.append(0x0A)
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes {
                write(descriptor, $0.baseAddress! + written, $0.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw StorageError.fileSystem(operation: "write", path: path, reason: Self.lastError)
            }
            written += result
        }
        hasUnsyncedData = true
        switch syncPolicy {
        case .everyRecord:
            try sync()
        case .interval(let seconds):
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - lastSync.uptimeNanoseconds)
            if elapsed / 1e9 >= seconds { try sync() }
        case .onClose:
            break
        }
    }

    /// Forces the file's data to the disk.
    func sync() throws {
        guard hasUnsyncedData else { return }
        guard fsync(descriptor) == 0 else {
            throw StorageError.fileSystem(operation: "fsync", path: path, reason: Self.lastError)
        }
        hasUnsyncedData = false
        lastSync = DispatchTime.now()
    }

    /// Syncs, unlocks and closes the file.
    func close() throws {
        guard descriptor >= 0 else { return }
        defer {
            Foundation.close(descriptor)
            descriptor = -1
        }
        try sync()
    }

    private func fileSize() throws -> Int {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw StorageError.fileSystem(operation: "stat", path: path, reason: Self.lastError)
        }
        return Int(status.st_size)
    }

    private static var lastError: String { String(cString: strerror(errno)) }
}
