import WritingModel

/// French labels for measure keys, for reports teachers and students read.
/// Keys without a label are shown as they are.
public enum MeasureLabels {
    static let labels: [String: String] = [
        "words": "mots",
        "unknown_words": "mots inconnus",
        "error_rate_per_100_words": "fautes pour 100 mots",
        "sentences": "phrases",
        "mean_sentence_length": "longueur moyenne des phrases (mots)",
        "max_sentence_length": "phrase la plus longue (mots)",
        "verbless_sentences": "phrases sans verbe conjugué",
        "verbless_sentence_share": "part des phrases sans verbe",
        "long_sentences": "phrases très longues",
        "long_sentence_share": "part des phrases très longues",
        "tokens": "mots (occurrences)",
        "types": "mots différents",
        "type_token_ratio": "rapport mots différents / mots",
        "mtld": "diversité lexicale (MTLD)",
        "rare_word_share": "part des mots rares",
        "repeated_content_words": "mots les plus répétés",
        "close_repetitions_per_100_words": "répétitions rapprochées pour 100 mots",
        "connectives": "connecteurs logiques",
        "connectives_per_100_words": "connecteurs pour 100 mots",
        "connective_functions": "fonctions logiques employées",
        "connectives_by_function": "connecteurs par fonction",
        "adjacent_sentence_overlap": "phrases voisines reliées par un mot commun",
        "adjacent_lemma_overlap": "recouvrement lexical entre phrases voisines",
        "prompt_coverage": "mots du sujet repris",
        "text_on_prompt_share": "part du texte liée au sujet",
        "addition": "ajout",
        "cause": "cause",
        "consequence": "conséquence",
        "opposition": "opposition",
        "concession": "concession",
        "time": "temps",
        "illustration": "exemple",
        "conclusion": "conclusion",
    ]

    /// The French label of `key`.
    public static func label(for key: String) -> String {
        labels[key] ?? key.replacingUnderscores()
    }

    /// A measure value written the French way: decimal comma, shares as
    /// percentages when the key says « share », lists joined by commas.
    public static func format(_ value: MeasureValue, key: String) -> String {
        switch value {
        case .integer(let number): String(number)
        case .number(let number):
            key.hasSuffix("_share") || key.hasSuffix("_coverage") || key.hasSuffix("_overlap")
                ? FrenchTypography.percent(number) : FrenchTypography.decimal(number, decimals: 2)
        case .text(let text): text
        case .flag(let flag): flag ? "oui" : "non"
        case .list(let items): items.isEmpty ? "aucun" : items.map { format($0, key: "") }.joined(separator: ", ")
        case .record(let fields):
            fields.sorted { $0.key < $1.key }.map { "\(label(for: $0.key))\u{00A0}: \(format($0.value, key: $0.key))" }
                .joined(separator: ", ")
        case .undefined: "non défini"
        }
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String {
        String(map { $0 == "_" ? " " : $0 })
    }
}
