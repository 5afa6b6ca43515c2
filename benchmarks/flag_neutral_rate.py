"""How often the flags fire on neutral news (issue 5: "neutral wording of the same fact is not
flagged").

Reads the neutral news of :mod:`sitrep.evaluate.neutral` (LGL local news, CASE and PLOVER
sentences; none of it PTC gold), by default its held-out half (odd ids, which no model is
trained on), parses it, runs the flags of the pipeline (lexicon and the shipped span model;
``--encoder`` adds the MiniLM head) and prints, per corpus and for lexicon and model flags
separately, the flags per 1,000 words and the share of sentences with at least one flag (and
the same for the model flags the report shows, those not weak: ``flags.is_weak``), as JSON
lines. Hedges and verification cues (``hedge``, ``unconfirmed``) are not counted: they
are not propaganda flags.

    PYTHONPATH=src python benchmarks/flag_neutral_rate.py DATA_DIR [--half held] [--encoder]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HEDGE_KINDS = frozenset({"hedge", "unconfirmed"})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, help="the shared data directory")
    parser.add_argument("--half", choices=["train", "held", "all"], default="held")
    parser.add_argument("--encoder", action="store_true", help="add the MiniLM head")
    parser.add_argument("--model", type=Path, default=None, help="a flag_model.npz to use")
    parser.add_argument("--list", action="store_true", help="print every model flag too")
    args = parser.parse_args()

    from sitrep.evaluate.neutral import neutral_texts
    from sitrep.extract.flag_model import load_flag_model
    from sitrep.extract.flags import extract_flags, is_weak
    from sitrep.model import MODEL_FLAG_TERM, Article
    from sitrep.nlp import load_pipeline

    nlp = load_pipeline(None)
    model = load_flag_model(args.model)
    encoder = None
    if args.encoder:
        from sitrep.extract.flag_head import load_flag_encoder

        encoder = load_flag_encoder()
    texts = [(t.corpus, t.id, t.text) for t in neutral_texts(args.data, args.half)]
    totals: dict[str, dict[str, float]] = {}
    docs = nlp.pipe((t for _, _, t in texts), batch_size=32)
    for (corpus, ident, text), doc in zip(texts, docs, strict=True):
        article = Article(text=text, origin=f"{corpus}:{ident}", id=f"{corpus}-{ident}")
        flags = [f for f in extract_flags(doc, article=article, model=model, encoder=encoder)
                 if f.kind not in HEDGE_KINDS]
        tally = totals.setdefault(corpus, dict.fromkeys(
            ("texts", "words", "sentences", "lexicon", "model", "shown", "lexicon_sentences",
             "model_sentences", "shown_sentences", "any_sentences", "any_shown_sentences"),
            0.0))
        tally["texts"] += 1
        tally["words"] += sum(1 for t in doc if not (t.is_punct or t.is_space))
        sents = list(doc.sents)
        tally["sentences"] += len(sents)
        marked: dict[str, set[int]] = {"lexicon": set(), "model": set(), "shown": set()}
        for f in flags:
            source = "model" if f.term == MODEL_FLAG_TERM else "lexicon"
            sent = next(i for i, s in enumerate(sents) if s.start_char <= f.span.start
                        < s.end_char + 1)
            for name in (source, "shown") if source == "model" and not is_weak(f) else (
                    source,):
                tally[name] += 1
                marked[name].add(sent)
            if args.list and source == "model":
                print(f"# {corpus}:{ident} {f.kind} {f.confidence} {is_weak(f)} "
                      f"{f.span.text!r}")
        for name in ("lexicon", "model", "shown"):
            tally[f"{name}_sentences"] += len(marked[name])
        tally["any_sentences"] += len(marked["lexicon"] | marked["model"])
        tally["any_shown_sentences"] += len(marked["lexicon"] | marked["shown"])
    for corpus, t in totals.items():
        words = t["words"] / 1000
        print(json.dumps({
            "corpus": corpus, "half": args.half, "texts": int(t["texts"]),
            "words": int(t["words"]), "sentences": int(t["sentences"]),
            "lexicon_per_1000_words": round(t["lexicon"] / words, 2),
            "model_per_1000_words": round(t["model"] / words, 2),
            "shown_model_per_1000_words": round(t["shown"] / words, 2),
            "lexicon_sentence_share": round(t["lexicon_sentences"] / t["sentences"], 4),
            "model_sentence_share": round(t["model_sentences"] / t["sentences"], 4),
            "shown_model_sentence_share": round(t["shown_sentences"] / t["sentences"], 4),
            "any_sentence_share": round(t["any_sentences"] / t["sentences"], 4),
            "any_shown_sentence_share": round(t["any_shown_sentences"] / t["sentences"], 4),
        }), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
