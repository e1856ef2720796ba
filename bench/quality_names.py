"""Identity quality of the organisation resolver on the name-form corpus (bench/nameforms/).

Each form is read as a signatory entry (by the reader's entry splitter) of a statement of its
year, and resolved as `kzld build` resolves it: each form is the one signatory of a text of its
own, and the abbreviations the forms define with a name (:mod:`kzld.resolve.orgs.defined`) are
known to every other. Then, over every pair of forms:

- merge precision: of the pairs resolved to one organisation, the share the gold record merges;
- merge recall: of the pairs the gold record merges, the share resolved to one organisation;
- merges across countries: pairs resolved to one organisation whose gold countries differ, and
  forms resolved to an authority entry of another country;
- merges across dates: forms resolved to an authority entry founded after, or dissolved before,
  the year of their statement;
- country accuracy of new organisations (issue 19: "a new organisation whose name names a
  country gets that country"): forms of a gold new organisation whose gold record gives a
  country and says the name names it (``country_in_name``, read from the form by a person, never
  by the resolver), the share that get that country (the country of the organisation they are
  resolved to, an authority entry's if they are taken for one). Two looser shares as well: over
  every form that becomes a new organisation and whose gold record gives a country ("any gold
  country": most names state none, "CGIL", "Emek Partisi"), and over those of them whose entry
  states a country as the resolver reads it (in the name, beside it, or by a region), which
  measures the resolver with its own reading;
- authority accuracy: forms whose gold organisation is an authority entry, the share resolved to it;
- review suggestions: the pairs of forms of new organisations that ``kzld orgs`` suggests are one
  (the same abbreviation, no two countries), the share the gold record merges.

Usage: python bench/quality_names.py [--split tune|heldout] [--errors] [--since REV] [--folds]
[--classes] [--stripped]

``--since REV`` scores only the forms added to the split after the git revision REV (pairs among
them alone): how the resolver does on forms it was not tuned on. ``--folds`` gives merge
precision and recall on two halves of the organisations (by a hash of the gold key), on which a
mechanism is judged apart: one that holds on one half only was fitted to its forms.
``--classes`` counts the pairs to merge that stay apart by the two forms' kinds: one resolved to
an authority entry and the other not, or both new organisations in two scripts, in two
languages of one script, in one language, or one of them an abbreviation alone.
``--stripped`` gives, on each half, the authority entry figure with the names and forms of the
authority that the half's own forms write taken out (an entry keeps its English name and its
abbreviations), as a held-out organisation's forms find it: the forms that reach their entry by
what the resolver reads, not because the authority lists them; and the forms taken for an entry
they are not.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from kzld.model.records import Entry, Span  # noqa: E402
from kzld.resolve.orgs import OrganisationResolver  # noqa: E402
from kzld.resolve.orgs.analysis import is_abbreviation, read_entry, script_of  # noqa: E402
from kzld.resolve.orgs.authority import Authority, load_authority  # noqa: E402
from kzld.resolve.orgs.defined import Definitions  # noqa: E402
from kzld.resolve.orgs.names import normalise  # noqa: E402


@dataclass(frozen=True)
class Form:
    form: str
    language: str
    org: str
    country: str | None
    year: int | None
    # whether the name names its gold country (see README.md); set on new organisations' forms
    # with a country only, and not part of a form's identity (earlier revisions lack it)
    country_in_name: object = field(default=None, compare=False)

    @property
    def counts_country(self) -> bool:
        """Whether the form is of a new organisation with a gold country."""
        return self.org.startswith("new:") and bool(self.country)


def parse_forms(text: str) -> list[Form]:
    return [
        Form(
            str(d["form"]), str(d["language"]), str(d["org"]), d.get("country"), d.get("year"),
            d.get("country_in_name"),
        )
        for d in yaml.safe_load(text) or []
    ]  # fmt: skip


def check_forms(forms: list[Form]) -> list[str]:
    """What is wrong with the forms' ``country_in_name`` fields: it must be true or false on
    every form of a new organisation with a gold country, and absent on every other."""
    problems = []
    for f in forms:
        if f.counts_country and not isinstance(f.country_in_name, bool):
            problems.append(
                f"{f.form!r} ({f.org}, {f.country}): country_in_name must be true or false, "
                f"not {f.country_in_name!r}"
            )
        elif not f.counts_country and f.country_in_name is not None:
            problems.append(
                f"{f.form!r} ({f.org}): country_in_name is only for a new organisation's form "
                "with a country"
            )
    return problems


def load(split: str, since: str | None = None) -> list[Form]:
    """The split's forms; with ``since``, only those added after that git revision."""
    path = ROOT / "bench" / "nameforms" / f"{split}.yaml"
    forms = parse_forms(path.read_text(encoding="utf-8"))
    problems = check_forms(forms)
    if problems:
        raise ValueError(f"{path.relative_to(ROOT)}: " + "; ".join(problems))
    if since is None:
        return forms
    earlier = subprocess.run(
        ["git", "show", f"{since}:bench/nameforms/{split}.yaml"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    seen = set(parse_forms(earlier))
    return [f for f in forms if f not in seen]


def named_country(forms: list[Form], got: list[str | None]) -> tuple[int, int, list[str]]:
    """Issue 19's figure: of the forms of new organisations whose name names their gold country
    (``country_in_name``), how many got that country (``got``: the country each form's
    organisation was given), of how many, and a line for each miss."""
    right = total = 0
    misses = []
    for form, country in zip(forms, got, strict=True):
        if form.counts_country and form.country_in_name is True:
            total += 1
            right += country == form.country
            if country != form.country:
                misses.append(f"country  {form.form!r} [{country}], gold {form.country}")
    return right, total, misses


def as_entry(text: str) -> Entry:
    """The entry the reader makes of a list line (its splitter, where it has one)."""
    try:
        from kzld.parse.entries import split_entry

        name, abbreviation, gloss, hint = split_entry(text)
    except (ImportError, ValueError):
        name, abbreviation, gloss, hint = text, None, None, None
    return Entry(1, text, Span(0, len(text)), name, abbreviation, gloss, hint)


def ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def fold(org: str) -> int:
    """The half of the organisations ``org`` is in (0 or 1), by a hash of its gold key."""
    return int(hashlib.sha256(org.encode("utf-8")).hexdigest(), 16) % 2


def print_folds(forms: list[Form], keys: list[str]) -> None:
    """Merge precision and recall on each half of the organisations (a pair is in the half of
    its first form's organisation)."""
    counts = [Counter[str](), Counter[str]()]
    for (i, a), (j, b) in combinations(enumerate(forms), 2):
        gold, got = a.org == b.org, keys[i] == keys[j]
        counts[fold(a.org)]["tp" if gold and got else "fp" if got else "fn" if gold else ""] += 1
    for half, c in enumerate(counts):
        print(
            f"  fold {half}: precision {ratio(c['tp'], c['tp'] + c['fp']):.3f} "
            f"({c['tp']} of {c['tp'] + c['fp']}), "
            f"recall {ratio(c['tp'], c['tp'] + c['fn']):.3f} ({c['tp']} of {c['tp'] + c['fn']})"
        )


def stripped(authority: Authority, forms: list[Form]) -> Authority:
    """``authority`` without the names and forms (not the English names) that ``forms`` write."""
    index = OrganisationResolver(authority).index
    written: dict[str, set[str]] = {}
    for f in forms:
        texts = read_entry(as_entry(f.form), index.known_abbreviations).texts
        written.setdefault(f.org, set()).update(normalise(t) for t in texts)
    entries = []
    for e in authority:
        out = written.get(e.key, set())
        names = tuple(n for n in e.names if normalise(n.text) not in out)
        entries.append(dataclasses.replace(e, names=names, forms=tuple(
            form for form in e.forms if normalise(form) not in out)))  # fmt: skip
    return Authority(tuple(entries))


def print_stripped(forms: list[Form], authority: Authority, errors: bool = False) -> None:
    """The authority entry figure of each half against the authority stripped of its forms; with
    ``errors``, a line for each form of an authority entry that misses it."""
    misses: list[str] = []
    for half in (0, 1):
        mine = [f for f in forms if fold(f.org) == half]
        reduced = stripped(authority, [f for f in mine if not f.org.startswith("new:")])
        resolver = OrganisationResolver(reduced)
        right = wrong = total = 0
        for i, f in enumerate(mine):
            key = resolver.resolve_entry(
                as_entry(f.form), language=f.language, document=f"form-{i:04d}", year=f.year
            )
            total += not f.org.startswith("new:")
            right += key == f.org
            wrong += key in reduced and key != f.org
            if key != f.org and not f.org.startswith("new:"):
                misses.append(f"stripped {half} {f.form!r} ({f.language}) -> {key}, gold {f.org}")
        print(
            f"  fold {half} stripped: authority entry {ratio(right, total):.3f} "
            f"({right} of {total}), taken for another entry {wrong}"
        )
    for line in misses if errors else []:
        print("   ", line)


def miss_class(a: Form, b: Form, keys: tuple[str, str], known: set[str]) -> str:
    """The kind of a pair to merge that stays apart (see the module's docstring)."""
    if (keys[0] in known) != (keys[1] in known):
        return "one form an authority entry, the other a new organisation"
    if keys[0] in known:
        return "two authority entries"
    if any(all(is_abbreviation(t) for t in read_entry(as_entry(f.form)).texts) for f in (a, b)):
        return "new: an abbreviation alone"
    if script_of(a.form) != script_of(b.form):
        return "new: two scripts"
    if a.language != b.language:
        return "new: two languages in one script"
    return "new: one language (spelling, inflection, short and long name)"


def print_classes(forms: list[Form], keys: list[str], known: set[str]) -> None:
    """The pairs to merge that stay apart, by class, with the organisations they are of."""
    pairs: Counter[str] = Counter()
    orgs: dict[str, set[str]] = {}
    for (i, a), (j, b) in combinations(enumerate(forms), 2):
        if a.org == b.org and keys[i] != keys[j]:
            kind = miss_class(a, b, (keys[i], keys[j]), known)
            pairs[kind] += 1
            orgs.setdefault(kind, set()).add(a.org)
    total = sum(pairs.values())
    for kind, n in pairs.most_common():
        print(f"  {kind}: {n} ({100 * ratio(n, total):.0f} %, {len(orgs[kind])} organisations)")
    print(f"  pairs apart: {total}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=["tune", "heldout"], default="tune")
    parser.add_argument("--errors", action="store_true", help="list every wrong pair and form")
    parser.add_argument("--since", metavar="REV", help="only the forms added after git REV")
    parser.add_argument("--folds", action="store_true", help="figures on two halves of the orgs")
    parser.add_argument("--classes", action="store_true", help="pairs kept apart, by class")
    parser.add_argument(
        "--stripped", action="store_true", help="authority entry without the forms' own names"
    )
    args = parser.parse_args()

    forms = load(args.split, args.since)
    authority = load_authority()
    resolver = OrganisationResolver(authority)

    def resolved() -> list[str]:
        return [
            resolver.resolve_entry(
                as_entry(f.form), language=f.language, document=f"form-{i:04d}", year=f.year
            )
            for i, f in enumerate(forms)
        ]

    # as a build does: every text resolved, then again with what the texts define
    resolved()
    resolver.define(Definitions(resolver.take_record().definitions))
    keys = resolved()
    countries = {o.key: o.country for o in resolver.organisations()}
    alike = {(d.key, other) for d in resolver.report().doubts for other, _ in d.alike}

    tp = fp = fn = 0
    suggested = suggested_right = 0
    cross_country: list[tuple[Form, Form]] = []
    wrong: list[str] = []
    for (i, a), (j, b) in combinations(enumerate(forms), 2):
        gold, got = a.org == b.org, keys[i] == keys[j]
        if (keys[i], keys[j]) in alike:
            suggested += 1
            suggested_right += gold
            if not gold:
                wrong.append(f"suggest  {a.form!r} ({a.org}) + {b.form!r} ({b.org})")
        tp += gold and got
        fp += got and not gold
        fn += gold and not got
        if got and not gold:
            wrong.append(f"merged   {a.form!r} ({a.org}) + {b.form!r} ({b.org}) -> {keys[i]}")
            if a.country and b.country and a.country != b.country:
                cross_country.append((a, b))
        elif gold and not got:
            wrong.append(f"apart    {a.form!r} -> {keys[i]}  /  {b.form!r} -> {keys[j]}")
    entry_country = []
    across_dates = []
    other_entry = []
    known_right = known_total = 0
    new_right = new_total = 0
    stated_right = stated_total = 0
    for form, key in zip(forms, keys, strict=True):
        if key in authority:
            entry = authority.entry(key)
            if form.country and entry.country and entry.country != form.country:
                entry_country.append(
                    f"{form.form!r} -> {key} ({entry.country}, gold {form.country})"
                )
            if not entry.existed_in(form.year):
                across_dates.append(f"{form.form!r} ({form.year}) -> {key}")
        if key in authority and key != form.org:
            other_entry.append(f"{form.form!r} -> {key}, gold {form.org}")
        if not form.org.startswith("new:"):
            known_total += 1
            known_right += key == form.org
            if key != form.org:
                wrong.append(f"entry    {form.form!r} -> {key}, gold {form.org}")
        if form.counts_country and key not in authority:
            new_total += 1
            new_right += countries.get(key) == form.country
            if read_entry(as_entry(form.form), resolver.index.known_abbreviations).countries:
                stated_total += 1
                stated_right += countries.get(key) == form.country
    named_right, named_total, misses = named_country(
        forms, [authority.entry(k).country if k in authority else countries.get(k) for k in keys]
    )
    wrong += misses
    print(
        f"name forms ({args.split}{f', added since {args.since}' if args.since else ''}): "
        f"{len(forms)} forms, "
        f"{len({f.org for f in forms})} organisations"
    )
    print(f"  merge precision   {ratio(tp, tp + fp):.3f}  ({tp} of {tp + fp} merged pairs)")
    print(f"  merge recall      {ratio(tp, tp + fn):.3f}  ({tp} of {tp + fn} pairs to merge)")
    print(
        f"  across countries  {len(cross_country) + len(entry_country)} "
        f"({len(cross_country)} pairs, {len(entry_country)} forms to an entry of another country)"
    )
    print(f"  across dates      {len(across_dates)}")
    print(
        f"  other entry       {len(other_entry)} (forms taken for an authority entry they are not)"
    )
    print(
        f"  new-org country, name names it  {ratio(named_right, named_total):.3f}  "
        f"({named_right} of {named_total})"
    )
    print(
        f"    any gold country              {ratio(new_right, new_total):.3f}  "
        f"({new_right} of {new_total} new organisations' forms with a gold country)"
    )
    print(
        f"    as the resolver reads it      {ratio(stated_right, stated_total):.3f}  "
        f"({stated_right} of {stated_total} whose entry states a country)"
    )
    print(
        f"  authority entry   {ratio(known_right, known_total):.3f}  "
        f"({known_right} of {known_total})"
    )
    print(
        f"  review suggests   {ratio(suggested_right, suggested):.3f}  ({suggested_right} of "
        f"{suggested} pairs of new organisations' forms suggested as one)"
    )
    if args.folds:
        print_folds(forms, keys)
    if args.classes:
        print_classes(forms, keys, {key for key in keys if key in authority})
    if args.stripped:
        print_stripped(forms, authority, args.errors)
    if args.errors:
        for line in sorted(wrong) + entry_country + across_dates + other_entry:
            print("   ", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
