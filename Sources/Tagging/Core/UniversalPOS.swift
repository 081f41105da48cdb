/// The seventeen Universal Dependencies part-of-speech tags (UPOS).
public enum UniversalPOS: UInt8, CaseIterable, Sendable, Hashable, Codable {
    case adj, adp, adv, aux, cconj, det, intj, noun, num, part, pron, propn, punct, sconj,
        sym, verb, x

    /// The tag as CoNLL-U writes it (`NOUN`).
    public var name: String {
        switch self {
        case .adj: "ADJ"
        case .adp: "ADP"
        case .adv: "ADV"
        case .aux: "AUX"
        case .cconj: "CCONJ"
        case .det: "DET"
        case .intj: "INTJ"
        case .noun: "NOUN"
        case .num: "NUM"
        case .part: "PART"
        case .pron: "PRON"
        case .propn: "PROPN"
        case .punct: "PUNCT"
        case .sconj: "SCONJ"
        case .sym: "SYM"
        case .verb: "VERB"
        case .x: "X"
        }
    }

    /// Parses a CoNLL-U tag name, or returns nil for an unknown name.
    public init?(name: some StringProtocol) {
        guard let tag = Self.allCases.first(where: { $0.name == name }) else { return nil }
        self = tag
    }

    /// Whether the tag is a verb or an auxiliary.
    public var isVerbal: Bool { self == .verb || self == .aux }
}
