"""Case forms of one name: two new organisations' names whose type words alone are inflected
("...կուսակցութիւն", a nominative, and "...կուսակցութեան", its genitive) are one organisation,
where the type-word table reads those words by a stem. An own word inflected keeps them apart,
and so do two countries. A case form of a name an authority entry's own abbreviation took
elsewhere is that entry."""

from __future__ import annotations

from dataclasses import replace

from kzld.resolve.orgs.authority import Authority, AuthorityEntry
from kzld.resolve.orgs.defined import STEM, Definition, Definitions
from tests.resolve.resolving import corpus_keys

#: A made-up Armenian party name (its own word "Քսանդ"), nominative and genitive.
XAND_NOMINATIVE = "Քսանդ կուսակցութիւն"
XAND_GENITIVE = "Քսանդ կուսակցութեան"


def test_two_case_forms_of_a_new_name_are_one_organisation() -> None:
    forward, resolver = corpus_keys(Authority(()), [(XAND_NOMINATIVE, None), (XAND_GENITIVE, None)])
    backward, _ = corpus_keys(Authority(()), [(XAND_GENITIVE, None), (XAND_NOMINATIVE, None)])
    # the first of the two keys in sort order names it, whatever order the texts are read in
    assert forward == backward[::-1] == ["x-ksand-kowsaktsowtean"] * 2
    assert [o.key for o in resolver.organisations()] == ["x-ksand-kowsaktsowtean"]


def test_an_own_word_in_another_form_keeps_two_names_apart() -> None:
    keys, _ = corpus_keys(Authority(()), [(XAND_NOMINATIVE, None), ("Քսանդի կուսակցութեան", None)])
    assert keys == ["x-ksand-kowsaktsowtiwn", "x-ksandi-kowsaktsowtean"]


def test_case_forms_that_state_two_countries_stay_apart() -> None:
    nominative = Definition(f"{STEM}x-ksand-kowsakts", "x-ksand-kowsaktsowtiwn", "AM", ())
    genitive = Definition(f"{STEM}x-ksand-kowsakts", "x-ksand-kowsaktsowtean", "GE", ())
    apart = Definitions((nominative, genitive))
    assert apart.key(nominative.key) == nominative.key
    assert apart.key(genitive.key) == genitive.key
    # one of them of no stated country: one organisation
    one = Definitions((nominative, replace(genitive, country=None)))
    assert one.key(nominative.key) == genitive.key


def test_an_inflected_form_is_no_abbreviation() -> None:
    form = Definition(f"{STEM}x-ksand-kowsakts", "x-ksand-kowsaktsowtiwn", "AM", ())
    assert Definitions((form,)).meaning("x-ksand-kowsakts") is None
    assert Definitions((form,)).meaning(form.abbreviation) is None


def test_one_new_name_written_with_other_spaces_is_one_organisation() -> None:
    # a list that runs two words together ("ZetaVedra", as a page that drops a space writes
    # it) names the organisation another list writes with the space
    keys, resolver = corpus_keys(
        Authority(()), [("Zeta Vedra Forum", None), ("ZetaVedra Forum", None), ("Zetav Edra", None)]
    )
    assert keys == ["x-zeta-vedra-forum", "x-zeta-vedra-forum", "x-zetav-edra"]
    assert len(resolver.organisations()) == 2


def test_a_name_written_with_its_abbreviation_meets_it_written_with_other_spaces() -> None:
    keys, _ = corpus_keys(Authority(()), [("ZetaVedra Forum", "ZVF"), ("Zeta Vedra Forum", None)])
    assert keys == ["x-zeta-vedra-forum"] * 2


def test_a_short_name_written_with_other_spaces_stays_apart() -> None:
    # five letters are too few to tell that two names are one
    keys, _ = corpus_keys(Authority(()), [("Ze Tav", None), ("ZeTav", None)])
    assert keys == ["x-ze-tav", "x-zetav"]


def test_a_type_word_in_another_number_is_one_name() -> None:
    # the table lists "femme" and "femmes" under one concept: "femmes" is "femme" and an ending
    keys, resolver = corpus_keys(Authority(()), [("Femmes Zetane", None), ("Femme Zetane", None)])
    assert keys == ["x-femme-zetane"] * 2
    assert len(resolver.organisations()) == 1


def test_an_own_word_in_another_number_keeps_two_names_apart() -> None:
    keys, _ = corpus_keys(Authority(()), [("Femmes Zetane", None), ("Femmes Zetanes", None)])
    assert keys == ["x-femmes-zetane", "x-femmes-zetanes"]


#: An entry of no country whose names none of the forms below writes: only its abbreviation
#: ties them to it.
ZTUC = AuthorityEntry(
    key="xandia-trade-union-confederation",
    name="Xandia Trade Union Confederation",
    abbreviations=("ZTUC",),
    kinds=("trade-union",),
)
#: A made-up name in the genitive (beside the entry's abbreviation) and the nominative (alone),
#: in Polish, Greek and Georgian.
CASE_FORMS = [
    ("Konfederacji Związków Zawodowych Zetlandii", "Konfederacja Związków Zawodowych Zetlandii"),
    ("Συνομοσπονδίας Συνδικάτων Ζέτλαντ", "Συνομοσπονδία Συνδικάτων Ζέτλαντ"),
    ("ზეტლანდის პროფკავშირების კონფედერაციის", "ზეტლანდის პროფკავშირების კონფედერაცია"),
]


def test_a_case_form_of_a_name_an_entrys_abbreviation_took_is_that_entry() -> None:
    for genitive, nominative in CASE_FORMS:
        keys, _ = corpus_keys(Authority((ZTUC,)), [(genitive, "ZTUC"), (nominative, None)])
        assert keys == [ZTUC.key] * 2, nominative
        # read in the other order, the same
        keys, _ = corpus_keys(Authority((ZTUC,)), [(nominative, None), (genitive, "ZTUC")])
        assert keys == [ZTUC.key] * 2, nominative


def test_a_case_form_two_entries_took_is_neither() -> None:
    # a name the Greek one does not translate: a translation of a trade union's name that
    # says "Union" would be that entry (test_broader_kinds), whatever the case forms say
    other = AuthorityEntry(
        key="zetland-union-confederation",
        name="Zetland Confederation of Labour",
        abbreviations=("ZUC",),
        kinds=("trade-union",),
    )
    genitive, nominative = CASE_FORMS[1]
    entries = [(genitive, "ZTUC"), (genitive, "ZUC"), (nominative, None)]
    keys, _ = corpus_keys(Authority((ZTUC, other)), entries)
    assert keys == [ZTUC.key, other.key, "x-synomospondia-syndikaton-zetlant"]


def test_a_name_taken_for_an_entry_defines_its_case_forms_for_it() -> None:
    # taken by its form, not by an abbreviation: its inflected form is filed for the entry
    entry = replace(ZTUC, forms=(CASE_FORMS[2][1],))
    _, resolver = corpus_keys(Authority((entry,)), [(CASE_FORMS[2][1], None)])
    [stem] = [d for d in resolver.take_record().definitions if d.abbreviation.startswith(STEM)]
    assert (stem.key, stem.known) == (ZTUC.key, True)
    # a new organisation's name of that form goes by the entry, whatever the keys' order
    entry_key = "zetland-union-confederation"  # after "x-" in sort order
    defined = Definitions(
        (replace(stem, key=entry_key), Definition(stem.abbreviation, "x-zetland-union", None, ()))
    )
    assert defined.key("x-zetland-union") == entry_key
