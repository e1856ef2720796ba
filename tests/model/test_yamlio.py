"""kzld's YAML reader (:mod:`kzld.model.yamlio`): libyaml's parser gives the data, the lines and,
on a broken file, the error the pure-Python parser gives, on every YAML file kzld ships or tests
with."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import yaml

from kzld.model.yamlio import fast_loader, load_with_root, safe_load
from kzld.resolve.events import gazetteer as gazetteer_module

_TESTS = Path(__file__).resolve().parents[1]
_SHIPPED = Path(__file__).resolve().parents[2] / "src" / "kzld" / "parse"


_CURATED = sorted(
    [
        *(_TESTS.parent / "authority").glob("*.yaml"),
        *_SHIPPED.glob("*.yaml"),
        *(_TESTS / "data").rglob("*.yaml"),
    ]
)


@pytest.mark.parametrize("path", _CURATED, ids=lambda p: p.name)
@pytest.mark.parametrize("loader", [yaml.SafeLoader, gazetteer_module._LineLoader])
def test_libyaml_reads_the_curated_files_as_the_pure_parser_does(
    path: Path, loader: type[yaml.SafeLoader]
) -> None:
    fast = fast_loader(loader)
    assert fast is not None
    text = path.read_text(encoding="utf-8")
    data, root = load_with_root(text, loader, fast)
    assert data == yaml.load(text, Loader=loader)
    pure_root = yaml.compose(text, Loader=loader)
    assert root is not None and pure_root is not None
    assert _lines(root) == _lines(pure_root)


def _lines(node: yaml.Node) -> list[tuple[str, int, int]]:
    """Every node's kind, line and column (what error messages cite)."""
    found = [(type(node).__name__, node.start_mark.line, node.start_mark.column)]
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            found += _lines(key) + _lines(value)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            found += _lines(item)
    return found


@pytest.mark.parametrize("stream", [False, True], ids=["text", "file"])
@pytest.mark.parametrize("text", ["events: [oops", "a: b: c", "- [", "x: *nowhere", "\t- tab"])
def test_a_broken_file_is_refused_with_the_pure_parser_s_message(text: str, stream: bool) -> None:
    def source() -> str | io.StringIO:
        return io.StringIO(text) if stream else text

    with pytest.raises(yaml.YAMLError) as pure:
        yaml.load(source(), Loader=yaml.SafeLoader)
    with pytest.raises(yaml.YAMLError) as ours:
        load_with_root(source(), yaml.SafeLoader, fast_loader(yaml.SafeLoader))
    assert str(ours.value) == str(pure.value)


@pytest.mark.parametrize("path", _CURATED, ids=lambda p: p.name)
def test_safe_load_gives_what_pyyaml_s_safe_load_gives(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    with path.open(encoding="utf-8") as handle:
        assert safe_load(handle) == yaml.safe_load(text)
    assert safe_load(text) == yaml.safe_load(text)


def test_safe_load_reads_no_document_as_none_and_refuses_two() -> None:
    assert safe_load("") is None
    assert safe_load("# only a comment\n") is None
    with pytest.raises(yaml.YAMLError) as pure:
        yaml.safe_load("a: 1\n---\nb: 2\n")
    with pytest.raises(yaml.YAMLError) as ours:
        safe_load("a: 1\n---\nb: 2\n")
    assert str(ours.value) == str(pure.value)


@pytest.mark.parametrize("text", ["events: [oops", "a: b: c", "x: *nowhere", "\t- tab"])
def test_safe_load_refuses_a_broken_file_with_the_pure_parser_s_message(text: str) -> None:
    with pytest.raises(yaml.YAMLError) as pure:
        yaml.safe_load(io.StringIO(text))
    with pytest.raises(yaml.YAMLError) as ours:
        safe_load(io.StringIO(text))
    assert str(ours.value) == str(pure.value)
