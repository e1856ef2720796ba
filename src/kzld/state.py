"""The build's state directory (``OUT/.kzld-state/``): what a build keeps for the next one.

What lives there is only data (JSON, N-Triples), all safe to delete at any time:

- ``documents/``: what the reader made of each text (:mod:`kzld.model.codec`), one file per
  text, named by a digest of the text's name and bytes and of kzld itself (its code, its
  shipped data and the libraries it reads with). A text unchanged since the last build is not
  read again. Reading does not look at the authority or the gazetteer, so a changed authority
  leaves these entries valid.
- ``parts/``: each text's part of the graph (a :class:`DocumentPart`): what the resolver saw in
  it and what the corpus-wide steps need of its statement's triples (their counts and types,
  what they point at, the digest of their dumps' blocks), named by a digest of what they
  depend on: the text's key above, the curated data other than the organisation authority (the
  gazetteer, countries, type words), the base IRI and the key of the statement's IRI. A part
  also says which version of the organisation authority it was made with, and what its
  resolution consulted of it (:mod:`kzld.resolve.orgs.consulted`): after the authority
  changed, only the parts the change touches are made again, and the others count from then
  on as made with the new version (no later build asks them again). A text whose part is kept is
  neither read, resolved nor mapped again, and its triples are not read back: the corpus (its
  organisations with every form seen, its places, the dataset) is put together from the parts,
  and the dumps spliced from the last ones and the parts' blocks.
- ``blocks/``: each part's blocks of the Turtle and of the JSON-LD dump (one file per part: an
  index of its subjects' sort keys and sizes, then the bytes; :func:`~kzld.rdf.splice.packed`),
  under the part's key, read where a dump needs them.
- ``dumps/``: the index of each dump the last build wrote (its runs, :mod:`kzld.rdf.splice`),
  with the dump's digest: the next build copies the byte ranges of the parts it keeps from
  the dump, when the file is still what the record says it wrote.
- ``own/``: the triples of each part's statement as N-Triples, under the part's key, read only
  when validation needs them (the part is validated again, or a node the corpus or a text
  validated now points at is the part's).
- ``consulted/``: what each part's resolution consulted of the organisation authority, under the
  part's key, read only after the authority changed (then for every kept part, and nothing else
  of most of them).
- ``checked/``: what validation found in each text's part (:mod:`kzld.validate.parts`), named by
  a digest of the part's key, of the shapes and ontology, and of what the results depend on
  outside the part (its number of triples in the graph, the types of the nodes it points at).
  A build validates only the parts without one, beside the corpus.
- ``authorities/``: the versions of the organisation authority that kept parts were made with,
  named by their digest, to tell what changed since.
- ``index.sqlite``: what a build needs of each part the last build kept, beside its blocks
  (:meth:`DocumentPart.entry`: its counts, digest, what it points at, its validation context),
  the validation results of the parts, the types of the corpus' nodes they were validated with,
  and the tally of the parts' resolver records (:mod:`kzld.resolve.tally`), as rows a build
  changes in place, only where they changed (:mod:`kzld.state_index`): the next build reads
  this one file, not a file per part, and puts the corpus together from the tally, taking away
  the records of the parts gone and adding those of the parts new. A part's own file in
  ``parts/`` is read only when what the index leaves out is asked for (what its resolution saw
  or consulted, its subjects' types).
- ``sources.json``: each source text's identity (size, inode, modification and change times)
  and sha256 when the last build hashed it: a text with the same identity is not read again to
  tell whether it changed.
- ``build.json``: the record of the last build: a digest of every input (the texts' names and
  bytes, the authority, gazetteer, shapes and ontology files, kzld, the base IRI, the engine)
  and the digest of each file it wrote (of its runs' SHA-256 and the bytes between them,
  :func:`~kzld.rdf.splice.sealed`: a build that copies most of a dump from the last one does
  not hash what it copies), with the file's identity (size, inode, modification and change
  times). When the inputs are the same and the files in the output folder still have those
  digests, a build has nothing to do and ``--check`` answers at once. A file whose identity is
  unchanged is not read again: any write to a file moves its change time, which no user can set
  back. A file with another identity is hashed by the runs ``dumps/`` keeps: edited by hand, it
  is stale; copied or checked out again with the same bytes, it is not.

Entries of ``documents/``, ``parts/``, ``blocks/``, ``own/`` and ``checked/`` are named by what
they were made from, so an entry is right whenever it is found: they are written as a build
makes them (not by ``--check``; into a temporary folder while the output folder does not exist
yet, so that a failed first build leaves none), and those no text of the last successful build
has are removed by it. ``build.json`` is written only after the outputs, by a build that succeeded.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Callable, Iterable, Mapping
from contextlib import suppress
from dataclasses import dataclass, field
from functools import cache, partial
from importlib import metadata
from pathlib import Path
from typing import Any

import orjson
from rdflib import Literal, URIRef

from .errors import KzldError
from .files import write_whole
from .model.codec import from_json, from_value, to_json
from .model.records import Document, Place
from .rdf.splice import Blocks, Previous, Runs, sealed, unpacked
from .rdf.triples import Term, Triple
from .resolve.orgs import ResolverRecord
from .resolve.orgs.consulted import Consulted
from .resolve.orgs.defined import Answer, held_pairs
from .resolve.tally import Tally
from .resources import authority_dir, ontology_dir, organisations_file, shapes_dir
from .state_index import PartIndex
from .validate import Result

__all__ = [
    "STATE_DIR",
    "BuildRecord",
    "BuildState",
    "DocumentPart",
    "Written",
    "code_digest",
    "source_digest",
]

#: The state directory's name inside the output folder.
STATE_DIR = ".kzld-state"
#: The version of the state directory's layout; a different one is ignored (and replaced).
LAYOUT = 10
#: The libraries whose behaviour the output depends on (their versions are part of every key).
LIBRARIES = (
    "Babel",
    "lingua-language-detector",
    "orjson",
    "PyLD",
    "pyoxigraph",
    "pyshacl",
    "PyYAML",
    "rapidfuzz",
    "rdflib",
    "shacl",
)


def _file_digest(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def source_digest(path: Path) -> str | None:
    """The SHA-256 of a source text's bytes (``None`` when it cannot be read)."""
    try:
        return _file_digest(path)
    except OSError:
        return None


def _tree_digest(root: Path, into: Any, skip: Path | None = None) -> None:
    """Feed every file under ``root`` (path and bytes; caches and ``skip`` left out) into
    ``into``."""
    for path in sorted(root.rglob("*")):
        if "__pycache__" in path.parts or not path.is_file() or path.suffix == ".pyc":
            continue
        if path == skip:
            continue
        into.update(f"{path.relative_to(root).as_posix()}\0{_file_digest(path)}\n".encode())


@cache
def code_digest() -> str:
    """A digest of kzld itself: its code and shipped files, and the libraries' versions."""
    digest = hashlib.sha256(f"layout {LAYOUT}\n".encode())
    _tree_digest(Path(__file__).resolve().parent, digest)
    for library in LIBRARIES:
        try:
            version = metadata.version(library)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{library} {version}\n".encode())
    return digest.hexdigest()


@dataclass(frozen=True)
class Inputs:
    """Everything a build's output depends on, as digests."""

    #: source file name -> sha256 of its bytes (``None``: it could not be read)
    texts: dict[str, str | None]
    #: the digest of all inputs together
    digest: str
    #: the digest of what a text's part of the graph depends on besides the text and the
    #: organisation authority: the other curated data and the build's settings
    context: str = ""
    #: the digest of the organisation authority
    authority: str = ""
    #: the digest of the shapes and the ontology (what validation checks against)
    checks: str = ""
    #: source file name -> its identity (see :func:`_identity`) when it was hashed
    identities: dict[str, list[int]] = field(default_factory=dict, compare=False)
    #: the keys made so far, by the arguments of :meth:`part_key` (a build asks each text's
    #: key several times: to take its part, count it, validate it, dump it and keep it)
    _keys: dict[tuple[str, str | None], str | None] = field(
        default_factory=dict, compare=False, repr=False
    )

    def document_key(self, name: str) -> str | None:
        """The cache key of the text ``name``: its name and bytes, and kzld itself."""
        if (name, None) not in self._keys:
            text = self.texts.get(name)
            self._keys[name, None] = None if text is None else _digest(code_digest(), name, text)
        return self._keys[name, None]

    def part_key(self, name: str, key: str) -> str | None:
        """The cache key of the part of the graph of the text ``name`` whose statement's IRI is
        minted from ``key``."""
        if (name, key) not in self._keys:
            document = self.document_key(name)
            made = None if document is None else _digest(document, self.context, key)
            self._keys[name, key] = made
        return self._keys[name, key]

    def checked_key(self, part: str, context: str) -> str:
        """The cache key of the validation results of the part kept under ``part`` (its key),
        ``context`` digesting what they depend on outside it."""
        return _digest(part, self.checks, context)


def _digest(*fields: str) -> str:
    """The SHA-256 of ``fields`` joined by NUL characters (a key of the state directory)."""
    return hashlib.sha256("\0".join(fields).encode()).hexdigest()


#: Literals made from the state, by (lexical form, language, datatype).
Literals = dict[tuple[str, str | None, str | None], Literal]


@dataclass
class DocumentPart:
    """One text's part of the graph: its file ``name``, the ``key`` its statement's IRI is
    minted from, what the resolver saw in it (``record``), the place of its dateline when the
    gazetteer does not know it; the digest of the organisation authority it was made with, and
    what its resolution consulted of that authority (None: not known).

    Its triples come in two kinds. Those about the nodes minted for the text (its statement,
    versions, sources, sections, signatures, evidence, mentions, roles: no other text or the
    corpus says anything of them) are kept as what the corpus-wide steps need of them: their
    number, each subject's types, its lines of JSON-LD and its block of Turtle
    (:func:`~kzld.rdf.compacted.jsonld_nodes`, :func:`~kzld.rdf.dump.turtle_blocks`, the published
    ones; ``blocks``, kept apart and read where a dump needs them), the IRIs outside the text
    they point at (``refs``), and the triples themselves as N-Triples (``own``, kept apart and
    read only when validation needs them). The
    others (a person the text names, an organisation's member role) are about nodes other texts
    may share, and go into the corpus with it (``foreign``)."""

    name: str
    key: str
    #: None: not loaded (see :meth:`resolver_record`)
    record: ResolverRecord | None
    new_place: Place | None
    foreign: list[Triple] = field(default_factory=list)
    #: the triples of its own subjects as N-Triples in the canonical order (None: not loaded)
    own: bytes | None = None
    authority: str = ""
    #: what its resolution consulted (kept apart, see :meth:`BuildState.consulted`; None: not
    #: known, or not loaded)
    consulted: Consulted | None = None
    #: the number of triples of its own subjects
    size: int = 0
    #: own subject -> its types (those with a type; see :meth:`subject_types`)
    types: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: the number of its own subjects of each type, and of those with a type
    kinds: dict[str, int] = field(default_factory=dict)
    typed: int = 0
    #: the IRIs not minted for the text that its own subjects' triples point at, in order
    refs: tuple[str, ...] = ()
    #: whether any of :attr:`refs` is minted for another text
    linked: bool = False
    #: the questions its resolution asked of the abbreviations the texts define, with the
    #: answers given (:mod:`kzld.resolve.orgs.defined`)
    asked: tuple[Answer, ...] = ()
    #: the digest of what its validation results depended on outside it when the last build
    #: validated the graph (:meth:`~kzld.validate.parts.Split.context`; "": not known)
    context: str = ""
    #: its own subjects' blocks of the Turtle dump and of the JSON-LD dump, the file that keeps
    #: them as bytes (None: not loaded, see :meth:`BuildState.blocks`)
    blocks: bytes | None = None
    #: a digest of :attr:`blocks`: the name of their owner in the dumps (:mod:`kzld.rdf.splice`)
    digest: str = ""
    #: what :meth:`decode` left as JSON until it is asked for (``types``): a build reads
    #: every kept part, and needs it of few
    unread: dict[str, str] = field(default_factory=dict, repr=False)
    #: where the whole part is read from when its index entry is all a build took of it (see
    #: :meth:`from_entry`): ``record`` and ``types`` are read from it when asked
    whole: Callable[[], DocumentPart] | None = field(default=None, repr=False, compare=False)

    def _fill(self) -> None:
        """Take what the index entry left out from the whole part (when it was made from one)."""
        if self.whole is not None:
            whole, self.whole = self.whole(), None
            if (whole.name, whole.key, whole.digest) != (self.name, self.key, self.digest):
                raise self._spoilt(ValueError("its index entry is not the part"))
            self.record, self.unread, self.types = whole.record, whole.unread, whole.types

    def resolver_record(self) -> ResolverRecord:
        """What the resolver saw in its text."""
        self._fill()
        if self.record is None:
            raise self._spoilt(ValueError("its resolver's record is not kept"))
        return self.record

    def subject_types(self) -> dict[str, tuple[str, ...]]:
        """Its own subjects' types (those with a type)."""
        self._fill()
        kept = self.unread.pop("types", None)
        if kept is not None:
            try:
                found = orjson.loads(kept).items()
                self.types = {str(iri): tuple(map(str, kinds)) for iri, kinds in found}
            except (ValueError, TypeError, AttributeError) as error:
                raise self._spoilt(error) from error
        return self.types

    def _spoilt(self, error: Exception) -> KzldError:
        return KzldError(
            f"{self.name}: its part kept in {STATE_DIR} cannot be read ({error}); "
            f"delete that folder and build again"
        )

    def entry(self) -> dict[str, object]:
        """What a build needs of the part when it keeps it (all but what the resolver saw and
        consulted, and its subjects' types), as JSON-ready values: its entry in the index of
        the kept parts (see :meth:`from_entry`)."""
        return {
            "name": self.name,
            "key": self.key,
            "new_place": self.new_place,
            "foreign": [_encode_triple(triple) for triple in self.foreign],
            "authority": self.authority,
            "size": self.size,
            "digest": self.digest,
            "kinds": self.kinds,
            "typed": self.typed,
            "refs": self.refs,
            "linked": self.linked,
            "context": self.context,
            "asked": [[one.question, one.answer] for one in self.asked],
        }

    def encode(self) -> bytes:
        """The part as kept in the state directory (``own``, ``blocks`` and ``consulted`` are
        kept apart)."""
        value = self.entry()
        value["record"] = self.resolver_record()
        value["types"] = orjson.dumps(self.subject_types()).decode()
        return orjson.dumps(value)

    @classmethod
    def decode(cls, data: bytes, literals: Literals | None = None) -> DocumentPart:
        """The part :meth:`encode` wrote as ``data``; raises ``ValueError`` (or ``TypeError``,
        ``KeyError``) for bytes that do not hold one. ``literals`` holds the literals made
        before (a literal is made once, however many parts have it)."""
        value = orjson.loads(data)
        part = cls.from_entry(value, literals)
        part.record = from_value(ResolverRecord, value["record"])
        part.unread = {"types": str(value["types"])}
        return part

    @classmethod
    def from_entry(
        cls,
        value: Any,
        literals: Literals | None = None,
        whole: Callable[[], DocumentPart] | None = None,
    ) -> DocumentPart:
        """The part of the index entry :meth:`entry` gave as ``value``, the rest read from
        ``whole`` when asked for; raises ``ValueError`` (or ``TypeError``, ``KeyError``) for a
        value that is no such entry."""
        literals = {} if literals is None else literals
        return cls(
            name=str(value["name"]),
            key=str(value["key"]),
            record=None,
            new_place=from_value(Place | None, value["new_place"]),  # type: ignore[arg-type]
            foreign=[(s, p, _decode_term(o, literals)) for s, p, o in value["foreign"]],
            authority=str(value["authority"]),
            size=int(value["size"]),
            digest=str(value["digest"]),
            # held once however many parts point at them (as a part made by a build holds them)
            kinds={sys.intern(kind): int(count) for kind, count in value["kinds"].items()},
            typed=int(value["typed"]),
            # interned in one C loop (some 45 a part: the kept parts of an archive of 10,000
            # texts are taken at every build); an IRI that is no string raises TypeError
            refs=tuple(map(sys.intern, value["refs"])),
            linked=bool(value["linked"]),
            context=str(value["context"]),
            asked=held_pairs(value["asked"]),
            whole=whole,
        )


def _encode_term(term: Term) -> object:
    """An IRI as its string; a literal as ``[lexical form, language, datatype]``."""
    if type(term) is str or type(term) is URIRef:
        return str(term)
    if isinstance(term, Literal):
        datatype = str(term.datatype) if term.datatype is not None else None
        return [str(term), term.language, datatype]
    raise TypeError(f"no JSON form for the term {term!r}")


def _encode_triple(triple: Triple) -> list[object]:
    return [_encode_term(term) for term in triple]


def _decode_term(value: object, literals: Literals) -> Term:
    if isinstance(value, str):
        return value
    if not isinstance(value, list) or len(value) != 3:
        raise ValueError(f"not a term: {value!r}")
    lexical, language, datatype = value
    if not isinstance(lexical, str):
        raise ValueError(f"not a literal: {value!r}")
    found = literals.get((lexical, language, datatype))
    if found is None:
        if datatype is None:
            found = _plain_literal(lexical, language)
        else:
            found = Literal(lexical, lang=language, datatype=URIRef(datatype), normalize=False)
        literals[(lexical, language, datatype)] = found
    return found


def _plain_literal(lexical: str, language: str | None) -> Literal:
    """``Literal(lexical, lang=language)``, made four times faster: a literal without datatype
    is its lexical form and language, with nothing to check or convert, and rdflib's own
    constructor costs tens of microseconds a literal (``tests/test_state.py`` proves the two
    equal in every respect)."""
    made = str.__new__(Literal, lexical)
    made._language = language
    made._datatype = None
    made._value = lexical
    made._ill_typed = None
    return made


@dataclass(frozen=True)
class Written:
    """A dump a build wrote: its digest and its runs (:mod:`kzld.rdf.splice`: the digest is made
    of its runs' SHA-256 and the bytes between them, :func:`~kzld.rdf.splice.sealed`), and
    ``kept``, what the state keeps of them (:meth:`made` makes it)."""

    digest: str
    runs: Runs
    kept: bytes

    @classmethod
    def made(cls, digest: str, runs: Runs) -> Written:
        """The dump of ``digest`` and ``runs``, what the state keeps of it made now (some 0.1 s
        of CPU at N = 10,000 a dump: a build makes it in the thread that wrote the dump, while
        the other may still be written)."""
        return cls(digest, runs, orjson.dumps({"digest": digest, "runs": runs.value()}))


@dataclass(frozen=True)
class BuildRecord:
    """What the last successful build wrote (file name -> digest) and what it counted; ``dumps``
    is the folder of the written dumps' runs (see :meth:`BuildState.previous`)."""

    inputs: str
    #: file name -> (digest, identity when written)
    outputs: dict[str, tuple[str, list[int]]]
    counts: dict[str, Any]
    dumps: Path

    def stale(self, out: Path) -> tuple[Path, ...]:
        """The files in ``out`` that are not what this build wrote (missing, or other bytes)."""
        return tuple(
            out / name
            for name, (digest, identity) in self.outputs.items()
            if not _unchanged(out / name, digest, identity, partial(self._runs, out, name))
        )

    def _runs(self, out: Path, name: str) -> Runs:
        """The runs of the dump ``name`` as written (raises ``ValueError`` when not kept)."""
        try:
            kept = orjson.loads((self.dumps / f"{name}.json").read_bytes())
            return Previous.from_value(out / name, kept["runs"]).runs
        except (OSError, TypeError, KeyError) as error:
            raise ValueError(f"no runs of {name}") from error


def _identity(path: Path) -> list[int]:
    """What tells a file from any other file or any other content of it, short of its bytes."""
    found = path.stat()
    return [found.st_size, found.st_ino, found.st_dev, found.st_mtime_ns, found.st_ctime_ns]


def _unchanged(path: Path, digest: str, identity: list[int], runs: Callable[[], Runs]) -> bool:
    """Whether the dump ``path`` is the one written with ``digest`` (see
    :func:`~kzld.rdf.splice.sealed`) and ``identity``: of the same identity, or else of the
    same digest by its ``runs`` (read only then)."""
    try:
        return _identity(path) == identity or sealed(path, runs()) == digest
    except (OSError, ValueError):
        return False


#: What :meth:`BuildState.keep_index` is given: the inputs, the parts by key, the authorities'
#: digests, the validation results by key, the tally with the keys it counts, the corpus' types.
_Index = tuple[
    Inputs,
    Mapping[str, DocumentPart],
    Iterable[str],
    Mapping[str, Iterable[Result]] | None,
    tuple[Tally, Iterable[str]] | None,
    Mapping[str, Iterable[str]] | None,
]


class BuildState:
    """The state directory of the output folder ``out``."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.root = out / STATE_DIR
        self.documents = self.root / "documents"
        self.parts = self.root / "parts"
        self.owns = self.root / "own"
        self.consultations = self.root / "consulted"
        self.blocked = self.root / "blocks"
        self.dumps = self.root / "dumps"
        self.authorities = self.root / "authorities"
        self.checked = self.root / "checked"
        self._authorities: set[str] = set()  # those kept by this build
        #: the keys of the documents :meth:`document` found
        self.found: set[str] = set()
        self.literals: Literals = {}
        #: the index of the parts the last build kept (:mod:`kzld.state_index`)
        self.index = PartIndex(self.root / "index.sqlite")
        #: the parts :meth:`part` made from their index entries, by key
        self._entered: dict[str, DocumentPart] = {}
        self._listings: dict[str, set[str]] = {}
        #: whether entries may be written as they are made (not by ``--check``)
        self.writable = True
        #: where entries are written while ``out`` does not exist (a build that fails leaves
        #: no output folder behind): a temporary folder, moved into ``out`` by :meth:`save`
        self.staged: Path | None = None
        #: what :meth:`keep_index` was given, whether it is written, and whether that failed
        self._indexed: _Index | None = None
        self._index_written = False
        self._spoilt = False

    def inputs(self, sources: Iterable[Path], settings: Mapping[str, object]) -> Inputs:
        """The digests of ``sources``, of the curated data, shapes and ontology, of kzld, and of
        ``settings`` (the build's options that change its output)."""
        texts, identities = self._texts(sources)
        context = hashlib.sha256(code_digest().encode())
        context.update(orjson.dumps(settings, option=orjson.OPT_SORT_KEYS))
        organisations = organisations_file()
        _tree_digest(authority_dir(), context, skip=organisations)
        authority = _file_digest(organisations)
        digest = context.copy()
        digest.update(f"{authority}\n".encode())
        digest.update(orjson.dumps(texts, option=orjson.OPT_SORT_KEYS))
        checks = hashlib.sha256(context.hexdigest().encode())
        for folder in (shapes_dir(), ontology_dir()):
            _tree_digest(folder, checks)
        digest.update(f"{checks.hexdigest()}\n".encode())
        return Inputs(
            texts,
            digest.hexdigest(),
            context.hexdigest(),
            authority,
            checks.hexdigest(),
            identities,
        )

    def _texts(self, sources: Iterable[Path]) -> tuple[dict[str, str | None], dict[str, list[int]]]:
        """The sha256 of each source text, and its identity: a text whose identity is the one
        the last build recorded (``sources.json``) is not read again (any write to a file moves
        its change time, see the module's docstring)."""
        try:
            known = orjson.loads((self.root / "sources.json").read_bytes())
            if not isinstance(known, dict):
                known = {}
        except (OSError, ValueError):
            known = {}
        texts: dict[str, str | None] = {}
        identities: dict[str, list[int]] = {}
        for path in sources:
            try:
                identity = _identity(path)
            except OSError:
                texts[path.name] = None
                continue
            kept = known.get(path.name)
            if isinstance(kept, list) and len(kept) == 2 and kept[0] == identity:
                texts[path.name] = str(kept[1])
            else:
                texts[path.name] = source_digest(path)
            identities[path.name] = identity
        return texts, identities

    def document(self, key: str | None) -> Document | None:
        """The document kept under ``key``, or None (none kept, or unreadable: read the text)."""
        if key is None:
            return None
        # a first build keeps its documents in a staged folder until it is done (see _keep)
        folder = self.documents if self.staged is None else self.staged / self.documents.name
        try:
            document = from_json(Document, (folder / f"{key}.json").read_bytes())
        except (OSError, ValueError, TypeError, KeyError):
            return None
        self.found.add(key)
        return document

    def unkept(self, part: str | None, document: str | None) -> bool:
        """Whether nothing is kept of a text whose part would be kept under ``part`` and its
        reading under ``document``: a build reads it (what :meth:`part` and :meth:`document`
        would give is None, found without reading either)."""
        if part is not None and f"{part}.nt" in self._listed(self.owns):
            return False
        if document is None:
            return True
        folder = self.documents if self.staged is None else self.staged / self.documents.name
        return not (folder / f"{document}.json").is_file()

    def part(self, key: str | None) -> DocumentPart | None:
        """The part of the graph kept under ``key`` (its own triples left where they are, see
        :meth:`own`), or None (none kept, or unreadable). A part the last build kept is taken
        from the index of its parts (``index.sqlite``), the rest of it read when asked for."""
        if key is None or f"{key}.nt" not in self._listed(self.owns):
            return None
        if f"{key}.blocks" not in self._listed(self.blocked):
            return None
        entry = self.index.read().parts.get(key)
        if entry is not None and f"{key}.json" in self._listed(self.parts):
            with suppress(ValueError, TypeError, KeyError):
                part = DocumentPart.from_entry(entry, self.literals, partial(self.whole, key))
                self._entered[key] = part
                return part
        try:
            return self.whole(key)
        except KzldError:
            return None

    def _listed(self, folder: Path) -> set[str]:
        """The names of the files in ``folder`` when first asked (one listing, not a look-up a
        file: a build looks for three files of every kept part)."""
        found = self._listings.get(folder.name)
        if found is None:
            try:
                found = {entry.name for entry in os.scandir(folder)}
            except OSError:
                found = set()
            self._listings[folder.name] = found
        return found

    def whole(self, key: str) -> DocumentPart:
        """The whole part kept under ``key`` (raises :class:`KzldError` when it cannot be read)."""
        folder = self.parts if self.staged is None else self.staged / self.parts.name
        path = folder / f"{key}.json"
        try:
            return DocumentPart.decode(path.read_bytes(), self.literals)
        except (OSError, ValueError, TypeError, KeyError) as error:
            raise KzldError(
                f"{path}: a kept part cannot be read ({error}); delete {self.root} and build again"
            ) from error

    def consulted(self, key: str) -> Consulted | None:
        """What the resolution of the part kept under ``key`` consulted of the organisation
        authority (None: not known, or not readable), kept apart from the rest of the part: a
        change of the authority asks it of every kept part, and nothing else of most."""
        folder = self.consultations
        if self.staged is not None:
            folder = self.staged / folder.name
        try:
            return Consulted.decode(orjson.loads((folder / f"{key}.json").read_bytes()))
        except (OSError, ValueError, TypeError, KeyError):
            return None

    def types(self) -> dict[str, str]:
        """The types of the corpus' nodes in the last build's graph (IRI -> types, space
        separated), what its parts' validation contexts were made with (see
        :attr:`DocumentPart.context`)."""
        return self.index.read().types

    def tally(self) -> tuple[Tally, set[str]]:
        """The tally of the records of the last build's texts (:mod:`kzld.resolve.tally`), and
        the keys of their parts; an empty one when it is not kept."""
        return self.index.tally()

    def own(self, key: str | None) -> bytes | None:
        """The triples of the own subjects of the part kept under ``key``, as N-Triples (see
        :class:`DocumentPart`), or None."""
        if key is None:
            return None
        folder = self.owns if self.staged is None else self.staged / self.owns.name
        try:
            return (folder / f"{key}.nt").read_bytes()
        except OSError:
            return None

    def blocks(self, key: str | None, owner: str) -> list[Blocks] | None:
        """The dumps' blocks of the part kept under ``key`` (see :func:`~kzld.rdf.splice.packed`),
        their bytes left in the file, named ``owner``; or None."""
        if key is None:
            return None
        folder = self.blocked if self.staged is None else self.staged / self.blocked.name
        try:
            return unpacked(owner, path=folder / f"{key}.blocks")
        except (OSError, ValueError, TypeError):
            return None

    def previous(self, name: str) -> Previous | None:
        """The dump ``name`` of the output folder as the last build wrote it, with its runs (to
        splice the next one from it), or None: no build recorded it, or the file is not what
        it wrote."""
        try:
            data = orjson.loads((self.root / "build.json").read_bytes())
            digest, identity = data["outputs"][name]
            kept = orjson.loads((self.dumps / f"{name}.json").read_bytes())
            previous = Previous.from_value(self.out / name, kept["runs"])
            if kept["digest"] != digest:
                return None
            if not _unchanged(self.out / name, digest, identity, lambda: previous.runs):
                return None
            return previous
        except (OSError, ValueError, TypeError, KeyError):
            return None

    def results(self, key: str) -> list[Result] | None:
        """The validation results kept under ``key`` (see :meth:`keep_results`; those of the
        last build's parts taken from its index), or None."""
        try:
            value = self.index.read().checked.get(key)
            if value is None:
                value = orjson.loads((self.checked / f"{key}.json").read_bytes())
            return [_result(fields) for fields in value]
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None

    def keep_results(self, key: str, results: Iterable[Result]) -> None:
        """Keep the validation results of a text's part under ``key``."""
        if self.writable:
            self._keep(self.checked, f"{key}.json", orjson.dumps(_fields(results)))

    def authority(self, digest: str) -> Path | None:
        """The kept organisation authority of ``digest`` (see :meth:`keep_authority`), or None."""
        path = self.authorities / f"{digest}.yaml"
        return path if path.is_file() else None

    def keep_authority(self, digest: str) -> None:
        """Keep the organisation authority (of ``digest``), that parts are made with."""
        if not self.writable or digest in self._authorities:
            return
        self._authorities.add(digest)
        if self.staged is not None or self.authority(digest) is None:
            try:
                data = organisations_file().read_bytes()
            except OSError:
                self.writable = False
                return
            self._keep(self.authorities, f"{digest}.yaml", data)

    def keep_document(self, key: str | None, document: Document) -> None:
        """Keep what the reader made of a text under ``key`` (see the module's docstring)."""
        if key is not None and self.writable:
            self._keep(self.documents, f"{key}.json", to_json(document))

    def keep_part(self, key: str | None, part: DocumentPart) -> bool:
        """Keep a text's part of the graph under ``key``; True when it is kept (its own triples
        can be read back with :meth:`own`)."""
        if key is None or not self.writable or part.own is None or part.blocks is None:
            return False
        self._keep(self.owns, f"{key}.nt", part.own)
        self._keep(self.blocked, f"{key}.blocks", part.blocks)
        self._keep(self.consultations, f"{key}.json", orjson.dumps(part.consulted))
        self._keep(self.parts, f"{key}.json", part.encode())
        return self.writable

    def _folders(self) -> tuple[Path, ...]:
        return (
            self.documents,
            self.parts,
            self.owns,
            self.consultations,
            self.blocked,
            self.authorities,
            self.checked,
        )

    def _keep(self, folder: Path, name: str, data: bytes) -> None:
        try:
            if self.staged is None and not self.out.is_dir():
                self.staged = Path(tempfile.mkdtemp(prefix="kzld-state-"))
            if self.staged is not None:
                folder = self.staged / folder.name
            folder.mkdir(parents=True, exist_ok=True)
            write_whole(folder / name, data)
        except OSError:  # a cache: a build does not fail for want of one
            self.writable = False

    def discard(self) -> None:
        """Remove the entries written while ``out`` did not exist (the build ends without them)."""
        if self.staged is not None:
            shutil.rmtree(self.staged, ignore_errors=True)
            self.staged = None

    def record(self, inputs: Inputs) -> BuildRecord | None:
        """The record of the last build when it was made from ``inputs``, else None."""
        try:
            data = orjson.loads((self.root / "build.json").read_bytes())
            outputs = {
                str(name): (str(digest), list(map(int, identity)))
                for name, (digest, identity) in data["outputs"].items()
            }
            record = BuildRecord(data["inputs"], outputs, dict(data["counts"]), self.dumps)
        except (OSError, ValueError, TypeError, KeyError):
            return None
        return record if record.inputs == inputs.digest else None

    def keep_index(
        self,
        inputs: Inputs,
        parts: Mapping[str, DocumentPart],
        authorities: Iterable[str] = (),
        checked: Mapping[str, Iterable[Result]] | None = None,
        tally: tuple[Tally, Iterable[str]] | None = None,
        types: Mapping[str, Iterable[str]] | None = None,
    ) -> None:
        """Keep the index of a build's ``parts`` (key -> part) with the ``tally`` of its texts'
        records (and the keys of the parts it counts), the parts' validation results
        (``checked``: key -> results) and the ``types`` of the corpus' nodes they were validated
        with; entries of ``documents/`` no text of ``inputs`` has, of ``parts/``, ``own/``,
        ``consulted/`` and ``blocks/`` not in ``parts``, of ``authorities/`` not named in
        ``authorities`` (digests) and of ``checked/`` not in ``checked``, are removed.

        The first half of :meth:`save`, which a build may call once its graph is known to
        conform, while its dumps are still written: it touches no entry of ``parts`` nor the
        record of the last dumps, which the writing reads. A first build's entries, kept in a
        staged folder, are indexed by :meth:`save` once they are moved into place. A failure
        leaves no state, at :meth:`save` (the writing may still read it until then)."""
        self._indexed = (inputs, parts, authorities, checked, tally, types)
        if self.staged is None:
            self._write_index()

    def _write_index(self) -> None:
        """Write what :meth:`keep_index` was given, once."""
        if self._indexed is None or self._index_written:
            return
        self._index_written = True
        inputs, parts, authorities, checked, tally, types = self._indexed
        try:
            if not self.writable:
                raise OSError("an entry could not be written")
            keep = {f"{kept}.json" for name in inputs.texts if (kept := inputs.document_key(name))}
            for key in parts:
                keep.update((f"{key}.json", f"{key}.nt", f"{key}.blocks"))
            keep.update(f"{digest}.yaml" for digest in authorities)
            checked = checked or {}
            keep.update(f"{key}.json" for key in checked)
            for folder in self._folders():
                folder.mkdir(parents=True, exist_ok=True)
                for entry in os.scandir(folder):
                    if entry.name not in keep:
                        os.unlink(entry.path)
            (self.root / "index.json").unlink(missing_ok=True)  # the index of layout 8
            entered = self._entered
            self.index.save(
                parts,
                {key for key, part in parts.items() if entered.get(key) is part},
                tally,
                {key: partial(_fields, results) for key, results in checked.items()},
                {iri: " ".join(kinds) for iri, kinds in (types or {}).items()},
            )
            sources = {
                name: [identity, inputs.texts[name]]
                for name, identity in inputs.identities.items()
                if inputs.texts.get(name) is not None
            }
            write_whole(self.root / "sources.json", orjson.dumps(sources))
        except (OSError, sqlite3.Error):
            self._spoilt = True

    def save(
        self,
        inputs: Inputs,
        out: Path,
        outputs: Mapping[str, Written],
        counts: Mapping[str, Any],
    ) -> None:
        """Keep the record of a build that wrote ``outputs`` into ``out`` (each file's digest and
        runs, to splice the next build's from it: see :meth:`previous`), after the index of its
        parts (:meth:`keep_index`, which must have been called). The state is a cache: a failure
        to write it leaves none (the next build reads everything again) rather than failing the
        build."""
        try:
            if not self.writable or self._indexed is None:
                raise OSError("an entry could not be written")
            if self.staged is not None:
                for folder in self._folders():
                    _move_entries(self.staged / folder.name, folder)
                self.discard()
            self._write_index()
            if self._spoilt:
                raise OSError("the index could not be written")
            self.dumps.mkdir(parents=True, exist_ok=True)
            for name, written in outputs.items():
                write_whole(self.dumps / f"{name}.json", written.kept)
            for entry in os.scandir(self.dumps):
                if entry.name.removesuffix(".json") not in outputs:
                    os.unlink(entry.path)
            digests = {
                name: (written.digest, _identity(out / name)) for name, written in outputs.items()
            }
            record = {
                "inputs": inputs.digest,
                "outputs": digests,
                "counts": dict(counts),
            }
            write_whole(self.root / "build.json", orjson.dumps(record, option=orjson.OPT_INDENT_2))
        except (OSError, sqlite3.Error):
            shutil.rmtree(self.root, ignore_errors=True)


def _move_entries(staged: Path, folder: Path) -> None:
    """Move the entries of the folder ``staged`` into ``folder`` (made if need be): the folder
    itself renamed where ``folder`` is not there yet (a first build: one rename, not one a file,
    some 60,000 at 10,000 texts), otherwise file by file."""
    if staged.is_dir() and not folder.exists():
        folder.parent.mkdir(parents=True, exist_ok=True)
        with suppress(OSError):  # another file system: moved file by file below
            os.rename(staged, folder)
            return
    folder.mkdir(parents=True, exist_ok=True)
    for entry in os.scandir(staged) if staged.is_dir() else ():
        shutil.move(entry.path, folder / entry.name)


def _fields(results: Iterable[Result]) -> list[list[object]]:
    """Validation results as JSON-ready values (see :func:`_result`)."""
    return [[getattr(r, name) for name in Result.__slots__] for r in results]


def _result(fields: list[object]) -> Result:
    """The validation result :meth:`BuildState.keep_results` wrote as ``fields``."""
    severity, focus, label, path, value, message, shape, component = map(_optional_str, fields)
    if severity is None or focus is None or message is None or shape is None or component is None:
        raise ValueError(f"not a validation result: {fields!r}")
    return Result(severity, focus, label, path, value, message, shape, component)


def _optional_str(value: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise ValueError(f"not a string: {value!r}")
