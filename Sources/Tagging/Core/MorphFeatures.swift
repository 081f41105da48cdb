import Lexicon

/// A bundle of Universal Dependencies morphological features, such as
/// `Gender=Fem|Number=Sing`, kept in the canonical order (sorted by name
/// without regard to case, as CoNLL-U requires).
///
/// An immutable class, so a tagged word holds one reference to its model's
/// shared bundle instead of copying arrays: equality and hashing compare
/// the features, never identity.
public final class MorphFeatures: Hashable, Sendable {
    /// One `Name=Value` pair.
    public struct Feature: Hashable, Sendable {
        /// Feature name (`Gender`, `Person[psor]`).
        public var name: String
        /// Feature value (`Fem`, `1`); multiple values stay comma-joined.
        public var value: String
    }

    /// Features in canonical order.
    public let features: [Feature]
    /// The CoNLL-U FEATS column: the pairs joined by `|`, or `_` when empty.
    public let conllu: String

    /// The empty bundle.
    public static let none = MorphFeatures(canonical: [])

    /// Creates a bundle from pairs in any order.
    public convenience init(_ features: [Feature]) {
        self.init(canonical: features.sorted { $0.name.lowercased() < $1.name.lowercased() })
    }

    private init(canonical: [Feature]) {
        features = canonical
        conllu =
            canonical.isEmpty
            ? "_" : canonical.map { "\($0.name)=\($0.value)" }.joined(separator: "|")
    }

    /// Parses a FEATS column (`_` or `Name=Value|Name=Value`), or returns nil
    /// when an item has no `=`.
    public convenience init?(conllu text: some StringProtocol) {
        if text == "_" || text.isEmpty {
            self.init(canonical: [])
            return
        }
        var parsed: [Feature] = []
        for item in text.split(separator: "|") {
            guard let equals = item.firstIndex(of: "="), equals != item.startIndex else {
                return nil
            }
            let value = item[item.index(after: equals)...]
            guard !value.isEmpty else { return nil }
            parsed.append(Feature(name: String(item[..<equals]), value: String(value)))
        }
        self.init(parsed)
    }

    /// Whether the bundle has no feature.
    public var isEmpty: Bool { features.isEmpty }

    /// The value of feature `name`, or nil when absent.
    public subscript(name: String) -> String? {
        features.first { $0.name == name }?.value
    }

    /// The bundle restricted to the features whose names pass `keep`.
    public func filtered(_ keep: (String) -> Bool) -> MorphFeatures {
        MorphFeatures(canonical: features.filter { keep($0.name) })
    }

    public static func == (lhs: MorphFeatures, rhs: MorphFeatures) -> Bool {
        lhs === rhs || lhs.conllu == rhs.conllu
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(conllu)
    }

    /// The bundle with feature `name` set to `value`, or removed when nil.
    public func setting(_ name: String, to value: String?) -> MorphFeatures {
        var pairs = features.filter { $0.name != name }
        if let value { pairs.append(Feature(name: name, value: value)) }
        return MorphFeatures(pairs)
    }
}

extension MorphFeatures {
    /// `Gender`, as Lexique's gender type.
    public var gender: Gender? {
        switch self["Gender"] {
        case "Masc": .masculine
        case "Fem": .feminine
        default: nil
        }
    }

    /// `Number`, as Lexique's number type.
    public var number: GrammaticalNumber? {
        switch self["Number"] {
        case "Sing": .singular
        case "Plur": .plural
        default: nil
        }
    }

    /// `Person`: 1, 2 or 3.
    public var person: Int? { self["Person"].flatMap { Int($0) } }

    /// `Tense`: `Pres`, `Past`, `Imp`, `Fut` or `Pqp`.
    public var tense: String? { self["Tense"] }

    /// `Mood`: `Ind`, `Sub`, `Imp` or `Cnd`.
    public var mood: String? { self["Mood"] }

    /// `VerbForm`: `Fin`, `Inf`, `Part` or `Ger`.
    public var verbForm: String? { self["VerbForm"] }

    /// Whether the word is a finite verb form (`VerbForm=Fin`).
    public var isFinite: Bool { verbForm == "Fin" }

    /// Whether the word is marked passive (`Voice=Pass`).
    public var isPassive: Bool { self["Voice"] == "Pass" }
}

extension MorphFeatures: CustomStringConvertible {
    public var description: String { conllu }
}
