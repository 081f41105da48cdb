#!/usr/bin/env python3
"""Print reference values of lexical diversity measures from lexicalrichness.

Plume's tests in Tests/TextAnalysisTests/LexicalDiversityTests.swift embed
these values. Rerun after changing a token list here, and copy the output
into the tests:

    python3 -m venv bench/.venv
    bench/.venv/bin/pip install lexicalrichness==0.5.1
    bench/.venv/bin/python bench/lexical_richness_reference.py

Token lists are given to lexicalrichness already split (tokenizer=None), so
its own preprocessing (lowercasing, digit and hyphen removal) does not run.
A measure lexicalrichness rejects (HD-D with fewer than 42 tokens, MATTR
with fewer than 50) is printed as nil.
"""

import pathlib
import sys

import lexicalrichness
from lexicalrichness import LexicalRichness

ROOT = pathlib.Path(__file__).resolve().parent.parent

# The first 2,000 tokens of Maupassant's Bel-Ami (ELTeC) that consist of
# letters only, lowercased, after splitting on white space. The Swift test
# rebuilds the same list with the same rule.
ELTEC_FILE = ROOT / "corpora" / "eltec" / "FRA02701_Maupassant.txt"
ELTEC_TOKENS = 2000

CASES = {
    "six_words": "le chat le chien le rat".split(),
    "no_repetition": (
        "nous avons longtemps marché vers une colline boisée où trois bergers "
        "gardaient leurs moutons"
    ).split(),
    "forty_six_words": (
        "la ville dort encore quand le boulanger ouvre sa boutique et le boulanger "
        "allume le four puis la ville se réveille lentement les enfants partent à "
        "l'école les parents partent au travail et la ville entière reprend son "
        "rythme habituel sous un ciel gris de novembre"
    ).split(),
    "fifty_words": (
        "un élève écrit un texte puis un autre élève lit ce texte et chaque élève "
        "propose une idée nouvelle pour que le texte devienne plus clair plus précis "
        "et plus riche car un texte clair se lit vite et un texte précis convainc "
        "mieux le lecteur attentif qui cherche toujours"
    ).split(),
}


def eltec_tokens():
    text = ELTEC_FILE.read_text(encoding="utf-8")
    words = [word.lower() for word in text.split() if word.isalpha()]
    return words[:ELTEC_TOKENS]


def value(function):
    try:
        return repr(float(function()))
    except ValueError:
        return "nil"


def main():
    cases = dict(CASES)
    cases["bel_ami_2000"] = eltec_tokens()
    print(f"# lexicalrichness {lexicalrichness.__version__}, Python {sys.version.split()[0]}")
    for name, tokens in cases.items():
        richness = LexicalRichness(tokens, preprocessor=None, tokenizer=None)
        measures = {
            "tokens": str(richness.words),
            "types": str(richness.terms),
            "ttr": value(lambda: richness.ttr),
            "rttr": value(lambda: richness.rttr),
            "mtld": value(lambda: richness.mtld(threshold=0.72)),
            "hdd": value(lambda: richness.hdd(draws=42)),
            "mattr": value(lambda: richness.mattr(window_size=50)),
            "yulek": value(lambda: richness.yulek),
        }
        fields = ", ".join(f"{key}: {text}" for key, text in measures.items())
        print(f"{name}: {fields}")


if __name__ == "__main__":
    main()
