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
        "active_time_ms": "temps actif (ms)",
        "characters_per_minute_process": "caractères tapés par minute",
        "characters_per_minute_product": "caractères du texte final par minute",
        "deleted_character_share": "part des caractères effacés",
        "deleted_characters": "caractères effacés",
        "deleted_characters_at_leading_edge": "caractères effacés en fin de texte",
        "deleted_characters_inside_text": "caractères effacés dans le texte déjà écrit",
        "deletion_count": "suppressions",
        "deletion_mean_characters": "taille moyenne d’une suppression (caractères)",
        "deletions_at_leading_edge": "suppressions en fin de texte",
        "deletions_inside_text": "suppressions dans le texte déjà écrit",
        "distant_revisions_per_100_words": "révisions à distance pour 100 mots",
        "final_characters": "caractères du texte final",
        "final_words": "mots du texte final",
        "iki_count": "intervalles entre frappes",
        "iki_max_ms": "plus long intervalle entre frappes (ms)",
        "iki_mean_ms": "intervalle moyen entre frappes (ms)",
        "iki_median_ms": "intervalle médian entre frappes (ms)",
        "iki_p90_ms": "intervalle entre frappes, 9ᵉ décile (ms)",
        "iki_q1_ms": "intervalle entre frappes, 1ᵉʳ quartile (ms)",
        "iki_q3_ms": "intervalle entre frappes, 3ᵉ quartile (ms)",
        "immediate_revision_share": "part des révisions immédiates",
        "inserted_characters": "caractères insérés dans le texte déjà écrit",
        "insertion_count": "insertions dans le texte déjà écrit",
        "large_paste_count": "grands collages",
        "p_burst_count": "jets d’écriture (P-bursts)",
        "p_burst_max_characters": "plus long jet d’écriture (caractères)",
        "p_burst_mean_characters": "longueur moyenne d’un jet (caractères)",
        "p_burst_mean_duration_ms": "durée moyenne d’un jet (ms)",
        "p_burst_median_characters": "longueur médiane d’un jet (caractères)",
        "paste_count": "collages",
        "pasted_characters": "caractères collés",
        "pause_count": "pauses",
        "pause_threshold_ms": "seuil de pause (ms)",
        "pause_time_ms": "temps de pause (ms)",
        "pause_time_share": "part du temps en pause",
        "product_process_ratio": "rapport produit / processus",
        "r_burst_count": "jets de révision (R-bursts)",
        "r_burst_mean_characters": "longueur moyenne d’un jet de révision (caractères)",
        "redo_count": "rétablissements",
        "time_before_first_keystroke_ms": "temps avant la première frappe (ms)",
        "time_out_of_focus_ms": "temps hors de l’éditeur (ms)",
        "total_time_ms": "durée totale (ms)",
        "typed_characters": "caractères tapés",
        "typed_words": "mots tapés",
        "undo_count": "annulations",
        "words_per_minute_process": "mots tapés par minute",
        "words_per_minute_product": "mots du texte final par minute",
        "addition": "ajout",
        "cause": "cause",
        "consequence": "conséquence",
        "opposition": "opposition",
        "concession": "concession",
        "time": "temps",
        "illustration": "exemple",
        "conclusion": "conclusion",
    ]

    /// Whether a value is a table (a list of records, or a record of
    /// records) that only the JSON output shows, such as a time series.
    public static func isTable(_ value: MeasureValue) -> Bool {
        switch value {
        case .list(let items):
            items.contains { if case .record = $0 { true } else { false } }
        case .record(let fields):
            fields.values.contains { if case .record = $0 { true } else { false } }
        default: false
        }
    }

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
