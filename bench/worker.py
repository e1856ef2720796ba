"""The measuring half of the benchmark, run by ``bench/run.py`` in a subprocess per job.

``python bench/worker.py api SEEDS OUT LOG`` runs :func:`kzld.pipeline.build` and logs its stage
timings and counts. ``python bench/worker.py baselines TTL MANIFEST WORK LOG [--skip a,b]`` loads
the published Turtle and times what a user would use instead of kzld (rdflib parsing, plain
``pyshacl.validate()``, rdflib's Turtle and JSON-LD serialisers, pyoxigraph loading), compares the
graph with the generator's ground truth, and writes a copy with seeded faults for the verdict
comparison. Each step appends one JSON line to LOG as soon as it ends, so the runner keeps what
finished when it has to stop a step that runs too long.
"""

from __future__ import annotations

import json
import resource
import signal
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["main"]

REPO = Path(__file__).resolve().parent.parent
SCHEMA = "http://schema.org/"
KZLD = "https://w3id.org/kzld/vocab#"
PROV = "http://www.w3.org/ns/prov#"
SH = "http://www.w3.org/ns/shacl#"
#: How many signatures lose their agent, and sources their name, in the faulted copy.
FAULTS = 5


def _peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


class StepTimeout(BaseException):
    """Raised inside a step that runs longer than the step timeout (not an Exception, so that
    no library's ``except Exception`` swallows it)."""


def _alarm(signum: int, frame: Any) -> None:
    raise StepTimeout


class Log:
    """Appends one JSON object per step to a file, flushed at once; times steps out."""

    def __init__(self, path: Path, step_timeout: float = 0) -> None:
        self.stream = path.open("a", encoding="utf-8")
        self.step_timeout = step_timeout

    def write(self, step: str, **fields: Any) -> None:
        record = {"step": step, "peak_rss_mb": _peak_mb(), **fields}
        self.stream.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        self.stream.flush()

    def timed(self, step: str, func: Callable[[], dict[str, Any] | None]) -> bool:
        start = time.perf_counter()
        if self.step_timeout:
            signal.signal(signal.SIGALRM, _alarm)
            signal.setitimer(signal.ITIMER_REAL, self.step_timeout)
        try:
            extra = func() or {}
        except StepTimeout:
            self.write(
                step,
                status="timeout",
                seconds=round(time.perf_counter() - start, 4),
                reason=f"stopped after {self.step_timeout:g} s (--timeout)",
            )
            return False
        except Exception as error:  # a failing step is a result, not a crash of the run
            self.write(
                step,
                status="failed",
                seconds=round(time.perf_counter() - start, 4),
                error=f"{type(error).__name__}: {error}"[:2000],
                traceback=traceback.format_exc()[-3000:],
            )
            return False
        finally:
            if self.step_timeout:
                signal.setitimer(signal.ITIMER_REAL, 0)
        self.write(step, status="ok", seconds=round(time.perf_counter() - start, 4), **extra)
        return True


def run_api(seeds: Path, out: Path, log: Log) -> None:
    """Time the library build, stage by stage."""
    try:
        from kzld.pipeline import build
    except ImportError as error:
        log.write("api", status="missing", error=f"kzld.pipeline is not importable: {error}")
        return

    def step() -> dict[str, Any]:
        result = build(seeds, out)
        return {
            "timings": {k: round(v, 4) for k, v in result.timings.items()},
            "documents": result.documents,
            "triples": result.triples,
            "signatures": getattr(result, "signatures", None),
            "organisations": getattr(result, "organisations", None),
            "problems": len(getattr(result, "problems", ()) or ()),
            "left_out": len(getattr(result, "left_out", ()) or ()),
            "warnings": len(getattr(result, "warnings", ()) or ()),
        }

    log.timed("api", step)


def _shapes_and_ontology() -> tuple[Any, Any, str]:
    """The shapes graph (with the ontology, as kzld uses it) and the ontology graph."""
    from rdflib import Graph

    ontology = Graph().parse(REPO / "ontology" / "kzld.ttl", format="turtle")
    try:
        from kzld.validate import load_shapes

        return load_shapes(), ontology, "kzld.validate.load_shapes()"
    except ImportError:
        shapes = Graph()
        for path in sorted((REPO / "shapes").glob("*.ttl")):
            shapes.parse(path, format="turtle")
        shapes += ontology
        return shapes, ontology, "shapes/*.ttl + ontology/kzld.ttl"


def _pyshacl(data: Any, shapes: Any, ontology: Any) -> dict[str, Any]:
    """Plain ``pyshacl.validate()``: data with the ontology mixed in, inference off."""
    import pyshacl
    from rdflib import Graph, URIRef
    from rdflib.namespace import RDF

    mixed = Graph()
    mixed += data
    mixed += ontology
    conforms, report, _ = pyshacl.validate(
        mixed,
        shacl_graph=shapes,
        inference="none",
        abort_on_first=False,
        allow_infos=True,
        allow_warnings=True,
        advanced=False,
        meta_shacl=False,
        inplace=True,
    )
    counts: dict[str, int] = {}
    for result in report.subjects(RDF.type, URIRef(SH + "ValidationResult")):
        severity = report.value(result, URIRef(SH + "resultSeverity"))
        name = str(severity).rsplit("#", 1)[-1] if severity else "Violation"
        counts[name] = counts.get(name, 0) + 1
    violations = counts.get("Violation", 0)
    return {"conforms": bool(violations == 0), "pyshacl_conforms": bool(conforms), "counts": counts}


TRUTH_QUERIES = {
    "signatures": f"""
        SELECT ?file (COUNT(DISTINCT ?sig) AS ?n) WHERE {{
          ?st a <{KZLD}Statement> ; <{PROV}hadPrimarySource> ?src . ?src <{SCHEMA}name> ?file .
          OPTIONAL {{ ?sig a <{KZLD}Signature> ; <{SCHEMA}object> ?st }}
        }} GROUP BY ?file""",
    "languages": f"""
        SELECT ?file ?value WHERE {{
          ?st a <{KZLD}Statement> ; <{PROV}hadPrimarySource> ?src . ?src <{SCHEMA}name> ?file .
          ?st <{SCHEMA}inLanguage> ?value }}""",
    "created": f"""
        SELECT ?file ?value WHERE {{
          ?st a <{KZLD}Statement> ; <{PROV}hadPrimarySource> ?src . ?src <{SCHEMA}name> ?file .
          ?st <{SCHEMA}dateCreated> ?value }}""",
    "published": f"""
        SELECT ?file ?value WHERE {{
          ?st a <{KZLD}Statement> ; <{PROV}hadPrimarySource> ?src . ?src <{SCHEMA}name> ?file .
          ?st <{SCHEMA}datePublished> ?value }}""",
    "stated": f"""
        SELECT ?file ?value WHERE {{
          ?st a <{KZLD}Statement> ; <{PROV}hadPrimarySource> ?src . ?src <{SCHEMA}name> ?file .
          ?st <{KZLD}statedSignatoryCount> ?value }}""",
}


def compare_truth(store: Any, manifest: dict[str, Any]) -> dict[str, Any]:
    """How many documents the graph gets right, field by field, against the ground truth."""
    found: dict[str, dict[str, set[str]]] = {name: {} for name in TRUTH_QUERIES}
    for name, query in TRUTH_QUERIES.items():
        for row in store.query(query):
            file = row["file"].value
            value = row["n"].value if name == "signatures" else row["value"].value
            found[name].setdefault(file, set()).add(value)
    docs = manifest["documents"]
    expected: dict[str, dict[str, set[str]]] = {
        "signatures": {d["file"]: {str(d["signatures"])} for d in docs},
        "languages": {d["file"]: set(d["languages"]) for d in docs},
        "created": {d["file"]: {d["created"]["date"]} if d["created"] else set() for d in docs},
        "published": {d["file"]: {d["published"]} if d["published"] else set() for d in docs},
        "stated": {
            d["file"]: {str(d["stated_total"])} if d.get("stated_total") else set() for d in docs
        },
    }
    summary: dict[str, Any] = {"documents": len(docs)}
    wrongs: dict[str, set[str]] = {}
    for name in TRUTH_QUERIES:
        wrong = sorted(f for f in expected[name] if found[name].get(f, set()) != expected[name][f])
        wrongs[name] = set(wrong)
        summary[name] = {"right": len(docs) - len(wrong), "wrong_examples": wrong[:5]}
    # Per layout: the generator's newer layouts (issue 18) are speed-test material; what the
    # reader gets right of them is measured on the development corpus, not here.
    layouts: dict[str, dict[str, int]] = {}
    for d in docs:
        row = layouts.setdefault(d.get("layout", "heading"), {"documents": 0})
        row["documents"] += 1
        for name in TRUTH_QUERIES:
            row[name] = row.get(name, 0) + (d["file"] not in wrongs[name])
    summary["layouts"] = dict(sorted(layouts.items()))
    summary["signatures"]["expected_total"] = manifest["totals"]["signatures"]
    summary["signatures"]["found_total"] = sum(
        int(v) for values in found["signatures"].values() for v in values
    )
    return summary


def _fault(store: Any, path: Path) -> dict[str, Any]:
    """Write a copy of the graph with seeded faults: signatures without agent, sources unnamed."""
    import pyoxigraph as ox

    agent = ox.NamedNode(SCHEMA + "agent")
    name = ox.NamedNode(SCHEMA + "name")
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    signatures = sorted(
        (
            q.subject
            for q in store.quads_for_pattern(None, rdf_type, ox.NamedNode(KZLD + "Signature"))
        ),
        key=str,
    )[:FAULTS]
    removed = 0
    for subject in signatures:
        for quad in list(store.quads_for_pattern(subject, agent, None)):
            store.remove(quad)
            removed += 1
    sources = sorted(
        (
            q.subject
            for q in store.quads_for_pattern(None, rdf_type, ox.NamedNode(KZLD + "SourceDocument"))
        ),
        key=str,
    )[:FAULTS]
    for subject in sources:
        for quad in list(store.quads_for_pattern(subject, name, None)):
            store.remove(quad)
            removed += 1
    store.dump(output=str(path), format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph())
    return {"removed_triples": removed, "path": str(path)}


def run_baselines(ttl: Path, manifest_path: Path, work: Path, log: Log, skip: set[str]) -> None:
    """Time the baselines on the published graph, check the ground truth, seed faults."""
    import pyoxigraph as ox
    from rdflib import Graph

    state: dict[str, Any] = {}

    def skipped(step: str) -> bool:
        if step in skip:
            log.write(step, status="skipped", reason="estimated too long (see the runner)")
            return True
        return False

    def parse() -> dict[str, Any]:
        state["graph"] = Graph().parse(ttl, format="turtle")
        return {"triples": len(state["graph"])}

    def oxigraph() -> dict[str, Any]:
        store = ox.Store()
        store.bulk_load(path=str(ttl), format=ox.RdfFormat.TURTLE)
        state["store"] = store
        return {"triples": len(store)}

    if not log.timed("pyoxigraph_load", oxigraph):
        return
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    log.timed("truth", lambda: {"truth": compare_truth(state["store"], manifest)})
    faulted = work / "faulted.ttl"
    log.timed("fault", lambda: _fault(state["store"], faulted))
    if skipped("rdflib_parse") or not log.timed("rdflib_parse", parse):
        return
    graph = state["graph"]
    if not skipped("rdflib_turtle"):
        log.timed("rdflib_turtle", lambda: {"bytes": len(graph.serialize(format="turtle"))})
    if not skipped("rdflib_jsonld"):

        def jsonld() -> dict[str, Any]:
            context = json.loads((REPO / "ontology" / "context.jsonld").read_text("utf-8"))
            context = context.get("@context", context)
            return {"bytes": len(graph.serialize(format="json-ld", context=context))}

        log.timed("rdflib_jsonld", jsonld)
    if skipped("pyshacl") and skipped("pyshacl_faulted"):
        return
    shapes, ontology, source = _shapes_and_ontology()
    log.write("shapes", status="ok", source=source, triples=len(shapes))
    if "pyshacl" not in skip and not log.timed(
        "pyshacl", lambda: _pyshacl(graph, shapes, ontology)
    ):
        log.write("pyshacl_faulted", status="skipped", reason="pyshacl did not finish the graph")
        return
    if "pyshacl_faulted" not in skip and faulted.is_file():

        def faulted_check() -> dict[str, Any]:
            data = Graph().parse(faulted, format="turtle")
            return _pyshacl(data, shapes, ontology)

        log.timed("pyshacl_faulted", faulted_check)


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(description="benchmark worker (run by bench/run.py)")
    sub = parser.add_subparsers(dest="job", required=True)
    api = sub.add_parser("api")
    api.add_argument("seeds", type=Path)
    api.add_argument("out", type=Path)
    api.add_argument("log", type=Path)
    base = sub.add_parser("baselines")
    base.add_argument("ttl", type=Path)
    base.add_argument("manifest", type=Path)
    base.add_argument("work", type=Path)
    base.add_argument("log", type=Path)
    base.add_argument("--skip", default="")
    for sub_parser in (api, base):
        sub_parser.add_argument("--timeout", type=float, default=0, help="seconds per step")
    args = parser.parse_args(argv)
    log = Log(args.log, args.timeout)
    if args.job == "api":
        run_api(args.seeds, args.out, log)
    else:
        run_baselines(
            args.ttl, args.manifest, args.work, log, set(filter(None, args.skip.split(",")))
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
