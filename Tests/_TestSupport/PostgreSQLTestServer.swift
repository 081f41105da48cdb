import Foundation

/// A throwaway PostgreSQL server for tests: a new cluster in a temporary
/// folder, reachable only through a Unix socket in that folder, removed by
/// `stop()`.
///
/// The binaries come from Debian's `postgresql` package. PostgreSQL refuses
/// to run as root, so as root the cluster belongs to the `postgres` user and
/// its commands run through `runuser`.
public final class PostgreSQLTestServer {
    /// libpq connection string of the running server.
    public let connectionString: String
    private let folder: URL
    private let binaries: URL

    /// Why tests cannot start a server here, or nil when they can.
    public static let unavailableReason: String? = {
        guard binaryFolder != nil else {
            return "PostgreSQL server binaries not found; install Debian's postgresql package"
        }
        if getuid() == 0 && getpwnam("postgres") == nil {
            return "running as root without a postgres user to run the server as"
        }
        return nil
    }()

    /// The newest `/usr/lib/postgresql/N/bin` that has `initdb` and `pg_ctl`.
    static let binaryFolder: URL? = {
        let root = URL(fileURLWithPath: "/usr/lib/postgresql")
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return versions.compactMap(Int.init).sorted(by: >).map {
            root.appendingPathComponent("\($0)/bin")
        }.first {
            FileManager.default.isExecutableFile(atPath: $0.appendingPathComponent("pg_ctl").path)
                && FileManager.default.isExecutableFile(atPath: $0.appendingPathComponent("initdb").path)
        }
    }()

    /// Creates a cluster and starts its server.
    /// - Throws: `FixtureError` with the command's output when a step fails.
    public init() throws {
        guard let binaries = Self.binaryFolder else {
            throw FixtureError.missing("PostgreSQL server binaries")
        }
        self.binaries = binaries
        folder = URL(fileURLWithPath: "/tmp/plume-pg-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if getuid() == 0 {
            try FileManager.default.setAttributes(
                [.ownerAccountName: "postgres"], ofItemAtPath: folder.path)
        }
        let data = folder.appendingPathComponent("data").path
        try Self.run(
            binaries, folder, "initdb",
            ["-D", data, "-U", "plume", "-A", "trust", "-E", "UTF8", "--no-sync"])
        try Self.run(
            binaries, folder, "pg_ctl",
            ["-D", data, "-l", folder.appendingPathComponent("server.log").path, "-w", "-o",
             "-k \(folder.path) -c listen_addresses= -p 5432 -c fsync=off", "start"])
        connectionString = "host=\(folder.path) port=5432 user=plume dbname=postgres"
    }

    /// A `postgresql://` URI of `database` on this server, as `plume` takes it.
    public func uri(database: String) -> String {
        let socket = folder.path.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? folder.path
        return "postgresql://plume@/\(database)?host=\(socket)&port=5432"
    }

    /// Stops the server at once and removes its folder.
    public func stop() {
        let data = folder.appendingPathComponent("data").path
        try? Self.run(binaries, folder, "pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"])
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs `tool` to its end with posix_spawn and waitpid, its output in
    /// `commands.log`. Foundation's Process is not used here: it did not
    /// notice `runuser` exiting once `pg_ctl` had left a server running.
    private static func run(_ binaries: URL, _ folder: URL, _ tool: String, _ arguments: [String])
        throws
    {
        let executable = binaries.appendingPathComponent(tool).path
        let command =
            getuid() == 0
            ? ["/usr/sbin/runuser", "-u", "postgres", "--", executable] + arguments
            : [executable] + arguments
        let log = folder.appendingPathComponent("commands.log").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_APPEND, 0o666)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var argv = command.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, command[0], &actions, nil, &argv, environ)
        guard spawned == 0 else {
            throw FixtureError.missing("\(command[0]) (posix_spawn failed: \(spawned))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // A normal exit leaves the status in bits 8 to 15 and zero below.
        guard status & 0x7F == 0, (status >> 8) & 0xFF == 0 else {
            let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            throw FixtureError.missing("a working \(tool) (wait status \(status)): \(output)")
        }
    }
}
