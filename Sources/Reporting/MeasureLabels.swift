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
        "root_type_token_ratio": "indice de Guiraud (mots différents / √mots)",
        "hdd": "diversité lexicale (HD-D)",
        "mattr": "diversité lexicale (MATTR, fenêtre de 50 mots)",
        "yules_k": "concentration du vocabulaire (K de Yule)",
        "lemma_types": "lemmes différents",
        "lemma_type_token_ratio": "rapport lemmes différents / mots",
        "lemma_root_type_token_ratio": "indice de Guiraud sur les lemmes",
        "lemma_mtld": "diversité lexicale sur les lemmes (MTLD)",
        "lemma_hdd": "diversité lexicale sur les lemmes (HD-D)",
        "lemma_mattr": "diversité lexicale sur les lemmes (MATTR)",
        "lemma_yules_k": "K de Yule sur les lemmes",
        "content_words": "mots pleins (noms, verbes, adjectifs, adverbes)",
        "lexical_density": "densité lexicale (part des mots pleins)",
        "frequency_bands": "mots pleins par fréquence (échelle Zipf)",
        "zipf_6_and_above": "très courants (Zipf ≥ 6)",
        "zipf_5_to_6": "courants (Zipf 5 à 6)",
        "zipf_4_to_5": "assez courants (Zipf 4 à 5)",
        "zipf_3_to_4": "peu courants (Zipf 3 à 4)",
        "zipf_below_3": "rares (Zipf < 3)",
        "rare_words": "mots rares employés",
        "close_repetitions": "répétitions rapprochées",
        "everyday_words": "mots familiers ou passe-partout",
        "everyday_words_per_100_words": "mots familiers ou passe-partout pour 100 mots",
        "everyday_word_examples": "mots familiers ou passe-partout employés",
        "kandel_moles": "lisibilité de Kandel et Moles (0 difficile, 100 facile)",
        "lix": "indice de lisibilité LIX (plus haut = plus difficile)",
        "syllables_per_word": "syllabes par mot",
        "long_word_share": "part des mots de plus de six lettres",
        "connective_variety": "variété des connecteurs (différents / employés)",
        "connective_misuses": "emplois maladroits de connecteurs",
        "adjacent_noun_overlap": "phrases voisines reliées par un nom commun",
        "adjacent_paragraph_overlap": "recouvrement lexical entre paragraphes voisins",
        "adjacent_paragraph_noun_overlap": "noms communs à des paragraphes voisins",
        "pronouns_per_100_words": "pronoms de reprise pour 100 mots",
        "paragraph_words": "mots par paragraphe",
        "structure_parts": "parties du plan présentes (sur 3)",
        "has_introduction": "introduction",
        "has_conclusion": "conclusion",
        "longest_paragraph_share": "part du texte dans le plus long paragraphe",
        "weighted_prompt_coverage": "notions du sujet reprises (pondérées par IDF)",
        "prompt_similarity": "proximité du texte avec le sujet (cosinus TF-IDF)",
        "paragraph_prompt_similarity": "proximité de chaque paragraphe avec le sujet",
        "off_topic_paragraphs": "paragraphes qui s’écartent du sujet",
        "addition": "ajout",
        "cause": "cause",
        "consequence": "conséquence",
        "opposition": "opposition",
        "concession": "concession",
        "time": "temps",
        "illustration": "exemple",
        "conclusion": "conclusion",
        "grammar_errors": "fautes de grammaire",
        "typography_issues": "remarques de typographie",
        "titles": "titres",
        "finite_verbs": "verbes conjugués",
        "mean_clauses_per_sentence": "propositions par phrase (moyenne)",
        "max_clauses_per_sentence": "propositions dans la phrase la plus complexe",
        "subordinate_clauses": "propositions subordonnées",
        "conjunction": "conjonctives",
        "relative": "relatives",
        "infinitive": "infinitives",
        "participle": "participiales",
        "subordinate_clauses_per_sentence": "subordonnées par phrase",
        "coordinations": "conjonctions de coordination",
        "run_on_sentences": "phrases trop peu ponctuées pour leur longueur",
        "run_on_sentence_share": "part des phrases trop peu ponctuées",
        "inner_punctuation_per_sentence": "signes de ponctuation internes par phrase",
        "sentences_without_final_punctuation": "phrases sans ponctuation finale",
        "sentence_types": "types de phrases",
        "declarative": "déclaratives",
        "interrogative": "interrogatives",
        "exclamative": "exclamatives",
        "sentence_type_count": "types de phrases employés (sur 3)",
        "opening_variety": "variété des débuts de phrase",
        "passive_verbs": "verbes au passif",
        "passive_share": "part des verbes conjugués au passif",
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

    /// Formats a measure value the French way: decimal comma, shares as
    /// percentages when the key ends in « share » (or is a frequency band),
    /// lists joined by commas.
    public static func format(_ value: MeasureValue, key: String) -> String {
        switch value {
        case .integer(let number): String(number)
        case .number(let number):
            isShare(key)
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

extension MeasureLabels {
    /// Returns whether the measure `key` is a share from 0 to 1, shown as a
    /// percentage: its name ends in share, coverage or overlap, or it is a
    /// Zipf frequency band.
    static func isShare(_ key: String) -> Bool {
        key.hasSuffix("_share") || key.hasSuffix("_coverage") || key.hasSuffix("_overlap")
            || key.hasPrefix("zipf_")
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String {
        String(map { $0 == "_" ? " " : $0 })
    }
}
