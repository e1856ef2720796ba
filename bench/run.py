"""The benchmark runner: ``python bench/run.py --sizes 100,1000,10000``.

For each size N it generates (or reuses) a synthetic corpus (``bench/generate.py``), then measures
in subprocesses, each under a timeout: ``kzld build`` end to end (wall time, peak memory), the
library build stage by stage (``kzld.pipeline.build``), ``kzld check`` on the result, every
catalogue query through ``kzld query``, and the baselines a user would use instead (rdflib
parsing, plain ``pyshacl.validate()``, rdflib's Turtle and JSON-LD serialisers, loading into
pyoxigraph), with
the verdicts compared on the graph and on a copy with seeded faults, and the graph compared with
the generator's ground truth. ``kzld --help`` start-up is the median of five runs.

Results go to ``bench/results.json`` (everything) and ``bench/RESULTS.md`` (a short table), with
the machine, the versions, the command and the date; both are rewritten after every size, so an
interrupted run keeps what it measured. A baseline whose time, extrapolated from the smaller
sizes of the same run, exceeds ``--budget`` seconds is recorded as skipped rather than run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import platform
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))

from generate import fingerprint, generate  # noqa: E402

__all__ = ["Runner", "main", "run_command"]

#: The baselines and the kzld measurement each is a ratio against (baseline time / kzld time).
RATIOS = {
    "pyshacl": ("api", "validate"),
    "rdflib_turtle": ("api", "turtle"),
    "rdflib_jsonld": ("api", "jsonld"),
    "rdflib_parse": ("baseline", "pyoxigraph_load"),
}
#: Baselines that may be skipped by extrapolation, with the least exponent assumed (cost ~ size^k).
EXTRAPOLATED = {
    "rdflib_parse": 1.0,
    "rdflib_turtle": 1.0,
    "rdflib_jsonld": 1.0,
    "pyshacl": 1.0,
    "pyshacl_faulted": 1.0,
}
STAGES = ("read", "resolve", "map", "order", "validate", "turtle", "jsonld", "write")
PACKAGES = ("kzld", "rdflib", "pyshacl", "pyoxigraph", "PyLD", "shacl", "lingua-language-detector")


def run_command(
    command: list[str], *, timeout: float, cwd: Path = REPO, stdout: Path | None = None
) -> dict[str, Any]:
    """Run ``command``; its wall and CPU time, peak memory (RSS of that process), exit code and
    output.

    A command still running after ``timeout`` seconds is killed with its process group and
    reported with status ``timeout``.
    """
    out_path = stdout or Path(os.devnull)
    start = time.perf_counter()
    with out_path.open("wb") as out:
        try:
            process = subprocess.Popen(
                command,
                cwd=cwd,
                stdout=out,
                stderr=subprocess.PIPE,
                start_new_session=True,
            )
        except OSError as error:
            return {"status": "missing", "error": str(error), "command": shlex.join(command)}
        assert process.stderr is not None
        os.set_blocking(process.stderr.fileno(), False)
        stderr = bytearray()
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            chunk = process.stderr.read()
            if chunk:
                stderr += chunk[-20000:]
            if pid:
                break
            if time.perf_counter() - start > timeout:
                os.killpg(process.pid, signal.SIGKILL)
                os.wait4(process.pid, 0)
                process.returncode = -signal.SIGKILL
                process.stderr.close()
                return {
                    "status": "timeout",
                    "timeout_s": timeout,
                    "wall_s": round(time.perf_counter() - start, 3),
                    "command": shlex.join(command),
                }
            time.sleep(0.005)
        wall = time.perf_counter() - start
        rest = process.stderr.read()
        if rest:
            stderr += rest
        process.stderr.close()
        process.returncode = os.waitstatus_to_exitcode(status)
    code = process.returncode
    return {
        "status": "ok" if code == 0 else "failed",
        "exit_code": code,
        "wall_s": round(wall, 4),
        # CPU time of the process and the workers it waited for: on a shared machine the wall
        # time says more about the other processes than about this one
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 3),
        "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
        "stderr_tail": bytes(stderr).decode("utf-8", "replace")[-1500:],
        "command": shlex.join(command),
    }


#: ``kzld build``'s exit status when it published the graph without some texts.
LEFT_OUT_EXIT = 3


def kzld_command() -> list[str]:
    """The ``kzld`` script of this Python (not a version manager's shim, which adds start-up)."""
    script = Path(sys.executable).parent / "kzld"
    if script.is_file():
        return [str(script)]
    found = shutil.which("kzld")
    if found:
        return [found]
    return [sys.executable, "-c", "from kzld.cli import main; main()"]


def machine() -> dict[str, Any]:
    """Cores, memory, CPU model and system of this machine."""
    info: dict[str, Any] = {
        "cores": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
    }
    try:
        affinity = len(os.sched_getaffinity(0))
        info["cores_available"] = affinity
    except AttributeError:
        pass
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
    meminfo = Path("/proc/meminfo")
    if meminfo.is_file():
        for line in meminfo.read_text().splitlines():
            if line.startswith("MemTotal:"):
                info["memory_gb"] = round(int(line.split()[1]) / 1024 / 1024, 1)
    return info


def versions() -> dict[str, str | None]:
    """Versions of the libraries measured, and the git commit of the work tree."""
    from importlib.metadata import PackageNotFoundError, version

    found: dict[str, str | None] = {}
    for package in PACKAGES:
        try:
            found[package] = version(package)
        except PackageNotFoundError:
            found[package] = None
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=REPO,
            capture_output=True,
            text=True,
        ).stdout.strip()
        found["git"] = commit + ("+dirty" if dirty else "") if commit else None
    except OSError:
        found["git"] = None
    return found


def _read_log(path: Path) -> dict[str, dict[str, Any]]:
    steps: dict[str, dict[str, Any]] = {}
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                steps[record.pop("step")] = record
    return steps


def _count_rows(path: Path) -> int | None:
    if not path.is_file():
        return None
    text = path.read_text(encoding="utf-8", errors="replace")
    try:
        data = json.loads(text)
    except ValueError:
        return max(0, len([line for line in text.splitlines() if line.strip()]) - 1)
    if isinstance(data, dict) and "results" in data:
        return len(data["results"].get("bindings", []))
    return len(data) if isinstance(data, list) else None


class Runner:
    """One benchmark run over several sizes, writing results as it goes."""

    def __init__(
        self,
        *,
        sizes: list[int],
        seed: int,
        work: Path,
        results: Path,
        timeout: float,
        budget: float,
        baseline_timeout: float | None = None,
        baselines: bool = True,
        skip: frozenset[str] = frozenset(),
        startup_runs: int = 5,
        command: str = "",
    ) -> None:
        self.sizes = sizes
        self.seed = seed
        self.work = work
        self.results_path = results
        self.timeout = timeout
        self.baseline_timeout = timeout if baseline_timeout is None else baseline_timeout
        self.budget = budget
        self.baselines = baselines
        self.skip = skip
        self.startup_runs = startup_runs
        self.kzld = kzld_command()
        self.data: dict[str, Any] = {
            "command": command,
            "date": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
            "machine": machine(),
            "versions": versions(),
            "seed": seed,
            "timeout_s": timeout,
            "baseline_timeout_s": self.baseline_timeout,
            "budget_s": budget,
            "kzld_executable": shlex.join(self.kzld),
            "startup": {},
            "sizes": [],
        }

    # ------------------------------------------------------------------ the steps

    def corpus(self, n: int) -> tuple[Path, dict[str, Any]]:
        """The corpus of ``n`` documents, generated unless a current one is cached."""
        folder = self.work / f"corpus-s{self.seed}-n{n}"
        manifest_path = folder / "manifest.json"
        start = time.perf_counter()
        cached = False
        if manifest_path.is_file():
            manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
            cached = manifest["generator"]["fingerprint"] == fingerprint() and manifest["n"] == n
        if not cached:
            manifest = generate(n, self.seed, folder)
        files = list((folder / "seeds").glob("*.txt"))
        info = {
            "folder": str(folder.relative_to(REPO) if folder.is_relative_to(REPO) else folder),
            "cached": cached,
            "generate_s": round(time.perf_counter() - start, 3),
            "bytes": sum(p.stat().st_size for p in files),
            **manifest["totals"],
        }
        return folder, info

    def startup(self) -> dict[str, Any]:
        """``kzld --help``, the median of several runs."""
        runs = [run_command([*self.kzld, "--help"], timeout=60) for _ in range(self.startup_runs)]
        walls = [r["wall_s"] for r in runs if r["status"] == "ok"]
        if not walls:
            return {"status": "failed", "runs": runs}
        return {
            "status": "ok",
            "median_s": round(statistics.median(walls), 4),
            "runs_s": walls,
            "peak_rss_mb": max(r["peak_rss_mb"] for r in runs if r["status"] == "ok"),
        }

    def estimate(self, step: str, size: dict[str, Any]) -> str | None:
        """Why ``step`` is skipped at this size (extrapolated from the smaller ones), or None."""
        scale = size.get("api", {}).get("triples") or size["n"]
        points = []
        for earlier in self.data["sizes"]:
            entry = earlier.get("baselines", {}).get(step, {})
            if entry.get("status") == "timeout":
                return f"skipped: timed out at N={earlier['n']} ({entry.get('reason', '')})"
            seconds = entry.get("seconds")
            earlier_scale = earlier.get("api", {}).get("triples") or earlier["n"]
            if seconds and earlier_scale and earlier_scale < scale:
                points.append((earlier_scale, seconds))
        if not points:
            return None
        points.sort()
        exponent = EXTRAPOLATED[step]
        if len(points) >= 2:
            (x1, t1), (x2, t2) = points[-2], points[-1]
            if x2 > x1 and t1 > 0.05:
                exponent = max(exponent, min(3.0, math.log(t2 / t1) / math.log(x2 / x1)))
        x, t = points[-1]
        estimated = t * (scale / x) ** exponent
        if estimated <= self.budget:
            return None
        return (
            f"skipped: estimated {estimated:.0f} s > budget {self.budget:.0f} s "
            f"(from {t:.1f} s at {x} {'triples' if size.get('api') else 'documents'}, "
            f"cost ~ size^{exponent:.2f})"
        )

    def size(self, n: int) -> dict[str, Any]:
        """Every measurement at size ``n``."""
        size: dict[str, Any] = {"n": n}
        self.data["sizes"].append(size)
        folder, size["corpus"] = self.corpus(n)
        self.save()
        seeds, manifest = folder / "seeds", folder / "manifest.json"
        out_cli, out_api = folder / "out-cli", folder / "out-api"
        for old in (out_cli, out_api):
            shutil.rmtree(old, ignore_errors=True)

        size["build_cli"] = run_command(
            [*self.kzld, "build", "--seeds", str(seeds), "--out", str(out_cli)],
            timeout=self.timeout,
        )
        if size["build_cli"].get("exit_code") == LEFT_OUT_EXIT:  # published, some texts left out
            size["build_cli"].update(status="ok", texts_left_out=True)
        if size["build_cli"].get("wall_s") and size["build_cli"]["status"] == "ok":
            size["build_cli"]["per_document_ms"] = round(size["build_cli"]["wall_s"] / n * 1000, 3)
        self.save()

        api_log = folder / "api.jsonl"
        api_log.unlink(missing_ok=True)
        process = run_command(
            [
                sys.executable,
                str(BENCH / "worker.py"),
                "api",
                str(seeds),
                str(out_api),
                str(api_log),
            ],
            timeout=self.timeout,
        )
        api = _read_log(api_log).get("api") or {"status": process["status"]}
        api["process"] = {k: process.get(k) for k in ("status", "wall_s", "peak_rss_mb")}
        if process["status"] != "ok" and api.get("status") == "ok":
            api["status"] = process["status"]
        if process["status"] != "ok":
            api["stderr_tail"] = process.get("stderr_tail")
        if api.get("status") == "ok":
            api["per_document_ms"] = round(api["seconds"] / n * 1000, 3)
            api["identical_to_cli"] = all(
                (out_cli / name).is_file()
                and (out_api / name).read_bytes() == (out_cli / name).read_bytes()
                for name in ("kzld.ttl", "kzld.jsonld")
            )
        size["api"] = api
        self.save()

        ttl = out_cli / "kzld.ttl" if (out_cli / "kzld.ttl").is_file() else out_api / "kzld.ttl"
        if not ttl.is_file():
            size["note"] = "no kzld.ttl was built: check, queries and baselines not run"
            self.save()
            return size
        size["graph"] = {
            "ttl_bytes": ttl.stat().st_size,
            "built_by": "cli" if ttl.parent == out_cli else "api",
        }
        size["check"] = self.check(ttl, folder / "check.json")
        size["queries"] = self.queries(ttl, folder)
        self.save()
        if self.baselines:
            size["baselines"] = self.run_baselines(ttl, manifest, folder, size)
            faulted = folder / "faulted.ttl"
            if faulted.is_file():
                size["check_faulted"] = self.check(faulted, folder / "check-faulted.json")
        size["ratios"] = self.ratios(size)
        size["verdicts"] = self.verdicts(size)
        self.save()
        return size

    def check(self, ttl: Path, report: Path) -> dict[str, Any]:
        """``kzld check FILE --output json``: time, exit code, verdict and counts."""
        # kzld's own output may be past check's default size limit: the limit is the file's size
        command = [*self.kzld, "check", str(ttl), "--output", "json"]
        command += ["--max-bytes", str(max(ttl.stat().st_size, 1))]
        result = run_command(command, timeout=self.timeout, stdout=report)
        if result["status"] == "failed" and result.get("exit_code") == 1:
            result["status"] = "ok"  # exit 1 means "does not conform": a verdict, not a failure
        try:
            files = json.loads(report.read_text(encoding="utf-8"))["files"]
            # the verdict kzld build and pyshacl (warnings allowed) give: no violation; the
            # report's own sh:conforms (SHACL 3.6.1) is false beside any result, an info too
            result["conforms"] = files[0]["counts"]["Violation"] == 0
            result["report_conforms"] = files[0]["conforms"]
            result["counts"] = files[0]["counts"]
        except (OSError, ValueError, KeyError, IndexError):
            pass
        return result

    def queries(self, ttl: Path, folder: Path) -> dict[str, Any]:
        """Every catalogue query (``queries/*.rq``) through ``kzld query NAME --data FILE``."""
        names = sorted(p.stem for p in (REPO / "queries").glob("*.rq"))
        if not names:
            return {"status": "missing", "reason": "no queries/*.rq yet"}
        found: dict[str, Any] = {}
        for name in names:
            output = folder / f"query-{name}.out"
            result = run_command(
                [*self.kzld, "query", name, "--data", str(ttl)],
                timeout=self.timeout,
                stdout=output,
            )
            result["rows"] = _count_rows(output) if result["status"] == "ok" else None
            found[name] = result
        return found

    def run_baselines(
        self, ttl: Path, manifest: Path, folder: Path, size: dict[str, Any]
    ) -> dict[str, Any]:
        """The baseline worker, with steps skipped that would obviously take too long."""
        skips = {step: why for step in EXTRAPOLATED if (why := self.estimate(step, size))}
        skips.update({step: "skipped: --skip" for step in self.skip})
        if "pyshacl" in skips:
            skips.setdefault("pyshacl_faulted", skips["pyshacl"])
        log = folder / "baselines.jsonl"
        log.unlink(missing_ok=True)
        (folder / "faulted.ttl").unlink(missing_ok=True)
        command = [sys.executable, str(BENCH / "worker.py"), "baselines", str(ttl), str(manifest)]
        command += [str(folder), str(log), "--skip", ",".join(sorted(skips))]
        command += ["--timeout", str(self.baseline_timeout)]
        # Each step has its own timeout inside the worker; this one only guards against a hang.
        process = run_command(command, timeout=self.baseline_timeout * 8 + 60)
        steps = _read_log(log)
        for step, why in skips.items():
            steps[step] = {"status": "skipped", "reason": why}
        if process["status"] != "ok":
            steps["process"] = {k: process.get(k) for k in ("status", "wall_s", "stderr_tail")}
            expected = ("pyoxigraph_load", "truth", "fault", "rdflib_parse", "rdflib_turtle")
            for step in (*expected, "rdflib_jsonld", "pyshacl", "pyshacl_faulted"):
                if step not in steps:
                    steps[step] = {"status": process["status"], "reason": "the worker stopped"}
                    break
        return steps

    def ratios(self, size: dict[str, Any]) -> dict[str, float | None]:
        """Baseline time / kzld time, per pair (None when either is missing)."""
        baselines = size.get("baselines", {})
        timings = size.get("api", {}).get("timings", {})
        found: dict[str, float | None] = {}
        for step, (kind, against) in RATIOS.items():
            slow = baselines.get(step, {}).get("seconds")
            fast = (
                timings.get(against) if kind == "api" else baselines.get(against, {}).get("seconds")
            )
            name = f"{step}_over_{'kzld_' if kind == 'api' else ''}{against}"
            found[name] = round(slow / fast, 2) if slow and fast else None
        slow = baselines.get("pyshacl", {}).get("seconds")
        parse = baselines.get("rdflib_parse", {}).get("seconds")
        check = size.get("check", {}).get("wall_s")
        found["pyshacl_with_parse_over_kzld_check"] = (
            round((slow + parse) / check, 2) if slow and parse and check else None
        )
        # A baseline stopped by the timeout still bounds its ratio from below.
        for step, (kind, against) in RATIOS.items():
            entry = baselines.get(step, {})
            fast = timings.get(against) if kind == "api" else None
            if entry.get("status") == "timeout" and entry.get("seconds") and fast:
                name = f"{step}_over_kzld_{against}"
                found[f"{name}_at_least"] = round(entry["seconds"] / fast, 1)
        return found

    def verdicts(self, size: dict[str, Any]) -> dict[str, Any]:
        """Which verdicts (conforms or not, and how many results) agree."""
        baselines = size.get("baselines", {})
        found: dict[str, Any] = {}
        for label, check, shacl in (
            ("graph", size.get("check", {}), baselines.get("pyshacl", {})),
            ("faulted", size.get("check_faulted", {}), baselines.get("pyshacl_faulted", {})),
        ):
            entry: dict[str, Any] = {
                "kzld_check": check.get("conforms"),
                "pyshacl": shacl.get("conforms"),
                "kzld_check_counts": check.get("counts"),
                "pyshacl_counts": shacl.get("counts"),
            }
            if label == "graph":
                # kzld build writes a graph only when it conforms: the graph checked here.
                entry["kzld_build"] = True if size.get("graph") else None
            known = [
                v
                for k, v in entry.items()
                if k in ("kzld_check", "pyshacl", "kzld_build") and v is not None
            ]
            entry["agree"] = None if len(known) < 2 else len(set(known)) == 1
            counts = (entry["kzld_check_counts"] or {}), (entry["pyshacl_counts"] or {})
            if entry["kzld_check_counts"] is not None and entry["pyshacl_counts"] is not None:
                entry["same_counts"] = all(
                    counts[0].get(s, 0) == counts[1].get(s, 0)
                    for s in ("Violation", "Warning", "Info")
                )
            found[label] = entry
        return found

    # ------------------------------------------------------------------ the run

    def run(self) -> dict[str, Any]:
        self.work.mkdir(parents=True, exist_ok=True)
        self.data["startup"]["kzld --help"] = self.startup()
        self.save()
        for n in self.sizes:
            print(f"[bench] N={n} ...", file=sys.stderr, flush=True)
            start = time.perf_counter()
            self.size(n)
            print(f"[bench] N={n} done in {time.perf_counter() - start:.1f} s", file=sys.stderr)
        self.data["finished"] = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
        self.save()
        return self.data

    def save(self) -> None:
        self.results_path.write_text(
            json.dumps(self.data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        self.results_path.with_name("RESULTS.md").write_text(markdown(self.data), encoding="utf-8")


# ---------------------------------------------------------------------- the Markdown table


def _s(value: Any, digits: int = 2) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def _step(step: dict[str, Any] | None, key: str = "seconds") -> str:
    if not step:
        return "–"
    if step.get("status") == "ok":
        return _s(step.get(key))
    return str(step.get("status", "?"))


def markdown(data: dict[str, Any]) -> str:
    """The short human summary of ``data`` (the contents of ``results.json``)."""
    m, v = data["machine"], data["versions"]
    startup = data["startup"].get("kzld --help", {})
    lines = [
        "# kzld benchmark results",
        "",
        f"Made by `{data['command']}` on {data['date']} (written by `bench/run.py`; "
        "all figures in `bench/results.json`).",
        "",
        f"Machine: {m.get('cores')} cores ({m.get('cores_available', '?')} available), "
        f"{m.get('memory_gb')} GB, {m.get('cpu', '?')}; {m.get('platform')}.  ",
        "Versions: Python "
        + m.get("python", "?")
        + ", "
        + ", ".join(f"{k} {val}" for k, val in v.items() if val)
        + ".  ",
        f"`kzld --help` start-up: median {_s(startup.get('median_s'), 3)} s of "
        f"{len(startup.get('runs_s', []))} runs.",
        "",
        "## kzld",
        "",
        "| N | corpus MB | signatures | triples | build s (CLI) | per doc ms | peak MB "
        "| " + " | ".join(STAGES) + " | check s | queries max s | same bytes API/CLI |",
        "|" + "---|" * (10 + len(STAGES)),
    ]
    for size in data["sizes"]:
        cli, api = size.get("build_cli", {}), size.get("api", {})
        timings = api.get("timings", {})
        queries = size.get("queries", {})
        query_walls: list[float] = [
            q["wall_s"] for q in queries.values() if isinstance(q, dict) and q.get("wall_s")
        ]
        lines.append(
            "| "
            + " | ".join(
                [
                    str(size["n"]),
                    _s(size["corpus"]["bytes"] / 1e6),
                    _s(size["corpus"]["signatures"]),
                    _s(api.get("triples")),
                    _s(cli.get("wall_s")) if cli.get("status") == "ok" else cli.get("status", "–"),
                    _s(cli.get("per_document_ms"), 1),
                    _s(cli.get("peak_rss_mb"), 0),
                    *(_s(timings.get(stage)) for stage in STAGES),
                    _step(size.get("check"), "wall_s"),
                    _s(max(query_walls)) if query_walls else queries.get("status", "–"),
                    _s(api.get("identical_to_cli")),
                ]
            )
            + " |"
        )
    lines += [
        "",
        "## Baselines (seconds; ratio = baseline / kzld, above 1 means kzld is faster)",
        "",
        "| N | pyoxigraph load | rdflib parse | pyshacl (ratio to kzld validate) "
        "| rdflib Turtle (ratio) | rdflib JSON-LD (ratio) | verdicts agree (graph / faulted) "
        "| same result counts |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for size in data["sizes"]:
        b, r, verdicts = size.get("baselines", {}), size.get("ratios", {}), size.get("verdicts", {})

        def pair(step: str, ratio: str, b: dict[str, Any] = b, r: dict[str, Any] = r) -> str:
            entry = b.get(step)
            if entry and entry.get("status") == "skipped":
                return "skipped"
            if entry and entry.get("status") == "timeout":
                bound = r.get(f"{ratio}_at_least")
                return f"> {_s(entry.get('seconds'), 0)} (> {_s(bound, 0)}x)"
            return f"{_step(entry)} ({_s(r.get(ratio))}x)"

        graph, faulted = verdicts.get("graph", {}), verdicts.get("faulted", {})
        lines.append(
            f"| {size['n']} | {_step(b.get('pyoxigraph_load'))} | {_step(b.get('rdflib_parse'))} "
            f"| {pair('pyshacl', 'pyshacl_over_kzld_validate')} "
            f"| {pair('rdflib_turtle', 'rdflib_turtle_over_kzld_turtle')} "
            f"| {pair('rdflib_jsonld', 'rdflib_jsonld_over_kzld_jsonld')} "
            f"| {_s(graph.get('agree'))} / {_s(faulted.get('agree'))} "
            f"| {_s(graph.get('same_counts'))} / {_s(faulted.get('same_counts'))} |"
        )
    lines += [
        "",
        "## Against the ground truth (documents right / N)",
        "",
        "| N | signatures found / expected | signature count | languages | dateCreated "
        "| datePublished | statedSignatoryCount |",
        "|---|---|---|---|---|---|---|",
    ]
    for size in data["sizes"]:
        truth = size.get("baselines", {}).get("truth", {}).get("truth")
        if not truth:
            lines.append(f"| {size['n']} | – | – | – | – | – | – |")
            continue
        docs = truth["documents"]
        sig = truth["signatures"]
        lines.append(
            f"| {size['n']} | {sig['found_total']} / {sig['expected_total']} "
            + "".join(
                f"| {truth[k]['right']}/{docs} "
                for k in ("signatures", "languages", "created", "published", "stated")
            )
            + "|"
        )
    last = next(
        (
            (size["n"], truth)
            for size in reversed(data["sizes"])
            if (truth := size.get("baselines", {}).get("truth", {}).get("truth"))
            and truth.get("layouts")
        ),
        None,
    )
    if last is not None:
        n, truth = last
        lines += [
            "",
            f"Signature counts right by layout at N={n} (the generator's ground truth is "
            "speed-test material; the reader's quality is measured in `bench/QUALITY.md`): "
            + ", ".join(
                f"{layout} {row['signatures']}/{row['documents']}"
                for layout, row in truth["layouts"].items()
            )
            + ".",
        ]
    notes = [
        f"- N={size['n']}: {step}: {entry.get('reason') or entry.get('error', '')}"
        for size in data["sizes"]
        for step, entry in {
            **size.get("baselines", {}),
            "build": size.get("build_cli", {}),
            "api": size.get("api", {}),
        }.items()
        if isinstance(entry, dict)
        and entry.get("status") not in (None, "ok")
        and (entry.get("reason") or entry.get("error"))
    ]
    notes += [
        f"- N={size['n']}: kzld build: exit {cli.get('exit_code')}: "
        + (cli.get("stderr_tail") or "").strip().splitlines()[-1][:300]
        for size in data["sizes"]
        if (cli := size.get("build_cli", {})).get("status") == "failed"
        and (cli.get("stderr_tail") or "").strip()
    ]
    notes += [f"- N={size['n']}: {size['note']}" for size in data["sizes"] if size.get("note")]
    if notes:
        lines += ["", "## Notes", "", *notes]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,1000,10000", help="comma-separated corpus sizes")
    parser.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds per step, then kill")
    parser.add_argument(
        "--baseline-timeout",
        type=float,
        default=None,
        help="seconds per baseline step (default: --timeout), then kill",
    )
    parser.add_argument(
        "--budget",
        type=float,
        default=600,
        help="skip a baseline whose extrapolated time exceeds this many seconds",
    )
    parser.add_argument("--no-baselines", action="store_true", help="measure kzld only")
    parser.add_argument(
        "--skip",
        default="",
        help=f"baselines not to run, comma-separated, among: {', '.join(EXTRAPOLATED)}",
    )
    parser.add_argument("--work", type=Path, default=BENCH / "work", help="scratch folder")
    parser.add_argument("--results", type=Path, default=BENCH / "results.json")
    parser.add_argument("--startup-runs", type=int, default=5)
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    unknown = set(filter(None, args.skip.split(","))) - set(EXTRAPOLATED)
    if unknown:
        parser.error(f"--skip: unknown step(s) {', '.join(sorted(unknown))}")
    command = shlex.join(["python", "bench/run.py", *(sys.argv[1:] if argv is None else argv)])
    runner = Runner(
        sizes=sizes,
        seed=args.seed,
        work=args.work,
        results=args.results,
        timeout=args.timeout,
        baseline_timeout=args.baseline_timeout,
        budget=args.budget,
        baselines=not args.no_baselines,
        skip=frozenset(filter(None, args.skip.split(","))),
        startup_runs=args.startup_runs,
        command=command,
    )
    runner.run()
    print(markdown(runner.data))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
