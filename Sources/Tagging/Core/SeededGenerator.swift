/// A SplitMix64 random number generator: the same seed gives the same
/// sequence on every platform, which keeps training reproducible.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates a generator from `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return FeatureKey.mix(state &- 0x9E37_79B9_7F4A_7C15)
    }
}
