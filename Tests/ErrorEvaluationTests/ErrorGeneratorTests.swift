import Testing

@testable import ErrorEvaluation
