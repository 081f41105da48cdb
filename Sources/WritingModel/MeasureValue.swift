/// The value of one measure in a criterion report.
///
/// Encodes as a plain JSON value. `undefined` encodes as `null`: Plume
/// reports a measure it could not compute instead of inventing a number,
/// and non-finite numbers are reported the same way.
public indirect enum MeasureValue: Sendable, Hashable {
    case integer(Int)
    case number(Double)
    case text(String)
    case flag(Bool)
    case list([MeasureValue])
    case record([String: MeasureValue])
    case undefined

    /// The value as a Double when it is numeric and defined.
    public var doubleValue: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .number(let value): value.isFinite ? value : nil
        default: nil
        }
    }

    /// A number, or `undefined` when `value` is nil or not finite.
    public static func number(_ value: Double?) -> MeasureValue {
        guard let value, value.isFinite else { return .undefined }
        return .number(value)
    }
}

extension MeasureValue: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .undefined
        } else if let value = try? container.decode(Bool.self) {
            self = .flag(value)
        } else if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .text(value)
        } else if let value = try? container.decode([MeasureValue].self) {
            self = .list(value)
        } else {
            self = .record(try container.decode([String: MeasureValue].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .integer(let value): try container.encode(value)
        case .number(let value):
            if value.isFinite {
                try container.encode(value)
            } else {
                try container.encodeNil()
            }
        case .text(let value): try container.encode(value)
        case .flag(let value): try container.encode(value)
        case .list(let value): try container.encode(value)
        case .record(let value): try container.encode(value)
        case .undefined: try container.encodeNil()
        }
    }
}

extension MeasureValue: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByStringLiteral, ExpressibleByBooleanLiteral
{
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(stringLiteral value: String) { self = .text(value) }
    public init(booleanLiteral value: Bool) { self = .flag(value) }
}
