"""kzld: political statements in plain text -> a validated, citable linked-data graph."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kzld")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0.0.0"

__all__ = ["__version__"]
