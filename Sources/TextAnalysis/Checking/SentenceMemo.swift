import Synchronization

/// A store of results derived from one sentence that several rules read.
/// Three agreement rules read the subject–verb links, so the links are
/// found once per sentence rather than once per rule.
///
/// Each value is stored under its type, so a type names one derivation.
/// Callers must compute a given type from the sentence alone, the same way
/// every time.
final class SentenceMemo: Sendable {
    private let values = Mutex<[ObjectIdentifier: any Sendable]>([:])

    /// Returns the stored value of type `Value`, or computes and stores it.
    /// Two threads that call this at once may both compute, and both get
    /// equal values.
    func value<Value: Sendable>(_ compute: () -> Value) -> Value {
        let key = ObjectIdentifier(Value.self)
        if let stored = values.withLock({ $0[key] }) as? Value {
            return stored
        }
        let computed = compute()
        values.withLock { $0[key] = computed }
        return computed
    }
}
