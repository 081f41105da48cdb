import KeystrokeAnalysis
import Lexicon
import Plume

/// Options shared by every command that loads the analyser.
enum AnalyzerOptions {
    static let specs: [OptionSpec] = [
        .value(
            "resources", "DIR",
            "Folder that contains lexicons/ (default: found from the executable, "
                + "$PLUME_RESOURCES or the working directory)."),
        .value(
            "dictionary", "PATH",
            "Hunspell dictionary without .aff/.dic (default: /usr/share/hunspell/fr)."),
        .value(
            "thesaurus", "PATH",
            "MyThes thesaurus without .idx/.dat (default: /usr/share/mythes/thes_fr)."),
        .value(
            "levels", "FILE",
            "Level table, such as one written by `plume calibrate` "
                + "(default: lexicons/fr/levels.tsv)."),
    ]

    /// Loads the analyser, warning when the dictionary rejects 1990-reform
    /// spellings that French schools accept.
    static func makeAnalyzer(_ arguments: ParsedArguments, context: CommandContext) throws
        -> Analyzer
    {
        let configuration = Analyzer.Configuration(
            resourcesPath: arguments.value("resources")
                ?? context.environment[
                    ResourceDirectory.environmentVariable],
            dictionaryPath: arguments.value("dictionary") ?? SpellChecker.defaultDictionary,
            thesaurusPath: arguments.value("thesaurus") ?? Thesaurus.defaultPath,
            levelsPath: arguments.value("levels"))
        let analyzer: Analyzer
        do {
            analyzer = try Analyzer(configuration: configuration)
        } catch let error as LexiconError {
            throw CommandError.failure(error.description)
        } catch let error as KeystrokeAnalysisError {
            throw CommandError.failure(error.description)
        }
        if !analyzer.acceptsReformSpellings {
            context.warn(
                "the dictionary rejects 1990-reform spellings (« chaine »); "
                    + "install hunspell-fr-comprehensive")
        }
        return analyzer
    }
}
