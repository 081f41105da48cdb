/// Errors a command raises to end with a message and an exit status.
public enum CommandError: Error, Equatable, CustomStringConvertible {
    /// Bad arguments: printed with the usage line, exit 64.
    case usage(String)
    /// The command could not do its work: exit 1.
    case failure(String)

    public var description: String {
        switch self {
        case .usage(let message), .failure(let message): message
        }
    }

    var exitCode: ExitCode {
        switch self {
        case .usage: .usage
        case .failure: .failure
        }
    }
}
