"""What ``kzld --help`` and ``kzld query --help`` show a user."""

from __future__ import annotations

import re
import subprocess
import sys

from click.testing import CliRunner

from kzld.cli import main
from kzld.query.run import catalogue


def test_command_summaries_are_whole() -> None:
    result = CliRunner().invoke(main, ["--help"], terminal_width=100)
    assert result.exit_code == 0
    commands = result.output.split("Commands:")[1]
    assert "..." not in commands and "…" not in commands
    text = " ".join(commands.split())
    assert "site Write a static site of the graph: a page per resource at its IRI's path" in text
    for name, command in main.commands.items():
        first = " ".join((command.help or "").split("\n\n")[0].split())
        assert f"{name} {first}" in text, name


def test_query_help_lists_the_catalogue() -> None:
    result = CliRunner().invoke(main, ["query", "--help"], terminal_width=120)
    assert result.exit_code == 0
    listed = result.output.split("Catalogue (QUERY may be one of these names):")[1]
    names = re.findall(r"^  (\S+)\s", listed, re.M)
    assert names == list(catalogue()) and len(names) >= 10
    assert "top-signatories" in names
    assert "Which organisations signed the most statements?" in listed


def test_help_loads_no_rdf_shacl_or_yaml_library() -> None:
    """``kzld --help`` starts at once: the libraries the commands use are imported by the
    commands (cli.py's lazy imports), never to show the help."""
    shown = (
        "import sys\n"
        "from kzld.cli import main\n"
        "try:\n"
        "    main(['--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = ('rdflib', 'pyoxigraph', 'pyshacl', 'shacl', 'yaml', 'jinja2')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", shown], capture_output=True, text=True, check=True
    )
    assert "Commands:" in result.stdout
    assert result.stdout.splitlines()[-1] == "[]"
