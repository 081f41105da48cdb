import Synchronization

/// A thread-safe dictionary split into shards, each behind its own lock,
/// so that threads looking up different keys seldom touch the same lock.
///
/// With one lock, every lookup of every thread moves the lock's cache line
/// between cores. On the ELTeC novels with warm caches, two batch threads
/// spent about 4 % less CPU time with 64 shards than with one lock
/// (8 warm passes of each, alternately, on a busy 2-core machine).
final class ShardedCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    /// One shard, padded to a cache line of its own so that neighbouring
    /// shards in memory do not share one.
    private final class Shard: Sendable {
        let entries = Mutex<[Key: Value]>([:])
        private let padding: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) =
            (0, 0, 0, 0, 0, 0, 0, 0)
    }

    private let shards: [Shard]

    /// Creates an empty cache with `shardCount` shards (rounded up to a power of two).
    init(shardCount: Int = 64) {
        var count = 1
        while count < shardCount { count *= 2 }
        shards = (0..<count).map { _ in Shard() }
    }

    private func shard(for key: Key) -> Shard {
        shards[key.hashValue & (shards.count - 1)]
    }

    /// The cached value of `key`, if any.
    func value(for key: Key) -> Value? {
        shard(for: key).entries.withLock { $0[key] }
    }

    /// Caches `value` for `key`.
    func store(_ value: Value, for key: Key) {
        shard(for: key).entries.withLock { $0[key] = value }
    }
}
