import Dispatch
import Synchronization

/// A resource loaded on first use, at most once, and then shared by all
/// threads: the thesaurus or the document-frequency table, which only some
/// analyses need and which would otherwise lengthen start-up.
///
/// Threads that ask while the load runs wait for it. A failed load is kept
/// and rethrown to every caller, so a broken file fails the same way each
/// time instead of being read again per request.
public final class LazyResource<Value: Sendable>: Sendable {
    private enum State {
        case pending(@Sendable () throws -> Value)
        case loaded(Result<Value, any Error>)
    }

    private let state: Mutex<State>

    /// Creates a resource that `load` produces on first use.
    public init(_ load: @escaping @Sendable () throws -> Value) {
        state = Mutex(.pending(load))
    }

    /// Creates a resource that is already loaded.
    public init(loaded value: Value) {
        state = Mutex(.loaded(.success(value)))
    }

    /// Returns the value, loading it on the first call.
    /// - Throws: the error of the load, on this and every later call.
    public func value() throws -> Value {
        try state.withLock { state in
            switch state {
            case .loaded(let result):
                return try result.get()
            case .pending(let load):
                let result = Result { try load() }
                state = .loaded(result)
                return try result.get()
            }
        }
    }

    /// Whether the load has run, successfully or not.
    public var isLoaded: Bool {
        state.withLock { state in
            if case .loaded = state { return true }
            return false
        }
    }

    /// Starts the load on a background queue, so that the first caller
    /// usually finds the value ready. Errors are kept for `value()`.
    public func prefetch(qos: DispatchQoS.QoSClass = .utility) {
        DispatchQueue.global(qos: qos).async {
            _ = try? self.value()
        }
    }
}
