"""Abbreviations one text defines are known to every other: "Xandia Workers' Union (XWU)" in
one text, "XWU" alone in another and a translation with the same abbreviation in a third are
one new organisation, only where the corpus gives the abbreviation one meaning."""

from __future__ import annotations

import orjson
import pytest

from kzld.parse import read_bytes
from kzld.resolve.corpus import resolve_corpus
from kzld.resolve.orgs import ResolverRecord, survey
from kzld.resolve.orgs.authority import Authority, AuthorityEntry, load_authority
from kzld.resolve.orgs.defined import (
    UNSPACED_NAME,
    Answer,
    Definition,
    Definitions,
    ask_key,
    ask_meaning,
    held_once,
    held_pairs,
)
from kzld.resolve.tally import Tally

from .resolving import corpus_keys


@pytest.fixture(scope="module")
def authority() -> Authority:
    return load_authority()


def text(name: str, *signers: str) -> tuple[str, str]:
    lines = "\n".join(f"{number}. {signer}" for number, signer in enumerate(signers, start=1))
    return (
        name,
        f"Joint statement on the strike\n\nWe stand with the strikers.\n\nSigned:\n\n{lines}\n",
    )


def signatories(authority: Authority, *texts: tuple[str, str]) -> dict[str, list[str]]:
    """Each text's signatories' keys, the texts resolved as one corpus (as a build does)."""
    documents = [read_bytes(name, body.encode()) for name, body in texts]
    corpus = resolve_corpus(documents, authority=authority)
    return {
        resolved.document.name: [key for section in resolved.signatories for key in section]
        for resolved in corpus.documents
    }


def test_an_abbreviation_alone_is_what_another_text_defines(authority: Authority) -> None:
    found = signatories(
        authority,
        text("a.txt", "Xandia Workers' Union (XWU)", "Zeta Youth Front"),
        text("b.txt", "XWU", "Zeta Youth Front"),
        text("c.txt", "XWU – Xandia Workers' Union"),
    )
    assert found == {
        "a.txt": ["x-xandia-workers-union", "x-zeta-youth-front"],
        "b.txt": ["x-xandia-workers-union", "x-zeta-youth-front"],
        "c.txt": ["x-xandia-workers-union"],
    }


def test_the_answer_does_not_depend_on_the_order_of_the_texts(authority: Authority) -> None:
    texts = [
        text("1.txt", "XWU"),
        text("2.txt", "Xandia Workers' Union (XWU)"),
        text("3.txt", "Union des travailleurs de Xandia (XWU)"),
    ]
    forward = signatories(authority, *texts)
    backward = signatories(authority, *reversed(texts))
    # a translation with the same abbreviation and type words is the same organisation: the
    # first of the two keys in sort order names it
    assert (
        forward
        == backward
        == {
            "1.txt": ["x-union-des-travailleurs-de-xandia"],
            "2.txt": ["x-union-des-travailleurs-de-xandia"],
            "3.txt": ["x-union-des-travailleurs-de-xandia"],
        }
    )


def test_two_meanings_of_one_abbreviation_give_it_none(authority: Authority) -> None:
    found = signatories(
        authority,
        text("a.txt", "Xandia Workers' Union (XWU)"),
        text("b.txt", "Xandia Women's Party (XWU)"),
        text("c.txt", "XWU"),
    )
    assert found == {
        "a.txt": ["x-xandia-workers-union"],
        "b.txt": ["x-xandia-womens-party"],
        "c.txt": ["x-xwu"],
    }


def test_names_of_two_countries_are_never_joined(authority: Authority) -> None:
    found = signatories(
        authority,
        text("a.txt", "Zeta Workers' Union of Italy (ZWU)"),
        text("b.txt", "Zeta Workers' Union of Spain (ZWU)"),
        text("c.txt", "ZWU"),
    )
    assert found == {
        "a.txt": ["x-zeta-workers-union-it"],
        "b.txt": ["x-zeta-workers-union-es"],
        "c.txt": ["x-zwu"],
    }


def test_an_abbreviation_beside_another_country_is_not_the_defined_one(
    authority: Authority,
) -> None:
    found = signatories(
        authority,
        text("a.txt", "Zeta Workers' Union of Italy (ZWU)"),
        text("b.txt", "ZWU (Spain)", "ZWU (Italy)"),
    )
    assert found == {
        "a.txt": ["x-zeta-workers-union-it"],
        "b.txt": ["x-zwu-es", "x-zeta-workers-union-it"],
    }


def test_a_short_abbreviation_is_written_by_too_many_to_mean_one(authority: Authority) -> None:
    # an abbreviation that opens no type word or qualifier of the reader's tables (a last entry
    # that opens one, as "XW" opens a Kurdish word for students, is read as cut short)
    found = signatories(
        authority,
        text("a.txt", "Xandia Volunteers (XV)"),
        text("b.txt", "XV"),
    )
    assert found == {"a.txt": ["x-xandia-volunteers"], "b.txt": ["x-xv"]}


def test_an_abbreviation_the_authority_knows_is_never_redefined(authority: Authority) -> None:
    # KKE is the Communist Party of Greece's: a text's other use does not change it
    found = signatories(
        authority,
        text("a.txt", "Xandia Kite Enthusiasts (KKE)"),
        text("b.txt", "KKE"),
    )
    assert found["b.txt"] == ["communist-party-of-greece"]


def test_a_quoted_name_with_its_words_written_short_is_one_organisation(
    authority: Authority,
) -> None:
    # the initials of the words around the quoted name are the abbreviation beside it in
    # another text; another quoted name, or other initials, are another organisation
    keys, _ = corpus_keys(
        authority,
        [
            ("Udruženi radnici Zetije „Vreteno“", None),
            ("URZ „Vreteno“", None),
            ("URZ „Kotva“", None),
            ("UKZ „Vreteno“", None),
        ],
    )
    assert keys[0] == keys[1]
    assert len({keys[0], keys[2], keys[3]}) == 3


def test_the_review_knows_what_the_texts_define(authority: Authority) -> None:
    documents = [
        read_bytes(name, body.encode())
        for name, body in (
            text("a.txt", "Xandia Workers' Union (XWU)"),
            text("b.txt", "XWU"),
        )
    ]
    report = survey(documents, authority)
    [org] = report.new
    assert org.key == "x-xandia-workers-union"
    assert org.abbreviations == ("XWU",)
    assert {s.document for s in report.sightings if s.key == org.key} == {"a.txt", "b.txt"}


def test_answers_tell_which_texts_a_new_definition_touches() -> None:
    union = Definition("XWU", "x-xandia-workers-union", None, ("union", "workers"))
    translated = Definition("XWU", "x-union-des-travailleurs-de-xandia", None, ("union", "workers"))
    before, after = Definitions([union]), Definitions([union, translated])
    assert before.answer(ask_meaning("XWU")) == "x-xandia-workers-union"
    assert after.answer(ask_meaning("XWU")) == "x-union-des-travailleurs-de-xandia"
    assert before.answer(ask_key("x-xandia-workers-union")) == "x-xandia-workers-union"
    assert after.answer(ask_key("x-xandia-workers-union")) == "x-union-des-travailleurs-de-xandia"
    asked = (Answer(ask_meaning("XWU"), "x-xandia-workers-union"),)
    assert before.answers(asked) and not after.answers(asked)
    # an era's name is never joined to another
    older = Definition("XWU", "x-workers-union-xa-before-1990", "XA", ("union", "workers"))
    assert Definitions([union, older]).answer(ask_meaning("XWU")) == ""


def test_a_tally_counts_what_the_texts_define() -> None:
    union = Definition("XWU", "x-xandia-workers-union", None, ("union", "workers"))
    other = Definition("XWU", "x-xandia-womens-party", None, ("party", "women"))
    first = ResolverRecord((), (), (), definitions=(union,))
    second = ResolverRecord((), (), (), definitions=(other,))
    tally = Tally.of([first, second])
    assert tally.definitions().answer(ask_meaning("XWU")) == ""  # two meanings
    tally.remove(second)
    kept = Tally.from_value(orjson.loads(orjson.dumps(tally.value())))
    assert kept.definitions().answer(ask_meaning("XWU")) == "x-xandia-workers-union"


def test_one_name_defined_with_and_without_its_country_is_counted_and_kept() -> None:
    # a kept part made before the countries' table read the name's country, beside one made
    # after it: a build holds both definitions and sorts them, the one with no country first
    before = Definition("ZHU", "x-zeta-harbour-union", None, ("union",))
    after = Definition("ZHU", "x-zeta-harbour-union", "XA", ("union",))
    assert sorted([after, before]) == [before, after]
    assert Definitions([after, before]).definitions == (before, after)
    tally = Tally.of([ResolverRecord((), (), (), definitions=(after,))])
    tally.add(ResolverRecord((), (), (), definitions=(before,)))
    rows: list[list[object]] = tally.value()["defined"]  # type: ignore[assignment]
    assert [row[2] for row in rows] == [None, "XA"]
    tally.remove(ResolverRecord((), (), (), definitions=(before,)))
    kept = Tally.from_value(orjson.loads(orjson.dumps(tally.value())))
    assert kept.definitions().definitions == (after,)


def test_a_short_form_defined_with_and_without_its_country_is_sorted_and_answered() -> None:
    # the same two definitions of a name in a script without spaces: the short forms are read
    # longest first, and the two sort as their definitions do
    letters = UNSPACED_NAME + "\u7532\u4e59\u4e19\u4e01"
    before = Definition(letters, "x-jia-yi-bing-ding", None, ())
    after = Definition(letters, "x-jia-yi-bing-ding", "XA", ())
    defined = Definitions([after, before])
    assert defined.key("x-jia-yi-bing-ding") == "x-jia-yi-bing-ding"
    assert defined.answer(ask_key("x-jia-yi-bing-ding")) == "x-jia-yi-bing-ding"


@pytest.mark.parametrize(
    "names",
    [
        ["Xandia Legal Aid (XLA) Zetapolis", "Xandia Legal Aid (XLA) Omegaville"],
        ["Lembaga Bantuan Xandia (LBX) Zetapolis", "Lembaga Bantuan Xandia (LBX) Masyarakat"],
        ["Asistencia Legal Xandia (ALX) Zetópolis", "Asistencia Legal Xandia (ALX) Omegavilla"],
    ],
)
def test_words_after_an_abbreviation_amid_a_name_make_another_organisation(
    authority: Authority, names: list[str]
) -> None:
    found = signatories(authority, text("a.txt", *names), text("b.txt", names[1]))
    assert len(set(found["a.txt"])) == 2
    assert found["b.txt"] == found["a.txt"][1:]


@pytest.mark.parametrize(
    "name", ["Frente Zelta (FZX) de Cuba", "Zelta Front (FZX) of Cuba", "Front Zelta (FZX) Cuba"]
)
def test_a_country_after_an_abbreviation_amid_a_name_is_the_whole_organisations(
    authority: Authority, name: str
) -> None:
    found = signatories(authority, text("a.txt", name), text("b.txt", "FZX"))
    assert found["b.txt"] == found["a.txt"]


ZWPF = AuthorityEntry(
    key="womens-and-peasants-front-unity",
    name="Women's and Peasants' Front – Unity",
    abbreviations=("ZWPF",),
    founded=2011,
    kinds=("party",),
)


def with_entries(*entries: AuthorityEntry) -> Authority:
    return Authority((*load_authority(), *entries))


#: a generic entry: other countries' unions write its name and abbreviation too
ZRU = AuthorityEntry(
    key="zetian-railway-union",
    name="Railway Workers' Union (Zetia)",
    abbreviations=("RWU",),
    country="NO",
    kinds=("trade-union",),
    generic=True,
)


def test_a_generic_entrys_abbreviation_without_its_country_is_the_corpus_s_to_define() -> None:
    # written with no country, "RWU" is not the generic entry's; what the corpus writes it
    # beside is what it means alone, dotted or not
    found = signatories(
        with_entries(ZRU),
        text("a.txt", "Railway Workers' Union (RWU)"),
        text("b.txt", "RWU"),
        text("c.txt", "R.W.U."),
        text("d.txt", "RWU (Norway)"),
    )
    assert found == {
        "a.txt": ["x-railway-workers-union"],
        "b.txt": ["x-railway-workers-union"],
        "c.txt": ["x-railway-workers-union"],
        "d.txt": ["zetian-railway-union"],
    }
    # a name beside its country is the entry, and defines nothing for the abbreviation alone;
    # two names beside it give it no meaning
    assert signatories(
        with_entries(ZRU),
        text("a.txt", "Railway Workers' Union of Norway (RWU)"),
        text("b.txt", "RWU"),
    ) == {"a.txt": ["zetian-railway-union"], "b.txt": ["x-rwu"]}
    found = signatories(
        with_entries(ZRU),
        text("a.txt", "Railway Workers' Union (RWU)"),
        text("b.txt", "Rural Women's Union (RWU)"),
        text("c.txt", "RWU"),
    )
    assert found["c.txt"] == ["x-rwu"]


def test_a_name_written_beside_its_entrys_abbreviation_is_that_entry_alone() -> None:
    # the French name meets no form of the entry (a name of type words alone that names no
    # country may be one organisation in each of several), but one text writes it with ZWPF
    authority = with_entries(ZWPF)
    texts = [
        text("a.txt", "Front des femmes et des paysans – Unité (ZWPF)"),
        text("b.txt", "Front des Femmes et des Paysans – Unité"),
        text("c.txt", "Frente de Izquierda – Unidad"),
    ]
    forward = signatories(authority, *texts)
    assert forward == signatories(authority, *reversed(texts))
    assert forward == {
        "a.txt": ["womens-and-peasants-front-unity"],
        "b.txt": ["womens-and-peasants-front-unity"],
        "c.txt": ["x-frente-de-izquierda-unidad"],
    }
    # without the text that writes them together, the name alone is a new organisation
    alone = signatories(authority, texts[1])
    assert alone == {"b.txt": ["x-front-des-femmes-et-des-paysans-unite"]}


def test_an_entrys_name_alone_is_not_taken_before_its_founding() -> None:
    authority = with_entries(ZWPF)
    dated = (
        "b.txt",
        text("b.txt", "Front des Femmes et des Paysans – Unité")[1].replace(
            "We stand", "Zetapolis, 3 May 2005\n\nWe stand"
        ),
    )
    found = signatories(
        authority, text("a.txt", "Front des femmes et des paysans – Unité (ZWPF)"), dated
    )
    assert found["b.txt"] == ["x-front-des-femmes-et-des-paysans-unite"]


def test_a_name_two_entries_abbreviations_take_is_neither_alone() -> None:
    other = AuthorityEntry(
        key="front-of-women-and-peasants-unity",
        name="Front of Women and Peasants – Unity",
        abbreviations=("FWPU",),
    )
    authority = with_entries(ZWPF, other)
    found = signatories(
        authority,
        text("a.txt", "Front des femmes et des paysans – Unité (ZWPF)"),
        text("c.txt", "Front des femmes et des paysans – Unité (FWPU)"),
        text("b.txt", "Front des Femmes et des Paysans – Unité"),
    )
    assert found["b.txt"] == ["x-front-des-femmes-et-des-paysans-unite"]


def test_an_alias_is_kept_by_a_tally() -> None:
    alias = Definition(
        "ZWPF", ZWPF.key, None, (), known=True, alias="x-front-des-femmes-et-des-paysans-unite"
    )
    plain = Definition("XWU", "x-xandia-workers-union", None, ("union", "workers"))
    tally = Tally.of([ResolverRecord((), (), (), definitions=(alias, plain))])
    kept = Tally.from_value(orjson.loads(orjson.dumps(tally.value())))
    assert kept.definitions().answer(ask_key("x-front-des-femmes-et-des-paysans-unite")) == ZWPF.key
    assert kept.definitions().answer(ask_meaning("XWU")) == "x-xandia-workers-union"
    # a definition without an alias is stored as before it could have one
    rows: list[list[object]] = tally.value()["defined"]  # type: ignore[assignment]
    assert [row[:-1] for row in rows] == [
        ["XWU", "x-xandia-workers-union", None, ["union", "workers"], False],
        ["ZWPF", ZWPF.key, None, [], True, "x-front-des-femmes-et-des-paysans-unite"],
    ]


def test_a_name_that_says_too_little_is_no_entry_alone() -> None:
    # "Front des femmes" may be any country's women's front: written once beside ZWPF, it is
    # the ZWPF there, and nowhere else
    found = signatories(
        with_entries(ZWPF),
        text("a.txt", "Front des femmes (ZWPF)"),
        text("b.txt", "Front des femmes"),
    )
    assert found == {"a.txt": [ZWPF.key], "b.txt": ["x-front-des-femmes"]}


def test_answers_read_back_as_pairs_are_the_answers_held_once() -> None:
    """A kept part's answers come back as ``[question, answer]`` pairs: each is the one object
    that stands for that answer, whether it was made by this build or read back before."""
    made = held_once([Answer(ask_meaning("QFU"), "qfu-key")])[0]
    first = held_pairs([[ask_meaning("QFU"), "qfu-key"], [ask_key("zorvan-league"), "ZL"]])
    again = held_pairs([[ask_key("zorvan-league"), "ZL"]])
    assert first == (made, Answer("k:zorvan-league", "ZL"))
    assert first[0] is made
    assert again[0] is first[1]
    assert held_once([Answer("k:zorvan-league", "ZL")])[0] is first[1]
