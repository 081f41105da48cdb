// swift-tools-version:6.0
// Plume: French writing analysis for lycée students and their teachers.
// Only the toolchain's own modules are used; C libraries come from Debian
// through system-library targets found with pkg-config.
import PackageDescription

let package = Package(
    name: "Plume",
    products: [
        .library(name: "Plume", targets: ["Plume", "WritingModel", "KeystrokeAnalysis"]),
        .executable(name: "plume", targets: ["PlumeCLI"]),
        .executable(name: "plume-benchmark", targets: ["PlumeBenchmarks"]),
    ],
    targets: [
        // C libraries.
        .systemLibrary(
            name: "CICU", pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev"])]),
        .target(name: "CICUShim", dependencies: ["CICU"]),
        .systemLibrary(
            name: "CHunspell", pkgConfig: "hunspell",
            providers: [.apt(["libhunspell-dev"])]),
        .systemLibrary(
            name: "CSQLite", pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(
            name: "CEditLine", pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]),
        .systemLibrary(
            name: "CPostgreSQL", pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"])]),

        // Libraries, from pure values up to the command line.
        .target(name: "WritingModel"),
        .target(name: "UnicodeSupport", dependencies: ["WritingModel", "CICUShim"]),
        .target(name: "Lexicon", dependencies: ["WritingModel", "CHunspell"]),
        .target(
            name: "Tagging", dependencies: ["WritingModel", "Lexicon"], exclude: ["README.md"]),
        .target(
            name: "TextAnalysis",
            dependencies: ["WritingModel", "UnicodeSupport", "Lexicon", "Tagging"]),
        .target(
            name: "KeystrokeAnalysis", dependencies: ["WritingModel"], exclude: ["README.md"]),
        .target(name: "Storage", dependencies: ["WritingModel", "CSQLite", "CPostgreSQL"]),
        .target(name: "Reporting", dependencies: ["WritingModel"]),
        .target(
            name: "Plume",
            dependencies: [
                "WritingModel", "UnicodeSupport", "Lexicon", "TextAnalysis",
                "KeystrokeAnalysis", "Tagging",
            ]),
        .target(
            name: "ErrorEvaluation",
            dependencies: ["Plume", "TextAnalysis", "Tagging", "Lexicon", "WritingModel"]),
        .target(
            name: "WritingCommands",
            dependencies: [
                "Plume", "ErrorEvaluation", "Reporting", "Storage", "KeystrokeAnalysis", "TextAnalysis", "Tagging",
                "CEditLine",
            ]),
        .executableTarget(name: "PlumeCLI", dependencies: ["WritingCommands"]),
        .executableTarget(
            name: "PlumeBenchmarks", dependencies: ["Plume", "WritingCommands", "Tagging"]),

        // Tests.
        .target(
            name: "_TestSupport", dependencies: ["Lexicon", "TextAnalysis", "Plume"],
            path: "Tests/_TestSupport"),
        .testTarget(name: "WritingModelTests", dependencies: ["WritingModel"]),
        .testTarget(name: "UnicodeSupportTests", dependencies: ["UnicodeSupport"]),
        .testTarget(name: "LexiconTests", dependencies: ["Lexicon", "_TestSupport"]),
        .testTarget(
            name: "TaggingTests", dependencies: ["Tagging", "TextAnalysis", "_TestSupport"]),
        .testTarget(
            name: "TextAnalysisTests", dependencies: ["TextAnalysis", "_TestSupport"]),
        .testTarget(
            name: "KeystrokeAnalysisTests",
            dependencies: ["KeystrokeAnalysis", "_TestSupport"],
            resources: [.copy("Fixtures")]),
        .testTarget(name: "StorageTests", dependencies: ["Storage", "_TestSupport"]),
        .testTarget(name: "PlumeTests", dependencies: ["Plume", "_TestSupport"]),
        .testTarget(name: "ReportingTests", dependencies: ["Reporting", "WritingModel"]),
        .testTarget(
            name: "ErrorEvaluationTests",
            dependencies: ["ErrorEvaluation", "Tagging", "_TestSupport"]),
        .testTarget(
            name: "WritingCommandsTests",
            dependencies: ["WritingCommands", "Plume", "Reporting", "_TestSupport"],
            // Read from the source tree through #filePath, so not bundled.
            exclude: ["Fixtures", "Snapshots"]),
    ]
)
