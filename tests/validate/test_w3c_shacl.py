"""The W3C SHACL test suite through ``kzld check --shapes SHAPES DATA``, with both engines.

Every case is run in-process as the command runs it (:mod:`w3c_shacl`) and its results are
compared with the expected report as a set of (focus node, path, value, severity, source shape,
constraint component), ``sh:conforms`` too; a case whose shapes must be refused must give an
error. Cases an engine gets wrong are listed, with the reason, in
``tests/data/w3c-shacl/known-failures.toml``; they are expected to fail (strictly). The default
engine has none. Figures: ``python tests/validate/w3c_shacl.py``.
"""

from __future__ import annotations

import pytest

from tests.validate.w3c_shacl import ENGINES, Case, cases, known_failures, outcome, passes

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")  # rdflib on ill-typed literals

CASES = cases()
KNOWN = known_failures()


def test_the_suite_is_all_there() -> None:
    core = [c for c in CASES if c.name.startswith("core/")]
    sparql = [c for c in CASES if c.name.startswith("sparql/")]
    assert (len(core), len(sparql)) == (98, 23)
    assert all(name in {c.name for c in CASES} for known in KNOWN.values() for name in known)
    assert KNOWN["shacl"] == {}  # the default engine passes every case


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case(case: Case, engine: str) -> None:
    if case.name in KNOWN[engine]:
        pytest.xfail(KNOWN[engine][case.name])
    found = outcome(case, engine)
    if case.expected is None:
        assert found.rows is None, "the shapes should have been refused"
        return
    assert found.error is None, found.error
    assert found.rows is not None
    missing, extra = sorted(case.expected - found.rows), sorted(found.rows - case.expected)
    assert (missing, extra) == ([], []), f"missing {missing}, extra {extra}"
    assert found.conforms == case.conforms
    assert passes(case, found)


@pytest.mark.parametrize(
    "name", sorted({name for known in KNOWN.values() for name in known}), ids=str
)
def test_known_failures_still_fail(name: str) -> None:
    """A listed case that starts to pass must leave the list."""
    (case,) = [c for c in CASES if c.name == name]
    for engine, listed in KNOWN.items():
        if name in listed:
            assert not passes(case, outcome(case, engine)), f"{name} passes with {engine} now"
