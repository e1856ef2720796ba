"""Reading kzld's YAML files (the reader's word lists, the authority, the gazetteer, the
countries) quickly, with the same result: the one place YAML is parsed.

PyYAML's C parser (libyaml) reads them five to ten times faster than its pure-Python one. Both
give the same data (the tests compare them on every shipped and test file); where the C parser
fails, or PyYAML has none, the pure-Python parser reads the file again, so that a broken file is
refused with the same message and line as ever.
"""

from __future__ import annotations

from typing import Any, TextIO

import yaml

__all__ = ["fast_loader", "load_with_root", "safe_load"]


def fast_loader(loader: type[yaml.SafeLoader]) -> type[Any] | None:
    """A loader with libyaml's parser and the constructors and resolvers of ``loader`` (a
    :class:`yaml.SafeLoader` or a subclass of it), or ``None`` without libyaml."""
    base = getattr(yaml, "CSafeLoader", None)
    if base is None:  # pragma: no cover - PyYAML built without libyaml
        return None
    return type(
        f"C{loader.__name__}",
        (base,),
        {
            "yaml_constructors": dict(loader.yaml_constructors),
            "yaml_multi_constructors": dict(loader.yaml_multi_constructors),
            "yaml_implicit_resolvers": dict(loader.yaml_implicit_resolvers),
            "yaml_path_resolvers": dict(loader.yaml_path_resolvers),
        },
    )


#: :class:`yaml.SafeLoader` with libyaml's parser (None without libyaml).
_FAST_SAFE = fast_loader(yaml.SafeLoader)


def load_with_root(
    source: str | TextIO, loader: type[yaml.SafeLoader], fast: type[Any] | None
) -> tuple[Any, yaml.Node | None]:
    """The data of the YAML document ``source`` (a text or an open file) and its root node (for
    line numbers): read as ``loader`` reads it, by ``fast`` (see :func:`fast_loader`) where that
    succeeds."""
    if fast is not None:
        try:
            return _load(fast(source))
        except yaml.YAMLError:
            if not isinstance(source, str):
                source.seek(0)  # read again below, for the pure parser's own message
    return _load(loader(source))


def safe_load(source: str | TextIO) -> Any:
    """What :func:`yaml.safe_load` gives for ``source`` (a text or an open file), read by
    libyaml's parser where it can; a broken document raises the pure parser's error."""
    data, _ = load_with_root(source, yaml.SafeLoader, _FAST_SAFE)
    return data


def _load(instance: Any) -> tuple[Any, yaml.Node | None]:
    try:
        root = instance.get_single_node()
        data = instance.construct_document(root) if root is not None else None
        return data, root
    finally:
        instance.dispose()
