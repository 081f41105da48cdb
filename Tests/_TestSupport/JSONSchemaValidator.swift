import Foundation

/// Checks JSON values against a JSON Schema (draft 2020-12), for the
/// keywords Plume's schemas use: `type`, `enum`, `const`, `properties`,
/// `required`, `additionalProperties`, `items`, `minimum`, `maximum`,
/// `minLength`, `pattern`, `$ref` to `#/$defs/…`, `anyOf`, `oneOf`, `not`
/// and `if`/`then`/`else`. A schema using another keyword is rejected, so
/// that no rule is silently skipped.
public struct JSONSchemaValidator: @unchecked Sendable {
    // The parsed schema is never changed after `init`, so sharing it between
    // threads is safe although `Any` is not Sendable.
    private let root: [String: Any]

    static let knownKeywords: Set<String> = [
        "$schema", "$id", "$defs", "title", "description", "type", "enum", "const",
        "properties", "required", "additionalProperties", "items", "minimum", "maximum",
        "minLength", "pattern", "$ref", "anyOf", "oneOf", "not", "if", "then", "else",
    ]

    /// Loads the schema in `url`.
    public init(contentsOf url: URL) throws {
        let data = try Data(contentsOf: url)
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw FixtureError.missing("a JSON object in \(url.path)")
        }
        self.root = root
    }

    /// The problems of `json` (a JSON text) against the definition at
    /// `pointer` (`#` for the whole schema, `#/$defs/name` for one part);
    /// empty when it is valid.
    public func problems(_ json: Data, against pointer: String = "#") throws -> [String] {
        let value = try JSONSerialization.jsonObject(with: json, options: [.fragmentsAllowed])
        var problems: [String] = []
        check(value, against: ["$ref": pointer], at: "$", problems: &problems)
        return problems
    }

    private func check(_ value: Any, against schema: Any, at path: String, problems: inout [String]) {
        if let flag = schema as? Bool {
            if !flag { problems.append("\(path): no value is allowed here") }
            return
        }
        guard let schema = schema as? [String: Any] else {
            problems.append("\(path): the schema is not an object")
            return
        }
        for keyword in schema.keys where !Self.knownKeywords.contains(keyword) {
            problems.append("\(path): the validator does not know keyword \(keyword)")
        }
        if let reference = schema["$ref"] as? String {
            check(value, against: resolve(reference), at: path, problems: &problems)
        }
        checkType(value, schema, at: path, problems: &problems)
        checkValue(value, schema, at: path, problems: &problems)
        checkObject(value, schema, at: path, problems: &problems)
        if let items = schema["items"], let array = value as? [Any] {
            for (index, item) in array.enumerated() {
                check(item, against: items, at: "\(path)[\(index)]", problems: &problems)
            }
        }
        checkCombinations(value, schema, at: path, problems: &problems)
    }

    private func resolve(_ reference: String) -> Any {
        guard reference != "#" else { return root }
        var node: Any = root
        for part in reference.dropFirst(2).split(separator: "/") {
            guard let object = node as? [String: Any], let next = object[String(part)] else {
                return false
            }
            node = next
        }
        return node
    }

    private func checkType(_ value: Any, _ schema: [String: Any], at path: String, problems: inout [String]) {
        guard let type = schema["type"] else { return }
        let allowed = (type as? [String]) ?? [type as? String ?? ""]
        if !allowed.contains(where: { Self.matches(value, type: $0) }) {
            problems.append("\(path): expected \(allowed.joined(separator: " or ")), found \(Self.typeName(value))")
        }
    }

    private func checkValue(_ value: Any, _ schema: [String: Any], at path: String, problems: inout [String]) {
        if let options = schema["enum"] as? [Any], !options.contains(where: { Self.equal($0, value) }) {
            problems.append("\(path): \(value) is not one of \(options)")
        }
        if let constant = schema["const"], !Self.equal(constant, value) {
            problems.append("\(path): expected \(constant), found \(value)")
        }
        if let number = Self.number(value) {
            if let minimum = schema["minimum"].flatMap(Self.number), number < minimum {
                problems.append("\(path): \(number) is below \(minimum)")
            }
            if let maximum = schema["maximum"].flatMap(Self.number), number > maximum {
                problems.append("\(path): \(number) is above \(maximum)")
            }
        }
        if let text = value as? String {
            if let minimum = schema["minLength"] as? Int, text.count < minimum {
                problems.append("\(path): \"\(text)\" is shorter than \(minimum)")
            }
            if let pattern = schema["pattern"] as? String,
                text.range(of: pattern, options: .regularExpression) == nil
            {
                problems.append("\(path): \"\(text)\" does not match \(pattern)")
            }
        }
    }

    private func checkObject(_ value: Any, _ schema: [String: Any], at path: String, problems: inout [String]) {
        guard let object = value as? [String: Any] else { return }
        for key in (schema["required"] as? [String]) ?? [] where object[key] == nil {
            problems.append("\(path): missing \(key)")
        }
        let properties = (schema["properties"] as? [String: Any]) ?? [:]
        for (key, field) in object {
            if let property = properties[key] {
                check(field, against: property, at: "\(path).\(key)", problems: &problems)
            } else if let additional = schema["additionalProperties"] {
                check(field, against: additional, at: "\(path).\(key)", problems: &problems)
            }
        }
    }

    private func checkCombinations(_ value: Any, _ schema: [String: Any], at path: String, problems: inout [String]) {
        func passes(_ part: Any) -> Bool {
            var found: [String] = []
            check(value, against: part, at: path, problems: &found)
            return found.isEmpty
        }
        if let parts = schema["anyOf"] as? [Any], !parts.contains(where: passes) {
            problems.append("\(path): matches none of anyOf")
        }
        if let parts = schema["oneOf"] as? [Any] {
            let count = parts.filter(passes).count
            if count != 1 { problems.append("\(path): matches \(count) of oneOf, not exactly 1") }
        }
        if let part = schema["not"], passes(part) {
            problems.append("\(path): matches a schema it must not match")
        }
        if let condition = schema["if"] {
            let branch = passes(condition) ? schema["then"] : schema["else"]
            if let branch {
                check(value, against: branch, at: path, problems: &problems)
            }
        }
    }

    private static func matches(_ value: Any, type: String) -> Bool {
        switch type {
        case "null": return value is NSNull
        case "boolean": return isBoolean(value)
        case "integer":
            guard let number = number(value) else { return false }
            return number.rounded() == number
        case "number": return number(value) != nil
        case "string": return value is String
        case "array": return value is [Any]
        case "object": return value is [String: Any]
        default: return false
        }
    }

    /// Whether JSONSerialization read `value` from `true` or `false`: it
    /// returns booleans as the NSNumber subclass `__NSCFBoolean`, which
    /// also converts to Int, so `is Bool` cannot tell them from 0 and 1.
    private static func isBoolean(_ value: Any) -> Bool {
        String(describing: type(of: value)) == "__NSCFBoolean"
    }

    private static func number(_ value: Any) -> Double? {
        guard !isBoolean(value), let number = value as? NSNumber else { return nil }
        return number.doubleValue
    }

    private static func typeName(_ value: Any) -> String {
        ["null", "boolean", "integer", "number", "string", "array", "object"].first {
            matches(value, type: $0)
        } ?? "unknown"
    }

    private static func equal(_ left: Any, _ right: Any) -> Bool {
        if let left = left as? String, let right = right as? String { return left == right }
        if isBoolean(left) || isBoolean(right) {
            return isBoolean(left) && isBoolean(right)
                && (left as? NSNumber)?.boolValue == (right as? NSNumber)?.boolValue
        }
        if let left = number(left), let right = number(right) { return left == right }
        return left is NSNull && right is NSNull
    }
}
