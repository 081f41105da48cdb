#!/usr/bin/python3
"""Run Grammalecte on the sets `plume eval-errors --export DIR` wrote and score
Grammalecte and Plume side by side, with one implementation of the counting.

Inputs in DIR (JSON lines, from `plume eval-errors --export DIR`):
- clean.jsonl, corrupted.jsonl: {"id", "text", "words", "error"?}; an error has
  "category", "subKind", "span" {"start", "end"} in UTF-16 units, "injected"
  and "correct".
- plume-clean-findings.jsonl, plume-corrupted-findings.jsonl: {"id",
  "findings": [{"rule", "category"?, "start", "end", "severity",
  "replacements"}]}.

Written to DIR: grammalecte-clean-findings.jsonl and
grammalecte-corrupted-findings.jsonl (same shape, Grammalecte's rule ids),
and comparison.json with every figure.

Counting (the same as `plume eval-errors`, see EVALUATION.md):
- an injected error is found when a finding of its category overlaps its span;
- precision: findings of a category on the corrupted sentences that overlap the
  sentence's error of that category, over all findings of that category there;
- false alarms: errors and warnings on the clean sentences per 1,000 words
  (Plume's hints excluded; Grammalecte has no severity, so all its findings
  count);
- top-1: among the non-word errors found, the first suggestion equals the
  original word.

Grammalecte's rules are grouped by its option name (sType) and rule id. Some
families cover two of Plume's categories: its `conj_*` rules check both
« ils mange » and « je prend », and `ppas_*` also flags « il a manger ». So
each finding carries the categories it is compatible with, primary first. A
finding that overlaps an injected error of a compatible category counts in
that category; any other finding counts in its primary category. Plume's
findings have one category each, so for Plume the rule reduces to the plain
rule-id mapping.

Usage: /usr/bin/python3 bench/grammalecte_eval.py DIR [--markdown]
Needs Debian's python3-grammalecte (bench/run-error-eval.sh installs it).
"""
import json
import os
import re
import sys
import time

CATEGORIES = [
    "non-word", "homophone", "verb-form", "agreement-noun-phrase",
    "agreement-subject-verb", "agreement-participle", "conjugation", "typography",
]

TYPOGRAPHY_OPTIONS = {
    "typo", "apos", "eepi", "esp", "tab", "nbsp", "tu", "maj", "minis", "num", "virg",
    "poncfin", "unit", "liga", "mapos",
}

# Endings whose confusion is a verb-form error in Plume's categories.
VERB_FORM_ENDINGS = ("aient", "ées", "ais", "ait", "ée", "és", "er", "ez", "é")


def verb_form_swap(flagged, suggestion):
    """Return whether the two words differ only by an -er/-é/-ez/-ait/-ais ending."""
    for ending in VERB_FORM_ENDINGS:
        if flagged.endswith(ending):
            stem = flagged[: -len(ending)]
            rest = suggestion[len(stem):] if suggestion.startswith(stem) else None
            return rest is not None and rest != ending and rest in VERB_FORM_ENDINGS
    return False


def grammalecte_categories(rule_id, option, flagged, suggestions):
    """Compatible categories of a Grammalecte grammar finding, primary first."""
    if suggestions and verb_form_swap(flagged.lower(), suggestions[0].lower()) \
            and option in {"conj", "ppas", "infi", "conf", "vmode", "imp"}:
        return ["verb-form", "conjugation", "agreement-participle"]
    if option == "conf":
        return ["homophone", "verb-form"]
    if option == "gn":
        return ["agreement-noun-phrase"]
    if option == "infi":
        return ["verb-form"]
    if option == "ppas":
        return ["agreement-participle", "verb-form", "conjugation"]
    if option == "conj":
        if re.search(r"conj_(je|j|tu|nous|vous)(_|$)", rule_id):
            return ["conjugation", "agreement-subject-verb", "verb-form"]
        return ["agreement-subject-verb", "conjugation", "verb-form"]
    if option == "imp":
        return ["conjugation", "verb-form"]
    if option in TYPOGRAPHY_OPTIONS or "doublon" in rule_id:
        return ["typography"]
    return []


def utf16_offsets(text):
    """UTF-16 offset of each code point index of `text` (and of its end)."""
    offsets = [0]
    for character in text:
        offsets.append(offsets[-1] + (2 if ord(character) > 0xFFFF else 1))
    return offsets


def run_grammalecte(sentences, checker):
    """Grammalecte's findings on each sentence, as {"id", "findings"}."""
    results = []
    for sentence in sentences:
        text = sentence["text"]
        offsets = utf16_offsets(text)
        grammar, spelling = checker.getParagraphErrors(text, bSpellSugg=True)
        findings = []
        for error in spelling:
            findings.append({
                "rule": "spelling", "categories": ["non-word"],
                "start": offsets[error["nStart"]], "end": offsets[error["nEnd"]],
                "severity": "error", "replacements": list(error.get("aSuggestions", [])),
            })
        for error in grammar:
            flagged = text[error["nStart"]:error["nEnd"]]
            suggestions = list(error.get("aSuggestions", []))
            findings.append({
                "rule": error["sRuleId"], "option": error.get("sType", ""),
                "categories": grammalecte_categories(
                    error["sRuleId"], error.get("sType", ""), flagged, suggestions),
                "start": offsets[error["nStart"]], "end": offsets[error["nEnd"]],
                "severity": "error", "replacements": suggestions,
            })
        findings.sort(key=lambda finding: (finding["start"], finding["end"]))
        results.append({"id": sentence["id"], "findings": findings})
    return results


def categories_of(finding):
    if "categories" in finding:
        return finding["categories"]
    return [finding["category"]] if finding.get("category") else []


def overlaps(finding, span):
    return finding["start"] < span["end"] and span["start"] < finding["end"]


def attributed_category(finding, gold):
    """Return the category a finding counts in on a corrupted sentence."""
    compatible = categories_of(finding)
    if gold and gold["category"] in compatible and overlaps(finding, gold["span"]):
        return gold["category"]
    return compatible[0] if compatible else None


def score(corrupted, corrupted_findings, clean, clean_findings):
    """Count the figures of one checker, as described in the module docstring."""
    table = {name: {"injected": 0, "found": 0, "findings": 0, "hits": 0, "cleanAlarms": 0}
             for name in CATEGORIES}
    by_id = {entry["id"]: entry["findings"] for entry in corrupted_findings}
    non_words_found = top_one = 0

    for sentence in corrupted:
        gold = sentence["error"]
        row = table[gold["category"]]
        row["injected"] += 1
        findings = by_id.get(sentence["id"], [])
        matching = None
        for finding in findings:
            category = attributed_category(finding, gold)
            if category is None:
                continue
            table[category]["findings"] += 1
            if category == gold["category"] and overlaps(finding, gold["span"]):
                table[category]["hits"] += 1
                matching = matching or finding
        if matching:
            row["found"] += 1
            if gold["category"] == "non-word":
                non_words_found += 1
                replacements = matching["replacements"]
                top_one += bool(replacements) and replacements[0] == gold["correct"]

    clean_by_id = {entry["id"]: entry["findings"] for entry in clean_findings}
    alarms = 0
    for sentence in clean:
        for finding in clean_by_id.get(sentence["id"], []):
            if finding["severity"] not in ("error", "warning"):
                continue
            alarms += 1
            compatible = categories_of(finding)
            if compatible:
                table[compatible[0]]["cleanAlarms"] += 1

    words = sum(sentence["words"] for sentence in clean)
    typography = table["typography"]["cleanAlarms"]
    for row in table.values():
        row["recall"] = row["found"] / row["injected"] if row["injected"] else None
        row["precision"] = row["hits"] / row["findings"] if row["findings"] else None
    return {
        "categories": table, "cleanSentences": len(clean), "cleanWords": words,
        "cleanAlarms": alarms,
        "cleanAlarmsPerThousandWords": alarms * 1000 / words if words else None,
        "nonTypographyAlarmsPerThousandWords":
            (alarms - typography) * 1000 / words if words else None,
        "nonWordsFound": non_words_found, "topOneCorrect": top_one,
        "topOneAccuracy": top_one / non_words_found if non_words_found else None,
    }


def by_kind(corrupted, findings_by_tool):
    """Count, per kind of non-word error, the errors each tool found and
    those whose first suggestion is the original word."""
    rows = {}
    for sentence in corrupted:
        gold = sentence["error"]
        if gold["category"] != "non-word":
            continue
        row = rows.setdefault(gold["subKind"], {"injected": 0})
        row["injected"] += 1
        for tool, findings in findings_by_tool.items():
            matching = next(
                (finding for finding in findings.get(sentence["id"], [])
                 if "non-word" in categories_of(finding) and overlaps(finding, gold["span"])),
                None)
            found, top = row.setdefault(tool, [0, 0])
            if matching:
                first = matching["replacements"][:1] == [gold["correct"]]
                row[tool] = [found + 1, top + first]
    return rows


def render_kinds(rows):
    """Render the non-word table by kind: recall and top-1 of both tools."""
    lines = [
        "| non-word kind | injected | Plume recall | Plume top-1 "
        "| Grammalecte recall | Grammalecte top-1 |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for kind in sorted(rows):
        row = rows[kind]
        cells = []
        for tool in ("plume", "grammalecte"):
            found, top = row[tool]
            cells += [percent(found / row["injected"]), percent(top / found if found else None)]
        lines.append(f"| {kind} | {row['injected']} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def read_lines(path):
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def write_lines(path, values):
    with open(path, "w", encoding="utf-8") as handle:
        for value in values:
            handle.write(json.dumps(value, ensure_ascii=False, sort_keys=True) + "\n")


def percent(value):
    return "–" if value is None else f"{100 * value:.1f} %"


def render(plume, grammalecte):
    """Render the side-by-side Markdown table."""
    lines = [
        "| category | injected | Plume recall | Plume precision "
        "| Grammalecte recall | Grammalecte precision |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name in CATEGORIES:
        mine, theirs = plume["categories"][name], grammalecte["categories"][name]
        lines.append(
            f"| {name} | {mine['injected']} | {percent(mine['recall'])} "
            f"| {percent(mine['precision'])} | {percent(theirs['recall'])} "
            f"| {percent(theirs['precision'])} |")
    lines += ["", "| measure | Plume | Grammalecte |", "|---|---:|---:|"]
    for label, key in (
            ("false alarms per 1,000 words (clean)", "cleanAlarmsPerThousandWords"),
            ("same, typography excluded", "nonTypographyAlarmsPerThousandWords")):
        lines.append(f"| {label} | {plume[key]:.2f} | {grammalecte[key]:.2f} |")
    lines.append(
        f"| alarms on the clean sentences | {plume['cleanAlarms']} "
        f"| {grammalecte['cleanAlarms']} |")
    lines.append(
        f"| top-1 suggestion on non-words found | {percent(plume['topOneAccuracy'])} "
        f"({plume['topOneCorrect']}/{plume['nonWordsFound']}) "
        f"| {percent(grammalecte['topOneAccuracy'])} "
        f"({grammalecte['topOneCorrect']}/{grammalecte['nonWordsFound']}) |")
    lines.append("")
    lines.append(
        f"Clean set: {plume['cleanSentences']} sentences, {plume['cleanWords']} words. "
        "Alarms on clean sentences by category (Plume / Grammalecte): " + ", ".join(
            f"{name} {plume['categories'][name]['cleanAlarms']}/"
            f"{grammalecte['categories'][name]['cleanAlarms']}" for name in CATEGORIES) + ".")
    return "\n".join(lines) + "\n"


def main(arguments):
    if not arguments or arguments[0] in ("-h", "--help"):
        print(__doc__)
        return 0 if arguments else 64
    directory = arguments[0]
    try:
        clean = read_lines(os.path.join(directory, "clean.jsonl"))
        corrupted = read_lines(os.path.join(directory, "corrupted.jsonl"))
        plume_clean = read_lines(os.path.join(directory, "plume-clean-findings.jsonl"))
        plume_corrupted = read_lines(os.path.join(directory, "plume-corrupted-findings.jsonl"))
    except FileNotFoundError as error:
        print(f"grammalecte_eval: error: {error.filename} not found; "
              "run `plume eval-errors FILE.conllu --export DIR` first", file=sys.stderr)
        return 1
    try:
        import grammalecte
    except ImportError:
        print("grammalecte_eval: error: the grammalecte module is missing; install Debian's "
              "python3-grammalecte and run this script with /usr/bin/python3", file=sys.stderr)
        return 1

    checker = grammalecte.GrammarChecker("fr")
    started = time.monotonic()
    gl_clean = run_grammalecte(clean, checker)
    gl_corrupted = run_grammalecte(corrupted, checker)
    seconds = time.monotonic() - started

    write_lines(os.path.join(directory, "grammalecte-clean-findings.jsonl"), gl_clean)
    write_lines(os.path.join(directory, "grammalecte-corrupted-findings.jsonl"), gl_corrupted)
    plume = score(corrupted, plume_corrupted, clean, plume_clean)
    theirs = score(corrupted, gl_corrupted, clean, gl_clean)
    with open(os.path.join(directory, "comparison.json"), "w", encoding="utf-8") as handle:
        json.dump({"plume": plume, "grammalecte": theirs,
                   "grammalecteVersion": getattr(grammalecte, "__version__", "unknown"),
                   "grammalecteSeconds": seconds}, handle, indent=2, sort_keys=True)
    print(render(plume, theirs))
    kinds = by_kind(corrupted, {
        "plume": {entry["id"]: entry["findings"] for entry in plume_corrupted},
        "grammalecte": {entry["id"]: entry["findings"] for entry in gl_corrupted},
    })
    print(render_kinds(kinds), end="")
    return check_against_plume_report(directory, plume)


def check_against_plume_report(directory, plume):
    """Compare this script's Plume figures with `plume eval-errors`'s own
    JSON report, when it is in DIR, so that the two countings cannot drift."""
    path = os.path.join(directory, "plume-report.json")
    if not os.path.exists(path):
        return 0
    with open(path, encoding="utf-8") as handle:
        report = json.load(handle)
    mismatches = []
    for entry in report["categories"]:
        mine = plume["categories"][entry["category"]]
        for key in ("injected", "found", "findings", "hits", "cleanAlarms"):
            if mine[key] != entry[key]:
                mismatches.append(f"{entry['category']} {key}: {mine[key]} != {entry[key]}")
    for key in ("cleanAlarms", "cleanWords", "nonWordsFound", "topOneCorrect"):
        if plume[key] != report[key]:
            mismatches.append(f"{key}: {plume[key]} != {report[key]}")
    if mismatches:
        print("grammalecte_eval: error: this script and plume eval-errors count differently: "
              + "; ".join(mismatches), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
