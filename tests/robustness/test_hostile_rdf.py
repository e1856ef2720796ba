"""Hostile RDF for ``kzld check``: nothing fetched or opened, every refusal exit 2 with a reason.

Every test here runs under :func:`sealed` (see ``conftest.py``): an audit hook that fails on any
socket use and on opening any file outside the input folder and the package, so "never fetched"
is proven, not assumed. Time is bounded by pytest-timeout and memory, in one test, by an
address-space limit on a child process.
"""

from __future__ import annotations

import json
import re
import resource
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import kzld.rdf.load
from kzld.cli import main
from kzld.rdf.jsonld import CONTEXT_IRI

from .conftest import Seal

pytestmark = [pytest.mark.timeout(60), pytest.mark.usefixtures("sealed")]

NODE = {"@id": "https://example.org/a", "https://example.org/p": "x"}


def check(seal: Seal, folder: Path, name: str, content: str | bytes) -> Result:
    path = folder / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    seal.allow(folder)
    return CliRunner().invoke(main, ["check", str(path)])


def refused(result: Result, path: Path, reason: str) -> None:
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert f"Error: {path}" in result.stderr
    assert reason in result.stderr


def test_the_seal_itself_catches_sockets_and_stray_files(sealed: Seal) -> None:
    with socket.socket() as client, pytest.raises(ConnectionRefusedError, match="forbidden"):
        client.connect(("127.0.0.1", 9))
    with pytest.raises(PermissionError):
        Path("/etc/hostname").read_bytes()
    assert [event for event, _ in sealed.network] == ["socket.connect"]
    assert sealed.stray_opens == ["/etc/hostname"]
    sealed.network.clear()
    sealed.stray_opens.clear()


CONTEXTS = {
    "remote": {"@context": "https://example.org/context.jsonld", **NODE},
    "remote in a list": {"@context": [{"x": "https://x/"}, "http://example.org/c"], **NODE},
    "@import": {"@context": {"@version": 1.1, "@import": "https://example.org/c"}, **NODE},
    "scoped": {
        "@context": {"p": {"@id": "https://example.org/p", "@context": "https://example.org/c"}},
        "@id": "https://example.org/a",
        "p": {"@id": "https://example.org/b"},
    },
    "nested node": {
        "@id": "https://example.org/a",
        "https://example.org/p": {"@context": "https://example.org/c", "@id": "https://x/b"},
    },
    "file": {"@context": "file:///etc/passwd", **NODE},
    "relative file": {"@context": "beside.jsonld", **NODE},
}


@pytest.mark.parametrize("case", CONTEXTS)
def test_json_ld_contexts_are_never_loaded(case: str, sealed: Seal, tmp_path: Path) -> None:
    context = json.dumps(CONTEXTS[case])
    (tmp_path / "beside.jsonld").write_text('{"@context": {}}', encoding="utf-8")
    result = check(sealed, tmp_path, "doc.jsonld", context)
    refused(result, tmp_path / "doc.jsonld", "is not loaded: kzld never fetches remote or local")


def test_kzld_s_own_context_is_the_bundled_copy(sealed: Seal, tmp_path: Path) -> None:
    doc = {"@context": CONTEXT_IRI, "@id": "https://example.org/a", "@type": "Statement"}
    result = check(sealed, tmp_path, "doc.jsonld", json.dumps(doc))
    assert result.exit_code == 1  # read with the bundled context: a statement missing its parts
    assert "Error:" not in result.output
    assert "https://example.org/a" in result.stdout


@pytest.mark.parametrize(
    "turtle",
    [
        pytest.param(
            "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
            "<https://example.org/a> owl:imports <https://example.org/other.ttl> .\n",
            id="owl:imports",
        ),
        pytest.param(
            "@base <file:///etc/> .\n<passwd> <https://example.org/p> <hostname> .\n",
            id="file base",
        ),
        pytest.param(
            "<https://example.org/a> <http://www.w3.org/2000/01/rdf-schema#seeAlso> "
            "<http://127.0.0.1:9/steal> .\n",
            id="seeAlso",
        ),
    ],
)
def test_links_in_turtle_are_data_not_requests(turtle: str, sealed: Seal, tmp_path: Path) -> None:
    result = check(sealed, tmp_path, "doc.ttl", turtle)
    assert result.exit_code == 0, result.output
    assert "conforms: 0 violations" in result.stdout


DEEP = 100_000


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("[" * DEEP + "]" * DEEP, id="arrays"),
        pytest.param(
            '{"@id": "https://x/a", "https://x/p": '
            + '{"https://x/p": ' * DEEP
            + "1"
            + "}" * DEEP
            + "}",
            id="objects",
        ),
        pytest.param(
            '{"@id": "https://x/a", "https://x/p": ' + "[" * 300 + "1" + "]" * 300 + "}",
            id="just over the limit",
        ),
    ],
)
def test_deeply_nested_json_is_refused(text: str, sealed: Seal, tmp_path: Path) -> None:
    result = check(sealed, tmp_path, "deep.jsonld", text)
    refused(result, tmp_path / "deep.jsonld", "nested more than 256 levels deep")


def test_json_nested_up_to_the_limit_is_read(sealed: Seal, tmp_path: Path) -> None:
    text = '{"@id": "https://x/a", "https://x/p": ' + '{"https://x/p": ' * 250 + "1" + "}" * 251
    result = check(sealed, tmp_path, "deep.jsonld", text)
    assert result.exit_code == 0, result.output


def test_deeply_nested_turtle_is_read_in_bounded_time(sealed: Seal, tmp_path: Path) -> None:
    depth = 5_000
    turtle = (
        "<https://x/a> <https://x/p> " + "[ <https://x/p> " * depth + "1" + " ]" * depth + " .\n"
    )
    result = check(sealed, tmp_path, "deep.ttl", turtle)
    assert result.exit_code == 0, result.output


def test_a_huge_literal_is_refused(sealed: Seal, tmp_path: Path) -> None:
    turtle = '<https://x/a> <https://x/p> "' + "a" * (17 * 1024 * 1024) + '" .\n'
    result = check(sealed, tmp_path, "huge.ttl", turtle)
    refused(result, tmp_path / "huge.ttl", "longer than the parser's 16 MiB limit")


def test_a_long_literal_under_the_parser_limit_is_read(sealed: Seal, tmp_path: Path) -> None:
    turtle = '<https://x/a> <https://x/p> "' + "a" * (4 * 1024 * 1024) + '" .\n'
    assert check(sealed, tmp_path, "long.ttl", turtle).exit_code == 0


def test_a_file_over_the_size_limit_is_refused_unread(
    sealed: Seal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kzld.rdf.load, "MAX_RDF_BYTES", 1024)
    result = check(sealed, tmp_path, "big.nt", "<https://x/a> <https://x/p> 1 .\n" * 100)
    refused(result, tmp_path / "big.nt", "is 3,200 bytes more than the 1 KiB kzld checks")


def test_the_size_limit_is_raised_or_lowered_with_max_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kzld.validate import load_shapes

    load_shapes()  # the shipped shapes (read once, and bigger than this test's limit)
    monkeypatch.setattr(kzld.rdf.load, "MAX_RDF_BYTES", 1024)
    big = tmp_path / "big.ttl"
    big.write_text("<https://x/a> <https://x/p> 1 .\n" * 100, encoding="utf-8")
    refused = CliRunner().invoke(main, ["check", str(big)])
    assert refused.exit_code == 2
    assert "split it, or raise the limit with --max-bytes" in refused.stderr
    raised = CliRunner().invoke(main, ["check", str(big), "--max-bytes", "3200"])
    assert raised.exit_code == 0, raised.output
    assert "conforms" in raised.output
    lowered = CliRunner().invoke(main, ["check", str(big), "--max-bytes", "3199"])
    assert lowered.exit_code == 2
    assert "is 3,200 bytes more than the 3,199 bytes kzld checks" in lowered.stderr
    for engine in ("shacl", "pyshacl"):
        again = CliRunner().invoke(
            main, ["check", str(big), "--engine", engine, "--max-bytes", "100"]
        )
        assert again.exit_code == 2, engine


def test_standard_input_over_the_size_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kzld.rdf.load, "MAX_RDF_BYTES", 1024)
    result = CliRunner().invoke(
        main, ["check", "-"], input="<https://x/a> <https://x/p> 1 .\n" * 100
    )
    assert result.exit_code == 2
    assert "Error: <stdin>: holds more than the 1 KiB kzld checks in one file" in result.stderr


@pytest.mark.parametrize(
    ("turtle", "reason"),
    [
        ("<https://x/a b> <https://x/p> 1 .\n", "Invalid IRI code point ' '"),
        ("<https://x/a> <https://x/p> <http://[::1> .\n", "column"),
        ('<https://x/a> <https://x/p> "x"^^<not an iri> .\n', "Invalid IRI code point"),
        ("<https://x/a>\n<https://x/p>\n<https://x/{b}> .\n", "Invalid IRI code point '{'"),
        ("@prefix p: <https://x/> .\nq:a p:b 1 .\n", "q"),
    ],
    ids=["space", "bad host", "datatype", "brace on line 3", "unknown prefix"],
)
def test_malformed_iris_are_refused_with_their_place(
    turtle: str, reason: str, sealed: Seal, tmp_path: Path
) -> None:
    result = check(sealed, tmp_path, "bad.ttl", turtle)
    refused(result, tmp_path / "bad.ttl", reason)
    assert re.match(rf"Error: {re.escape(str(tmp_path / 'bad.ttl'))}:[1-9]\d*: ", result.stderr)


def test_a_brace_on_line_3_is_reported_on_line_3(sealed: Seal, tmp_path: Path) -> None:
    result = check(sealed, tmp_path, "bad.ttl", "<https://x/a>\n<https://x/p>\n<https://x/{b}> .\n")
    assert result.stderr.startswith(f"Error: {tmp_path / 'bad.ttl'}:3: column")


@pytest.mark.parametrize(
    "turtle",
    [
        pytest.param(
            "".join(f"@prefix p{i}: <https://x/{i}/> .\n" for i in range(100_000))
            + "p1:a p2:b p3:c .\n",
            id="100,000 prefixes",
        ),
        pytest.param(
            f"@prefix {'p' * 500_000}: <https://x/> .\n{'p' * 500_000}:a <https://x/p> 1 .\n",
            id="500 kB prefix name",
        ),
        pytest.param(
            "".join(f"@prefix p: <https://x/{i}/> .\n" for i in range(100_000)) + "p:a p:b 1 .\n",
            id="one prefix redefined 100,000 times",
        ),
    ],
)
def test_prefix_bombs_are_read_in_bounded_time(turtle: str, sealed: Seal, tmp_path: Path) -> None:
    result = check(sealed, tmp_path, "bomb.ttl", turtle)
    assert result.exit_code == 0, result.output
    assert "conforms" in result.stdout


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("image.ttl", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "Invalid UTF-8"),
        ("page.ttl", b"<html><body>hello</body></html>", "hello is not a valid RDF object"),
        ("plain.jsonld", b'{"name": "just JSON"}', "this JSON holds no RDF"),
        ("list.json", b"[1, 2, 3]", "this JSON holds no RDF"),
        ("scalar.jsonld", b'"text"', "JSON-LD is a JSON object or array"),
        ("broken.jsonld", b'{"@id": ', "not JSON"),
        ("table.nt", b"a,b,c\n1,2,3\n", "column"),
        ("empty.ttl", b"", "the file is empty"),
        ("blank.nt", b"  \n\n", "the file is empty"),
        ("utf16.ttl", "<https://x/a> <https://x/p> 1 .".encode("utf-16"), "Invalid UTF-8"),
        ("latin1.jsonld", '{"@id": "https://x/é"}'.encode("latin-1"), "not UTF-8 text"),
        ("doc.rdf", b"<rdf:RDF/>", "RDF/XML is not accepted"),
        ("doc.xml", b"<!DOCTYPE x [<!ENTITY a 'a'>]><x>&a;</x>", "RDF/XML is not accepted"),
        ("doc.csv", b"a,b\n", "cannot tell its RDF format from the extension '.csv'"),
    ],
)
def test_files_that_are_not_rdf_are_refused(
    name: str, content: bytes, reason: str, sealed: Seal, tmp_path: Path
) -> None:
    refused(check(sealed, tmp_path, name, content), tmp_path / name, reason)


def test_a_utf8_bom_is_allowed(sealed: Seal, tmp_path: Path) -> None:
    result = check(sealed, tmp_path, "bom.ttl", b"\xef\xbb\xbf<https://x/a> <https://x/p> 1 .\n")
    assert result.exit_code == 0, result.output


def test_a_folder_or_a_missing_file_is_refused(sealed: Seal, tmp_path: Path) -> None:
    sealed.allow(tmp_path)
    result = CliRunner().invoke(main, ["check", str(tmp_path / "none.ttl"), str(tmp_path)])
    assert result.exit_code == 2
    assert f"Error: {tmp_path / 'none.ttl'}: no such file" in result.stderr
    assert "Traceback" not in result.output


def _limit_memory() -> None:  # runs in the child, before exec
    limit = 2 * 1024**3
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def test_hostile_files_stay_within_memory_and_time(tmp_path: Path) -> None:
    files = {
        "deep.jsonld": "[" * 1_000_000 + "]" * 1_000_000,
        "huge.ttl": '<https://x/a> <https://x/p> "' + "a" * (100 * 1024 * 1024) + '" .\n',
        "remote.jsonld": json.dumps({"@context": "https://example.org/c", **NODE}),
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    script = "from kzld.cli import main; main()"
    completed = subprocess.run(
        [sys.executable, "-c", script, "check", *files],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=_limit_memory,
        check=False,
    )
    assert completed.returncode == 2, completed.stderr
    assert "Traceback" not in completed.stderr
    lines = completed.stderr.splitlines()
    # Piped, `kzld check` on big files says one line per stage before it reports.
    assert [line for line in lines if not line.startswith("Error: ")] == [
        f"Reading {name} ..." for name in files
    ]
    assert [line for line in lines if line.startswith("Error: ")] == [
        "Error: deep.jsonld: the JSON is nested more than 256 levels deep; kzld refuses it",
        "Error: huge.ttl: a literal or IRI in it is longer than the parser's 16 MiB limit",
        "Error: remote.jsonld:1: the JSON-LD context 'https://example.org/c' is not loaded: kzld "
        "never fetches remote or local contexts; put the context inline, or use "
        f"'{CONTEXT_IRI}'",
    ]
