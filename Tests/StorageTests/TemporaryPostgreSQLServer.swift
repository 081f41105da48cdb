import Foundation

/// A private PostgreSQL server for one test process: a fresh cluster in a
/// temporary folder, listening on a Unix socket only, stopped on `stop()`.
///
/// PostgreSQL refuses to run as root, so under root the server runs as the
/// `postgres` user that Debian's `postgresql` package creates.
final class TemporaryPostgreSQLServer {
    let directory: URL
    let binaries: URL
    let port = 54_329

    /// libpq connection string of the server's `postgres` database.
    var connectionString: String {
        "host=\(directory.path) port=\(port) user=plume dbname=postgres"
    }

    /// Creates and starts the cluster.
    /// - Throws: `SetupError` naming the missing binary or failed step.
    init() throws {
        let root = URL(fileURLWithPath: "/usr/lib/postgresql")
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        guard let version = versions.sorted().last else {
            throw SetupError(message: "no PostgreSQL server under /usr/lib/postgresql; install it with `apt-get install postgresql`")
        }
        binaries = root.appendingPathComponent(version).appendingPathComponent("bin")
        directory = URL(fileURLWithPath: "/tmp").appendingPathComponent(
            "plume-pg-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        if getuid() == 0 {
            try run("/bin/chown", ["postgres:postgres", directory.path], asServerUser: false)
        }
        let data = directory.appendingPathComponent("data").path
        try run(
            binaries.appendingPathComponent("initdb").path,
            ["-D", data, "-U", "plume", "-A", "trust", "--no-sync", "-E", "UTF8"])
        try run(
            binaries.appendingPathComponent("pg_ctl").path,
            [
                "-D", data, "-w", "-l", directory.appendingPathComponent("log").path, "-o",
                "-k \(directory.path) -p \(port) -c listen_addresses='' -c fsync=off", "start",
            ])
    }

    /// Stops the server at once and removes its files.
    func stop() {
        let data = directory.appendingPathComponent("data").path
        try? run(
            binaries.appendingPathComponent("pg_ctl").path, ["-D", data, "-m", "immediate", "stop"])
        try? FileManager.default.removeItem(at: directory)
    }

    struct SetupError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// Runs a program and waits for it with `posix_spawn` and `waitpid`.
    /// Foundation's `Process` is not used: it waits for descriptors the
    /// server started by pg_ctl inherits and keeps open, so it never returns.
    private func run(_ executable: String, _ arguments: [String], asServerUser: Bool = true) throws {
        var argv = [executable] + arguments
        if asServerUser && getuid() == 0 {
            argv = ["/usr/sbin/runuser", "-u", "postgres", "--"] + argv
        }
        let logPath = directory.appendingPathComponent("setup.log").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, logPath, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, nil, cArguments, environ)
        guard spawned == 0 else {
            throw SetupError(message: "cannot start \(argv[0]): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // WIFEXITED and WEXITSTATUS are macros Swift does not import.
        let exited = status & 0x7F == 0
        let code = (status >> 8) & 0xFF
        guard exited && code == 0 else {
            let log = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
            throw SetupError(message: "\(executable) failed (status \(status)): \(log)")
        }
    }
}
