import Dispatch

/// Builds a value on a background thread while the caller loads other
/// resources, then hands it over.
final class BackgroundLoader<Value: Sendable>: @unchecked Sendable {
    // `outcome` is written once by the loading thread before `done` is
    // signalled, and read only after waiting on `done`.
    private var outcome: Result<Value, any Error>?
    private let done = DispatchSemaphore(value: 0)

    init(_ make: @escaping @Sendable () throws -> Value) {
        DispatchQueue.global().async {
            self.outcome = Result { try make() }
            self.done.signal()
        }
    }

    /// Returns the value, waiting for the background thread if needed.
    /// - Throws: what building the value threw.
    func wait() throws -> Value {
        done.wait()
        return try outcome!.get()
    }
}
