internal import CICUShim

/// Errors raised by the ICU services.
public enum UnicodeSupportError: Error, Equatable, CustomStringConvertible {
    /// ICU returned a failure code.
    case icuFailure(operation: String, code: Int32, name: String)
    /// The text is longer than ICU's 32-bit offsets allow.
    case textTooLong(length: Int)

    public var description: String {
        switch self {
        case .icuFailure(let operation, let code, let name):
            "ICU \(operation) failed with \(name) (\(code))"
        case .textTooLong(let length):
            "text of \(length) UTF-16 code units exceeds ICU's limit of \(Int32.max)"
        }
    }

    static func failure(_ operation: String, _ code: Int32) -> UnicodeSupportError {
        .icuFailure(operation: operation, code: code, name: String(cString: plume_icu_error_name(code)))
    }
}
