import WritingModel

/// Findings of single sentences by sentence text, with bounded memory.
///
/// Two generations of at most `capacity` entries: when the newer one fills
/// up, the older one is dropped, so memory stays flat over a long session
/// while recently seen sentences stay cached.
struct SentenceFindingCache {
    let capacity: Int
    private var recent: [String: [Finding]] = [:]
    private var older: [String: [Finding]] = [:]

    init(capacity: Int = 512) {
        self.capacity = max(1, capacity)
    }

    /// Cached findings, with offsets relative to the sentence start.
    mutating func findings(for sentence: String) -> [Finding]? {
        if let hit = recent[sentence] { return hit }
        guard let hit = older[sentence] else { return nil }
        store(hit, for: sentence)
        return hit
    }

    mutating func store(_ findings: [Finding], for sentence: String) {
        if recent.count >= capacity {
            older = recent
            recent = [:]
        }
        recent[sentence] = findings
    }
}
