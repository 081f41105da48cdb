#!/usr/bin/env python3
"""Rebuild each writer's final text from THEtool sentence histories.

Input, one pair of files per text (CSV, UTF-8, comma-separated):

- ``histories/<name>_senhis.csv``: columns ``sen_id, tpsf_id, sen_pos_in_text,
  sen_text``. Each row is one version of one sentence at text version
  ``tpsf_id``, with its 1-based position among the sentences of that version and
  its text wrapped in ``|...|``. Rows of one sentence form a block, and blocks are
  separated by a row of empty fields. A row is written only when a sentence is new
  or changed, so an unchanged sentence has no row, and neither has a deleted one.
- ``text_units/<name>_tus.csv``: columns ``tpsf_id, text_units_list,
  no_text_units``. The list is the version's segmentation, ``-``-joined: SEN
  (finished sentence), SEC (sentence candidate, unfinished), SIN (whitespace
  between sentences) and PIN (whitespace that contains a line break).

Reconstruction rule:

1. A block of rows, not the ``sen_id`` value, identifies a sentence, because
   sentences that the annotators left without an identity all carry ``sen_id``
   ``"0"``.
2. The sentences of each version are replayed in order. The new or changed
   sentences go to the positions their rows give. The other sentences of the
   previous version keep their order and fill the remaining positions.
3. When the version has fewer SEN/SEC units than that, the surplus sentences
   were deleted. The deleted set is the one that keeps the previous order, then
   deletes the fewest finished sentences (SEN), then best matches the SEN/SEC
   sequence of the version, then deletes the most recently edited sentences.
   In the six texts shipped here every such deletion removes an unfinished
   fragment, and ``--verbose`` lists them.
4. A few text-unit rows disagree with the histories. They list more sentences
   than the histories contain, or fewer than the rows' positions need. Those
   versions delete nothing, and the script prints a warning for each.
5. The final text is the last version's unit sequence, with each SEN/SEC replaced
   by its sentence text as typed. A SIN becomes one space and a PIN one line feed,
   because the files do not store the interspace characters. Interspaces before
   the first sentence and after the last one are dropped, and the file ends with
   one line feed.

Usage: rebuild_final_texts.py [--histories DIR] [--text-units DIR] [--output DIR]
[--verbose]. By default the folders are ``histories/``, ``text_units/`` and
``texts/`` in the folder above ``tools/``. The script also writes ``MANIFEST.tsv``
in the output folder and prints one summary line per text. It uses the standard
library only, needs Python 3.9 or later (``str.removesuffix``) and was run with
Python 3.11.7.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import math
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

SENTENCE_UNITS = ("SEN", "SEC")
MAX_DELETION_CANDIDATES = 200_000
CLOSING_MARKS = "\"'»)]”’"
FINAL_PUNCTUATION = ".!?…"
# Pupil file names start with a school code: P, two digits, then the grade.
PUPIL_GRADES = {"CE1": "CE1", "CE2": "CE2", "CM1": "CM1", "CM2": "CM2",
                "C6": "6e", "C5": "5e", "C4": "4e", "C3": "3e"}
PUPIL_NAME_RE = re.compile(r"^P\d\d(CE1|CE2|CM1|CM2|C6|C5|C4|C3)")
WORD_RE = re.compile(r"\w")


class HistoryError(Exception):
    """Input that the reconstruction rule cannot handle."""


@dataclass
class SentenceVersion:
    """One row of a sentence history."""

    tpsf_id: int
    position: int
    text: str


@dataclass
class TextState:
    """Replay state: current sentence order, and each block's latest text, kind and edit."""

    order: list[int] = field(default_factory=list)
    texts: dict[int, str] = field(default_factory=dict)
    kinds: dict[int, str] = field(default_factory=dict)
    last_edit: dict[int, int] = field(default_factory=dict)
    deleted: set[int] = field(default_factory=set)


def read_histories(path: Path) -> list[list[SentenceVersion]]:
    """Parse a ``_senhis.csv`` file into blocks of sentence versions."""
    blocks: list[list[SentenceVersion]] = []
    current: list[SentenceVersion] = []
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle)
        header = next(rows)
        if header != ["sen_id", "tpsf_id", "sen_pos_in_text", "sen_text"]:
            raise HistoryError(f"{path}: invalid header {header}, expected "
                               "sen_id,tpsf_id,sen_pos_in_text,sen_text")
        for line_number, row in enumerate(rows, start=2):
            if all(value == "" for value in row):
                if current:
                    blocks.append(current)
                current = []
                continue
            if len(row) != 4:
                raise HistoryError(f"{path}:{line_number}: {len(row)} fields, expected 4")
            _, tpsf_id, position, wrapped = row
            if len(wrapped) < 2 or wrapped[0] != "|" or wrapped[-1] != "|":
                raise HistoryError(f"{path}:{line_number}: sen_text not wrapped in |...|")
            current.append(SentenceVersion(int(tpsf_id), int(position), wrapped[1:-1]))
    if current:
        blocks.append(current)
    return blocks


def read_text_units(path: Path) -> dict[int, list[str]]:
    """Parse a ``_tus.csv`` file into the unit list of each text version."""
    units: dict[int, list[str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle)
        next(rows)
        for row in rows:
            units[int(row[0])] = [unit for unit in row[1].split("-") if unit]
    return units


def looks_finished(text: str) -> bool:
    """Return whether text starts with a capital and ends with final punctuation."""
    stripped = text.strip().rstrip(CLOSING_MARKS)
    return bool(stripped) and stripped[0].isupper() and stripped[-1] in FINAL_PUNCTUATION


def merge(surviving: list[int], rows: dict[int, int], count: int) -> list[int]:
    """Place row blocks at their positions and fill the rest with surviving blocks in order."""
    remaining = iter(surviving)
    return [rows[position] if position in rows else next(remaining)
            for position in range(1, count + 1)]


def deletion_cost(state: TextState, merged: list[int], deleted: list[int],
                  kinds: list[str], row_kinds: dict[int, str]) -> tuple[int, int, int, int]:
    """Score one candidate set of deleted sentences. Lower costs are more plausible."""
    previous = [block for block in merged if block in state.order]
    ranks = [state.order.index(block) for block in previous]
    inversions = sum(1 for a, b in itertools.combinations(ranks, 2) if a > b)
    finished = sum(1 for block in deleted if state.kinds[block] == "SEN")
    mismatches = sum(1 for block, kind in zip(merged, kinds)
                     if row_kinds.get(block, state.kinds.get(block)) != kind)
    recency = -sum(state.last_edit[block] for block in deleted)
    return inversions, finished, mismatches, recency


def apply_version(state: TextState, tpsf_id: int, units: list[str],
                  rows: dict[int, tuple[int, str]], warnings: list[str],
                  deletions: list[str]) -> None:
    """Advance the state by one text version and record what it deleted."""
    kinds = [unit for unit in units if unit in SENTENCE_UNITS]
    row_blocks = {position: block for position, (block, _) in rows.items()}
    unchanged = [block for block in state.order if block not in row_blocks.values()]
    surplus = len(unchanged) + len(rows) - len(kinds)

    if surplus < 0 or any(position > len(kinds) for position in rows):
        # The unit list disagrees with the histories, so the histories win.
        warnings.append(f"tpsf {tpsf_id}: text units list {len(kinds)} sentences, "
                        f"histories need {len(unchanged) + len(rows)}; nothing deleted")
        new_order = list(unchanged)
        for position in sorted(row_blocks):
            new_order.insert(min(position - 1, len(new_order)), row_blocks[position])
        row_kinds = {block: "SEN" if looks_finished(text) else "SEC"
                     for block, text in rows.values()}
    else:
        row_kinds = {block: kinds[position - 1] for position, block in row_blocks.items()}
        new_order = choose_deletions(state, tpsf_id, unchanged, row_blocks, kinds,
                                     row_kinds, surplus)
        for block in unchanged:
            if block not in new_order:
                deletions.append(f"tpsf {tpsf_id}: deleted |{state.texts[block]}|")

    for block, text in rows.values():
        if block in state.deleted:
            warnings.append(f"tpsf {tpsf_id}: a sentence deleted earlier has a new row")
            state.deleted.discard(block)
        state.texts[block] = text
        state.kinds[block] = row_kinds[block]
        state.last_edit[block] = tpsf_id
    state.order = new_order


def choose_deletions(state: TextState, tpsf_id: int, unchanged: list[int],
                     row_blocks: dict[int, int], kinds: list[str],
                     row_kinds: dict[int, str], surplus: int) -> list[int]:
    """Pick the unchanged sentences that this version deleted and return the new order.

    - Complexity: C(len(unchanged), surplus) candidate sets, each scored in
      O(n^2) for n sentences. The files here delete at most two at a time.
    """
    candidate_count = math.comb(len(unchanged), surplus)
    if candidate_count > MAX_DELETION_CANDIDATES:
        raise HistoryError(f"tpsf {tpsf_id}: {candidate_count} candidate deletion sets, "
                           f"more than the limit of {MAX_DELETION_CANDIDATES}")
    best: tuple[tuple[int, int, int, int], list[int], list[int]] | None = None
    for indexes in itertools.combinations(range(len(unchanged)), surplus):
        deleted = [unchanged[i] for i in indexes]
        surviving = [block for block in unchanged if block not in deleted]
        merged = merge(surviving, row_blocks, len(kinds))
        cost = deletion_cost(state, merged, deleted, kinds, row_kinds)
        if best is None or cost < best[0]:
            best = (cost, merged, deleted)
    assert best is not None
    state.deleted.update(best[2])
    return best[1]


def assemble(state: TextState, units: list[str]) -> str:
    """Join the final sentences and interspaces into the text, with one final line feed."""
    sentences = iter(state.order)
    parts = []
    for unit in units:
        if unit in SENTENCE_UNITS:
            parts.append(state.texts[next(sentences)])
        elif unit == "SIN":
            parts.append(" ")
        elif unit == "PIN":
            parts.append("\n")
        else:
            raise HistoryError(f"invalid text unit {unit!r}, expected SEN, SEC, SIN or PIN")
    # Drop interspaces before the first and after the last sentence.
    first = next(i for i, unit in enumerate(units) if unit in SENTENCE_UNITS)
    last = max(i for i, unit in enumerate(units) if unit in SENTENCE_UNITS)
    return "".join(parts[first:last + 1]) + "\n"


def rebuild(histories: Path, text_units: Path) -> tuple[str, int, list[str], list[str]]:
    """Rebuild one final text and return it with its sentence count, warnings and deletions."""
    blocks = read_histories(histories)
    units_by_version = read_text_units(text_units)
    rows_by_version: dict[int, dict[int, tuple[int, str]]] = {}
    for block, versions in enumerate(blocks):
        for version in versions:
            rows = rows_by_version.setdefault(version.tpsf_id, {})
            if version.position in rows:
                raise HistoryError(f"tpsf {version.tpsf_id}: two rows at position "
                                   f"{version.position}")
            rows[version.position] = (block, version.text)
    if max(rows_by_version) > max(units_by_version):
        raise HistoryError(f"histories reach tpsf {max(rows_by_version)} but text units "
                           f"end at tpsf {max(units_by_version)}")

    state = TextState()
    warnings: list[str] = []
    deletions: list[str] = []
    for tpsf_id in sorted(units_by_version):
        apply_version(state, tpsf_id, units_by_version[tpsf_id],
                      rows_by_version.get(tpsf_id, {}), warnings, deletions)
    final_units = units_by_version[max(units_by_version)]
    final_count = sum(unit in SENTENCE_UNITS for unit in final_units)
    if len(state.order) != final_count:
        raise HistoryError(f"the last version lists {final_count} sentences but the replay "
                           f"ends with {len(state.order)}")
    return assemble(state, final_units), len(state.order), warnings, deletions


def writer_group(name: str) -> tuple[str, str]:
    """Infer the writer group and school grade from the Pro-TEXT file name."""
    match = PUPIL_NAME_RE.match(name)
    if match:
        return "child", PUPIL_GRADES[match.group(1)]
    return "university", ""


def count_words(text: str) -> int:
    """Count whitespace-separated tokens that contain a letter or a digit."""
    return sum(1 for token in text.split() if WORD_RE.search(token))


def main() -> int:
    corpus = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--histories", type=Path, default=corpus / "histories",
                        help="folder of <name>_senhis.csv files")
    parser.add_argument("--text-units", type=Path, default=corpus / "text_units",
                        help="folder of <name>_tus.csv files")
    parser.add_argument("--output", type=Path, default=corpus / "texts",
                        help="folder for <name>.txt and MANIFEST.tsv")
    parser.add_argument("--verbose", action="store_true",
                        help="also print each sentence that the replay deletes")
    arguments = parser.parse_args()

    arguments.output.mkdir(parents=True, exist_ok=True)
    manifest = ["file\twriter_group\tgrade\twords\tsentences"]
    for history in sorted(arguments.histories.glob("*_senhis.csv")):
        name = history.name.removesuffix("_senhis.csv")
        units = arguments.text_units / f"{name}_tus.csv"
        try:
            text, sentences, warnings, deletions = rebuild(history, units)
        except (HistoryError, OSError, ValueError) as error:
            print(f"error: {name}: {error}", file=sys.stderr)
            return 1
        output = arguments.output / f"{name}.txt"
        output.write_text(text, encoding="utf-8", newline="\n")
        group, grade = writer_group(name)
        words = count_words(text)
        manifest.append(f"{output.name}\t{group}\t{grade}\t{words}\t{sentences}")
        print(f"{output.name}: {words} words, {sentences} sentences")
        for warning in warnings:
            print(f"  warning: {warning}")
        if arguments.verbose:
            for deletion in deletions:
                print(f"  {deletion}")
    manifest_text = "\n".join(manifest) + "\n"
    (arguments.output / "MANIFEST.tsv").write_text(manifest_text, encoding="utf-8", newline="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
