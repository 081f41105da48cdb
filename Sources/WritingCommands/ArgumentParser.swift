/// A command-line option a command accepts.
public struct OptionSpec: Sendable {
    /// Long name without dashes (`format`).
    public var name: String
    /// Placeholder of the value (`FORMAT`); nil for a flag.
    public var valueName: String?
    /// What the option sets, and its unit or allowed values.
    public var help: String
    /// Whether the option may be given several times.
    public var isRepeatable: Bool

    /// Creates an option that takes a value.
    public static func value(_ name: String, _ valueName: String, _ help: String, repeatable: Bool = false)
        -> OptionSpec
    {
        OptionSpec(name: name, valueName: valueName, help: help, isRepeatable: repeatable)
    }

    /// Creates a flag.
    public static func flag(_ name: String, _ help: String) -> OptionSpec {
        OptionSpec(name: name, valueName: nil, help: help, isRepeatable: false)
    }
}

/// Arguments after parsing: positionals, option values and flags.
public struct ParsedArguments: Sendable {
    /// Positional arguments in order.
    public var positionals: [String] = []
    /// Option values by name, in the order given.
    public var values: [String: [String]] = [:]
    /// Flags given.
    public var flags: Set<String> = []

    /// The last value of option `name`.
    public func value(_ name: String) -> String? { values[name]?.last }

    /// Whether flag `name` was given.
    public func flag(_ name: String) -> Bool { flags.contains(name) }

    /// The value of `name` as an integer within `range`.
    /// - Throws: `CommandError.usage` naming the option and the value.
    public func integer(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = value(name) else { return nil }
        guard let number = Int(text), range.contains(number) else {
            throw CommandError.usage(
                "invalid value \"\(text)\" for --\(name); expected an integer from "
                    + "\(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    /// The value of `name`, which must be one of `choices`.
    public func choice(_ name: String, in choices: [String]) throws -> String? {
        guard let text = value(name) else { return nil }
        guard choices.contains(text) else {
            throw CommandError.usage(
                "invalid value \"\(text)\" for --\(name); expected one of \(choices.joined(separator: ", "))")
        }
        return text
    }
}

/// Parses `--name value`, `--name=value`, flags and positionals; `--` ends
/// options. Single-dash `-h` means `--help`.
public enum ArgumentParser {
    /// Parses `arguments` against `options`.
    /// - Throws: `CommandError.usage` for an unknown option (with the
    ///   closest known one) or a missing value.
    public static func parse(_ arguments: [String], options: [OptionSpec]) throws -> ParsedArguments {
        var parsed = ParsedArguments()
        var index = 0
        var optionsEnded = false
        let known = Dictionary(uniqueKeysWithValues: options.map { ($0.name, $0) })
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || !argument.hasPrefix("-") || argument == "-" {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            if argument == "-h" || argument == "--help" {
                parsed.flags.insert("help")
                continue
            }
            var name = String(argument.drop(while: { $0 == "-" }))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            guard let spec = known[name] else {
                var message = "unknown option --\(name)"
                if let hint = EditDistance.closest(to: name, in: Array(known.keys)) {
                    message += "; did you mean --\(hint)?"
                }
                throw CommandError.usage(message)
            }
            if spec.valueName == nil {
                if inlineValue != nil {
                    throw CommandError.usage("option --\(name) is a flag and takes no value")
                }
                parsed.flags.insert(name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else if index < arguments.count {
                value = arguments[index]
                index += 1
            } else {
                throw CommandError.usage("option --\(name) needs a value \(spec.valueName!)")
            }
            if !spec.isRepeatable && parsed.values[name] != nil {
                throw CommandError.usage("option --\(name) is given twice; give it once")
            }
            parsed.values[name, default: []].append(value)
        }
        return parsed
    }
}
