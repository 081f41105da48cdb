/// The six criteria Plume judges a text and its writing process on.
///
/// Raw values are the stable JSON keys; `displayName` is what students read.
public enum Criterion: String, CaseIterable, Sendable, Codable, Hashable {
    case orthographe
    case syntaxe
    case vocabulaire
    case semantique
    case fluence
    case revision

    /// French name shown to students and teachers.
    public var displayName: String {
        switch self {
        case .orthographe: "Orthographe"
        case .syntaxe: "Syntaxe"
        case .vocabulaire: "Vocabulaire"
        case .semantique: "Sémantique"
        case .fluence: "Fluence d’écriture"
        case .revision: "Révision"
        }
    }

    /// Whether the French name is masculine (« le vocabulaire »), for
    /// agreement in reports; the others are feminine.
    public var isMasculine: Bool { self == .vocabulaire }

    /// Whether the criterion is measured from the keystroke log rather than
    /// from the text itself.
    public var needsKeystrokes: Bool {
        self == .fluence || self == .revision
    }
}
