"""Citron's source step, after its description: a CRF over the tokens of a cue's sentence.

Used by ``benchmarks/citron_method.py --source``. For each cue (gold cues in training,
predicted ones when tagging) the tokens of the sentence of the cue's first token are labelled
B/I/O for the attribution's source with a linear-chain CRF (python-crfsuite, L-BFGS, c1 = 0.1,
c2 = 0.01, 100 iterations). The features are ours (Citron's own list was not at hand): the
token's lower-cased text, lemma, fine tag, dependency label, entity type and IOB, title case;
whether it lies in the cue, before or after it and how far (capped at 10); its head's relation
to the cue (the cue itself, or an ancestor of the cue's tokens) with its dependency label;
the cue's lemma joined with the token's dependency label; whether it is inside quotation marks;
and the lower-cased text, tag and cue membership of the two tokens either side. A gold source
outside the cue's sentence cannot be learnt or found (counted by ``unreachable``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sitrep.evaluate.claims import Attribution, Fragments


def _cue_tokens(doc: Any, cue: Fragments) -> list[int]:
    return [t.i for t in doc if t.text.strip() and any(
        s < t.idx + len(t.text) and t.idx < e for s, e in cue)]


def _sentence(doc: Any, cue_toks: list[int]) -> list[int]:
    sent = doc[cue_toks[0]].sent
    return [t.i for t in sent if t.text.strip()]


def _ancestor_in(tok: Any, cue: set[int]) -> int:
    """Steps from ``tok`` up to a cue token (0 when it is one; -1 when none is above)."""
    for n in range(0, 30):
        if tok.i in cue:
            return n
        if tok.head.i == tok.i:
            return -1
        tok = tok.head
    return -1


def sentence_features(doc: Any, toks: list[int], cue: set[int], quoted: Sequence[bool]
                      ) -> list[dict[str, Any]]:
    """CRF features of each token of ``toks`` (one sentence) for the cue ``cue``."""
    first, last = min(cue), max(cue)
    lemma = "_".join(doc[i].lemma_.lower() for i in sorted(cue))
    rows = []
    for pos, i in enumerate(toks):
        t = doc[i]
        side = "in" if i in cue else ("before" if i < first else "after")
        dist = 0 if side == "in" else min(10, first - i if i < first else i - last)
        up = _ancestor_in(t.head, cue) if i not in cue else 0
        f: dict[str, Any] = {
            "w": t.text.lower(), "lemma": t.lemma_.lower(), "tag": t.tag_, "dep": t.dep_,
            "ent": t.ent_type_ or "-", "iob": t.ent_iob_, "title": t.is_title,
            "side": side, "dist": f"{side}{dist}", "quoted": quoted[i],
            "head_cue": f"{min(up, 4)}|{t.dep_}" if up >= 0 else "none",
            "cue_dep": f"{lemma}|{t.dep_}",
        }
        for k in (-2, -1, 1, 2):
            j = pos + k
            if 0 <= j < len(toks):
                n = doc[toks[j]]
                f[f"{k}w"], f[f"{k}tag"] = n.text.lower(), n.tag_
                f[f"{k}cue"] = toks[j] in cue
            else:
                f[f"{k}w"] = "<edge>"
        rows.append(f)
    return rows


def source_labels(doc: Any, toks: list[int], source: Fragments) -> list[str]:
    """B/I/O of each token of ``toks`` for the gold source fragments."""
    out, prev = [], False
    for i in toks:
        t = doc[i]
        inside = any(s < t.idx + len(t.text) and t.idx < e for s, e in source)
        out.append(("I" if prev else "B") if inside else "O")
        prev = inside
    return out


def _items(doc: Any, cue: Fragments, quoted: Sequence[bool]
           ) -> tuple[list[int], list[dict[str, Any]]] | None:
    cue_toks = _cue_tokens(doc, cue)
    if not cue_toks:
        return None
    toks = _sentence(doc, cue_toks)
    return toks, sentence_features(doc, toks, set(cue_toks), quoted)


def _flat(row: dict[str, Any]) -> list[str]:
    return [f"{k}={v}" for k, v in row.items()]


def train(model_path: str, docs: Sequence[Any], golds: Sequence[Sequence[Attribution]],
          quoted: Sequence[Sequence[bool]]) -> int:
    """Train the CRF on every gold attribution; returns how many sentences it saw."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params({"c1": 0.1, "c2": 0.01, "max_iterations": 100})
    seen = 0
    for doc, gold, q in zip(docs, golds, quoted, strict=True):
        for a in gold:
            item = _items(doc, a.cue, q)
            if item is None:
                continue
            toks, rows = item
            trainer.append([_flat(r) for r in rows], source_labels(doc, toks, a.source))
            seen += 1
    trainer.train(model_path)
    return seen


def find_sources(model_path: str, docs: Sequence[Any], cues: Sequence[Sequence[Attribution]],
                 quoted: Sequence[Sequence[bool]]) -> list[tuple[Attribution, ...]]:
    """Each cue-only attribution of ``cues`` with the source the CRF tags in its sentence."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(model_path)
    out = []
    for doc, atts, q in zip(docs, cues, quoted, strict=True):
        found = []
        for a in atts:
            item = _items(doc, a.cue, q)
            frags: list[tuple[int, int]] = []
            if item is not None:
                toks, rows = item
                prev = "O"
                for i, label in zip(toks, tagger.tag([_flat(r) for r in rows]), strict=True):
                    t = doc[i]
                    if label == "I" and prev != "O":
                        frags[-1] = (frags[-1][0], t.idx + len(t.text))
                    elif label != "O":
                        frags.append((t.idx, t.idx + len(t.text)))
                    prev = label
            found.append(Attribution(tuple(frags), a.cue, ()))
        out.append(tuple(found))
    return out


def unreachable(docs: Sequence[Any], golds: Sequence[Sequence[Attribution]]) -> tuple[int, int]:
    """(gold attributions with a source, those whose source lies outside the cue's sentence)."""
    total = outside = 0
    for doc, gold in zip(docs, golds, strict=True):
        for a in gold:
            if not a.source:
                continue
            total += 1
            cue_toks = _cue_tokens(doc, a.cue)
            if not cue_toks:
                outside += 1
                continue
            sent = doc[cue_toks[0]].sent
            if any(s < sent.start_char or e > sent.end_char for s, e in a.source):
                outside += 1
    return total, outside
