import Synchronization

/// A thread-safe pool of reusable objects that must not be shared between
/// threads at once (ICU break iterators, Hunspell handles).
///
/// A caller borrows an object for the length of a closure; the pool creates
/// a new one when all are in use, so it grows to the number of threads that
/// use it concurrently and no further.
public final class ObjectPool<Resource: AnyObject>: @unchecked Sendable {
    // `idle` is only touched while `lock` is held, and each object goes to
    // one thread at a time: the invariant behind the unchecked Sendable.
    private let lock = Mutex(())
    private var idle: [Resource]
    private let make: @Sendable () throws -> Resource

    /// Creates a pool that builds objects with `make` when needed.
    public init(initial: [Resource] = [], make: @escaping @Sendable () throws -> Resource) {
        idle = initial
        self.make = make
    }

    /// Runs `body` with an object that no other thread uses meanwhile.
    /// - Throws: what `make` throws when a new object is needed, or what
    ///   `body` throws.
    public func withResource<T>(_ body: (Resource) throws -> T) throws -> T {
        let resource = try take() ?? make()
        defer { giveBack(resource) }
        return try body(resource)
    }

    private func take() -> Resource? {
        lock.withLock { _ in idle.popLast() }
    }

    private func giveBack(_ resource: Resource) {
        lock.withLock { _ in idle.append(resource) }
    }
}
