import Dispatch
import Foundation
import Plume
import Synchronization

/// `plume serve`: JSON requests on standard input, JSON responses on
/// standard output, one per line, for servers written in other languages.
enum ServeCommand: Command {
    static let name = "serve"
    static let summary = "Answer JSON requests on stdin with JSON responses on stdout."
    static let usage = "serve [--jobs N] [--max-sessions N]"
    static let discussion = """
        Reads one JSON request per line ({"id": 1, "method": "analyze",
        "params": {"text": "…"}}) and writes one JSON response per line with the
        same id: {"id": 1, "result": …} or {"id": 1, "error": {"code", "message"}}.
        Methods: info, analyze, session.open, session.edit, session.event,
        session.flush, session.report, session.close, shutdown. Requests run on
        N threads, so responses may come out of order; requests on one session
        run in the order they arrive. Results use Plume's versioned JSON
        (docs/json-schema.md); the protocol is in docs/serve-protocol.md. Logs
        go to standard error and never contain the texts. The server stops at
        the end of its input or after a shutdown request, once every response
        is written.
        """

    static var options: [OptionSpec] {
        [
            .value(
                "jobs", "N",
                "Requests handled at once (default: the number of cores, \(ScoreCommand.defaultJobs))."),
            .value("max-sessions", "N", "Editing sessions open at once (default 10000)."),
            .value(
                "max-bytes", "N",
                "Largest text, prompt or keystroke log in a request, and largest text "
                    + "an editing session keeps, in bytes (default \(TextFile.defaultByteLimit))."),
        ] + AnalyzerOptions.specs
    }

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws -> ExitCode {
        guard arguments.positionals.isEmpty else {
            throw CommandError.usage("serve takes no file; send requests on standard input")
        }
        let jobs = try arguments.integer("jobs", in: 1...1024) ?? ScoreCommand.defaultJobs
        let maximumSessions = try arguments.integer("max-sessions", in: 1...10_000_000) ?? 10_000
        let byteLimit =
            try arguments.integer("max-bytes", in: 1...Int(Int32.max)) ?? TextFile.defaultByteLimit
        let analyzer = try AnalyzerOptions.makeAnalyzer(arguments, context: context)
        let handler = ServeHandler(
            analyzer: analyzer, maximumSessions: maximumSessions, textByteLimit: byteLimit)
        // A request holds a text and its JSON escapes: allow three times the
        // text limit, plus room for the other fields.
        let reader = BoundedLineReader(descriptor: 0, limit: 3 * byteLimit + 1_048_576)
        let server = ServeLoop(handler: handler, context: context, jobs: jobs)
        context.errors.write(
            "plume serve: ready (plume \(PlumeTool.version), protocol "
                + "\(ServeHandler.protocolVersion), \(jobs) jobs)\n")
        context.errors.flush()
        server.run(reader)
        return .success
    }
}

/// Reads requests, runs them on a bounded number of threads and writes
/// their responses.
final class ServeLoop: @unchecked Sendable {
    /// A session's serial queue and the number of its requests not yet finished.
    private struct SessionQueue {
        var queue: DispatchQueue
        var pending: Int
    }

    private let handler: ServeHandler
    private let context: CommandContext
    private let slots: DispatchSemaphore
    private let inFlight = DispatchGroup()
    private let workers = DispatchQueue(label: "plume.serve", attributes: .concurrent)
    // A queue lives while one of its session's requests is pending, so that
    // every request naming a session, a close and a reopen included, runs in
    // arrival order, and idle sessions hold no queue.
    private let sessionQueues = Mutex<[String: SessionQueue]>([:])
    private let counts = Mutex((requests: 0, errors: 0))

    init(handler: ServeHandler, context: CommandContext, jobs: Int) {
        self.handler = handler
        self.context = context
        slots = DispatchSemaphore(value: jobs)
    }

    /// Serves until the end of the input, a shutdown request or a closed output.
    func run(_ reader: BoundedLineReader) {
        reading: while let line = reader.next(), !isOutputClosed {
            switch line {
            case .tooLong(let bytes, let head):
                let error = ServeError(
                    code: .requestTooLarge,
                    message: "the request line has \(bytes) bytes; raise --max-bytes or send less")
                let id = RequestID.salvage(from: head)
                let response = ResponseLine<DoneResult>(id: id, result: nil, error: error)
                finish(ServeHandler.encode(response), id: id, method: nil, error: error)
            case .text(let text) where text.allSatisfy(\.isWhitespace):
                continue
            case .text(let text):
                let request = handler.prepare(text)
                if request.isShutdown {
                    inFlight.wait()
                    let (response, error) = request.run()
                    finish(response, id: request.id, method: request.method, error: error)
                    break reading
                }
                dispatch(request)
                continue
            }
        }
        inFlight.wait()
        let (requests, errors) = counts.withLock { ($0.requests, $0.errors) }
        context.errors.write("plume serve: stopped after \(requests) requests, \(errors) failed\n")
        context.errors.flush()
    }

    private func dispatch(_ request: ServeHandler.PreparedRequest) {
        slots.wait()
        inFlight.enter()
        let key = request.sessionKey
        let queue = key.map(acquireSessionQueue) ?? workers
        queue.async { [self] in
            let (response, error) = request.run()
            finish(response, id: request.id, method: request.method, error: error)
            if let key { releaseSessionQueue(key) }
            slots.signal()
            inFlight.leave()
        }
    }

    private func acquireSessionQueue(_ key: String) -> DispatchQueue {
        sessionQueues.withLock { queues in
            if var entry = queues[key] {
                entry.pending += 1
                queues[key] = entry
                return entry.queue
            }
            let queue = DispatchQueue(label: "plume.serve.session", target: workers)
            queues[key] = SessionQueue(queue: queue, pending: 1)
            return queue
        }
    }

    private func releaseSessionQueue(_ key: String) {
        sessionQueues.withLock { queues in
            guard var entry = queues[key] else { return }
            entry.pending -= 1
            queues[key] = entry.pending > 0 ? entry : nil
        }
    }

    /// Writes a response line and logs a failure, the first 100 of them and
    /// then one in 1000, so that a misbehaving client cannot flood the log.
    private func finish(_ response: String, id: RequestID?, method: String?, error: ServeError?) {
        context.output.write(response + "\n")
        context.output.flush()
        let (requests, errors) = counts.withLock { counts in
            counts.requests += 1
            if error != nil { counts.errors += 1 }
            return (counts.requests, counts.errors)
        }
        guard let error, errors <= 100 || errors % 1000 == 0 else { return }
        let name = id.map { "request \($0)" } ?? "request without id"
        context.errors.write(
            "plume serve: \(name) (\(method ?? "?")) failed: \(error.code.rawValue): "
                + "\(error.message) [\(errors) failures in \(requests) requests]\n")
        context.errors.flush()
    }

    private var isOutputClosed: Bool {
        (context.output as? FileOutputChannel)?.isBroken == true
    }
}
